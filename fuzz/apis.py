"""The APIs under test, from the registry (spec/apis.yaml), and which of their operations write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import specmodel
from specmodel import ApiEntry

ROOT = Path(__file__).resolve().parent.parent
SAFE_METHODS = frozenset({"get", "head", "options"})

__all__ = ["ROOT", "SAFE_METHODS", "ApiEntry", "apis", "is_write", "operations", "write_operation_ids"]


def apis() -> dict[str, ApiEntry]:
    """Every registered API by name."""
    return {entry.name: entry for entry in specmodel.apis()}


def operations(api: ApiEntry) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) of every operation of the API's spec."""
    return [(op.method, op.path, op.node) for op in specmodel.operations(api.doc)]


def is_write(method: str, operation: dict[str, Any]) -> bool:
    """Whether calling the operation may change data (only run with ALLOW_WRITES=1 live).

    GET, HEAD and OPTIONS read; any other method writes unless the spec marks it
    `x-read-only: true` (a POST that only reads, such as a search with a body)."""
    if method.lower() in SAFE_METHODS:
        return False
    return operation.get("x-read-only") is not True


def write_operation_ids(api: ApiEntry) -> list[str]:
    return sorted(str(op["operationId"]) for method, _, op in operations(api) if is_write(method, op))

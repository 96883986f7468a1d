"""The two APIs under test: spec files, base paths, credentials, and which operations write."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
SAFE_METHODS = frozenset({"get", "head", "options"})
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# POSTs the spec marks `x-idempotent: true` are read-only ("The call reads only; it is safe to
# retry."), except these, which are idempotent but change data:
IDEMPOTENT_WRITES = {
    # "Redacts a substring of a conversation message. ... Redacting the same range again gives
    # the same result, so the call may be retried." (spec/cresta.yaml, redactConversationMessage)
    "redactConversationMessage",
}


@dataclass(frozen=True)
class Api:
    name: str
    title: str  # info.title: the schemathesis.toml [[project]] it maps to
    spec: Path
    base_path: str  # the path of the spec's server URL that the operations hang off
    env: tuple[str, ...]  # credentials and tenant, read from the environment in live mode


APIS: dict[str, Api] = {
    "cresta": Api(
        name="cresta",
        title="Cresta API (CoachingService, ConversationService)",
        spec=SPEC_DIR / "cresta.yaml",
        base_path="",
        env=("CRESTA_CLIENT_ID", "CRESTA_CLIENT_SECRET", "CRESTA_TOKEN_URL", "CRESTA_CUSTOMER", "CRESTA_PROFILE"),
    ),
    "execvision": Api(
        name="execvision",
        title="ExecVision Conversation Intelligence API",
        spec=SPEC_DIR / "execvision.yaml",
        base_path="/api/ev/2",
        env=("EXECVISION_USER", "EXECVISION_PASSWORD"),
    ),
}


@cache
def load_spec(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        doc: dict[str, Any] = yaml.safe_load(fh)
    return doc


def operations(api: Api) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) of every operation of the API's spec."""
    doc = load_spec(api.spec)
    return [
        (method, path, item[method])
        for path, item in (doc.get("paths") or {}).items()
        for method in HTTP_METHODS
        if method in item
    ]


def is_write(method: str, operation: dict[str, Any]) -> bool:
    """Whether calling the operation may change data (only run with ALLOW_WRITES=1 live)."""
    method = method.lower()
    if method in SAFE_METHODS:
        return False
    if method == "post" and operation.get("x-idempotent") is True:
        return operation.get("operationId") in IDEMPOTENT_WRITES
    return True


def write_operation_ids(api: Api) -> list[str]:
    return sorted(str(op["operationId"]) for method, _, op in operations(api) if is_write(method, op))


def operation_by_id(api: Api, operation_id: str) -> dict[str, Any]:
    for _, _, op in operations(api):
        if op.get("operationId") == operation_id:
            return op
    raise KeyError(operation_id)

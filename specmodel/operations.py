"""Every operation of a document, in document order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["HTTP_METHODS", "Operation", "operation_by_id", "operations"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Operation:
    """One operation as written: its method (lower case), path template, and nodes."""

    method: str
    path: str
    node: dict[str, Any]  # the operation object
    path_item: dict[str, Any]  # the path item it sits in (shared parameters)

    @property
    def operation_id(self) -> str:
        return str(self.node.get("operationId") or f"{self.method}{self.path}")

    @property
    def where(self) -> str:
        return f"{self.method.upper()} {self.path}"

    def extension(self, name: str, default: Any = None) -> Any:
        return self.node.get(name, default)


def operations(doc: dict[str, Any], *, webhooks: bool = False) -> Iterator[Operation]:
    """Yield every operation of `paths` (and of `webhooks` when asked), in document order."""
    sections = ("paths", "webhooks") if webhooks else ("paths",)
    for section in sections:
        items = doc.get(section) or {}
        if not isinstance(items, dict):
            continue
        for path, item in items.items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                node = item.get(method)
                if isinstance(node, dict):
                    yield Operation(method, path, node, item)


def operation_by_id(doc: dict[str, Any], operation_id: str) -> Operation:
    for op in operations(doc):
        if op.operation_id == operation_id:
            return op
    raise KeyError(operation_id)

"""`$ref` resolution inside one document: the one resolver the mock, the lint and the tests share."""

from __future__ import annotations

from typing import Any

from specmodel.loader import SpecError

__all__ = ["resolve"]

MAX_DEPTH = 32


def resolve(doc: dict[str, Any], node: Any, _depth: int = 0) -> Any:
    """Follow a top-level `$ref` chain (siblings of the `$ref` override the target)."""
    if not isinstance(node, dict) or "$ref" not in node:
        return node
    if _depth > MAX_DEPTH:
        raise SpecError(f"$ref chain too deep at {node['$ref']}")
    ref = node["$ref"]
    if not isinstance(ref, str) or not ref.startswith("#/"):
        raise SpecError(f"only internal references are supported: {ref!r}")
    target: Any = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        try:
            target = target[part]
        except (KeyError, TypeError, IndexError) as exc:
            raise SpecError(f"unresolvable $ref {ref}") from exc
    target = resolve(doc, target, _depth + 1)
    siblings = {k: v for k, v in node.items() if k != "$ref"}
    if siblings and isinstance(target, dict):
        return {**target, **siblings}
    return target

"""The result type of the breaking-change checker, and $ref resolution shared by it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from publisher.specs import Spec

Kind = Literal["breaking", "non-breaking"]
BREAKING: Kind = "breaking"
NON_BREAKING: Kind = "non-breaking"


@dataclass(frozen=True)
class Change:
    """One difference between two versions of a spec.

    ``rule`` is a short stable identifier (``parameter-removed``); ``location`` says where
    (``GET /calls query parameter 'since'``); ``message`` says what happened.
    """

    kind: Kind
    location: str
    message: str
    rule: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class Collector:
    """Accumulates changes in discovery order, dropping exact duplicates."""

    def __init__(self) -> None:
        self.changes: list[Change] = []
        self._seen: set[Change] = set()

    def add(self, breaking: bool, location: str, message: str, rule: str) -> None:
        change = Change(BREAKING if breaking else NON_BREAKING, location, message, rule)
        if change not in self._seen:
            self._seen.add(change)
            self.changes.append(change)


def pointer(doc: Spec, ref: str) -> Any:
    """Follow a local JSON pointer (``#/components/schemas/Call``); None if dangling."""
    if not ref.startswith("#"):
        return None
    node: Any = doc
    for raw in ref[1:].split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def resolve(doc: Spec, node: Any) -> Any:
    """*node* with its ``$ref`` chain followed (siblings of a ``$ref`` win, as in 3.1)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            return {}
        seen.add(ref)
        target = pointer(doc, ref)
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **siblings} if isinstance(target, dict) else siblings
    return node


def ref_name(ref: str) -> str:
    """``#/components/schemas/Call`` -> ``Call``."""
    return ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")

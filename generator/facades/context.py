"""What the facade parser carries around: the spec, the policy, the imports it collects."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.facades.policy import FacadePolicy
from specmodel import ApiEntry

__all__ = ["Context", "FacadeError", "Imports", "Spec"]


class FacadeError(ValueError):
    """The spec or the policy asks for something the generator cannot render."""


@dataclass
class Imports:
    names: set[tuple[str, str]] = field(default_factory=set)

    def add(self, module: str, name: str) -> str:
        self.names.add((module, name))
        return name

    def ref(self, dotted: str) -> str:
        """`_fast_decode.parse_calls` (a policy reference) imported; its local name returned."""
        module, _, name = dotted.rpartition(".")
        if not module or not name:
            raise FacadeError(f"{dotted!r}: expected <module>.<name> of the client package")
        return self.add(f".{module}", name)


@dataclass
class Spec:
    doc: dict[str, Any]

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            ref = str(node["$ref"])
            if not ref.startswith("#/"):
                raise FacadeError(f"{ref}: only local references are supported")
            node = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            seen += 1
            if seen > 50:
                raise FacadeError(f"{ref}: reference cycle")
        return node

    @staticmethod
    def ref_name(node: Any) -> str | None:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and "/schemas/" in node["$ref"]:
            return str(node["$ref"]).rsplit("/", 1)[1]
        return None

    def json_schema(self, holder: Any) -> Any:
        """The application/json schema of a request body or response (unresolved), or None."""
        holder = self.resolve(holder) or {}
        content = holder.get("content") or {}
        media = content.get("application/json")
        return None if media is None else media.get("schema")


@dataclass
class Context:
    entry: ApiEntry
    spec: Spec
    policy: FacadePolicy
    package: Path
    imports: Imports
    models: set[str]
    name_classes: set[str]

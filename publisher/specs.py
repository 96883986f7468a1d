"""Find and load the API specs (``spec/<api>.yaml``; the file stem is the API name)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

SPEC_DIR = "spec"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Spec = dict[str, Any]


class SpecError(Exception):
    """A spec is missing, unreadable or not an OpenAPI document."""


# A SafeLoader that keeps timestamps as strings (JSON has no date type).
_Loader: Any = type("_Loader", (yaml.SafeLoader,), {})
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _stringify_keys(node: Any, where: str = "") -> Any:
    """Return *node* with every mapping key a string (YAML reads ``200:`` as an int)."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if isinstance(key, bool) or not isinstance(key, (str, int)):
                raise SpecError(f"{where or '/'}: key {key!r} is not a string")
            out[str(key)] = _stringify_keys(value, f"{where}/{key}")
        return out
    if isinstance(node, list):
        return [_stringify_keys(item, f"{where}/{i}") for i, item in enumerate(node)]
    return node


def parse_spec(text: str, source: str = "<spec>") -> Spec:
    """Parse YAML (or JSON) text into a spec dict with string keys."""
    try:
        data = yaml.load(text, Loader=_Loader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise SpecError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or "openapi" not in data:
        raise SpecError(f"{source}: not an OpenAPI document (no 'openapi' key)")
    spec: Spec = _stringify_keys(data)
    return spec


def load_spec(path: Path) -> Spec:
    """Load one spec file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"{path}: cannot read: {exc}") from exc
    return parse_spec(text, str(path))


@dataclass(frozen=True)
class Api:
    """One API: its name (the spec file stem) and its working spec file."""

    name: str
    path: Path


def discover(root: Path) -> list[Api]:
    """The APIs of the repository at *root*: ``spec/*.yaml``, sorted by name."""
    return [Api(p.stem, p) for p in sorted((root / SPEC_DIR).glob("*.yaml"))]


def find_api(root: Path, name: str) -> Api:
    """The API called *name*, or a SpecError listing the known ones."""
    apis = discover(root)
    for api in apis:
        if api.name == name:
            return api
    known = ", ".join(a.name for a in apis) or "none"
    raise SpecError(f"unknown API {name!r} (spec/{name}.yaml not found; known: {known})")


def version_of(spec: Spec) -> str:
    """The spec's ``info.version`` (a SpecError if it has none)."""
    info = spec.get("info")
    version = info.get("version") if isinstance(info, dict) else None
    if not isinstance(version, str) or not version:
        raise SpecError("the spec has no info.version")
    return version


def operations(spec: Spec) -> list[tuple[str, str, dict[str, Any]]]:
    """Every operation as ``(METHOD, path, operation)``, in document order."""
    found: list[tuple[str, str, dict[str, Any]]] = []
    for section in ("paths", "webhooks"):
        items = spec.get(section) or {}
        if not isinstance(items, dict):
            continue
        for path, item in items.items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    found.append((method.upper(), path, op))
    return found

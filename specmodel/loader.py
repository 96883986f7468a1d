"""The one YAML loader for spec documents.

libyaml's CSafeLoader (about 10x faster than the pure-Python one) with the timestamp resolver
removed, so `2021-12-31` stays the string JSON and OpenAPI mean; mapping keys become strings
(YAML reads `200:` as an int). Documents are cached by path, size and mtime: callers must not
mutate what `load` returns (`copy.deepcopy` it first).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

__all__ = ["SpecError", "load", "parse"]


class SpecError(ValueError):
    """A spec is missing, unreadable, not YAML, or not an OpenAPI document."""


_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Loader: Any = type("_SpecLoader", (_Base,), {})
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}

_CACHE: dict[tuple[str, int, int], dict[str, Any]] = {}


def _string_keys(node: Any, where: str) -> Any:
    if isinstance(node, dict):
        if all(type(key) is str for key in node):
            for key, value in node.items():
                node[key] = _string_keys(value, f"{where}/{key}")
            return node
        out: dict[str, Any] = {}
        for key, value in node.items():
            if isinstance(key, bool) or not isinstance(key, str | int):
                raise SpecError(f"{where or '/'}: key {key!r} is not a string")
            out[str(key)] = _string_keys(value, f"{where}/{key}")
        return out
    if isinstance(node, list):
        for index, value in enumerate(node):
            node[index] = _string_keys(value, f"{where}/{index}")
    return node


def parse(text: str | bytes, source: str = "<spec>", *, require_openapi: bool = True) -> dict[str, Any]:
    """Parse YAML (or JSON) text into a document with string keys."""
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise SpecError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise SpecError(f"{source}: not a mapping")
    if require_openapi and ("openapi" not in data or "paths" not in data):
        raise SpecError(f"{source}: not an OpenAPI document (no 'openapi' or 'paths' key)")
    doc: dict[str, Any] = _string_keys(data, "")
    return doc


def load(path: Path, *, require_openapi: bool = True) -> dict[str, Any]:
    """The document at path (cached while the file is unchanged; do not mutate it)."""
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
        if key in _CACHE:
            return _CACHE[key]
        text = path.read_bytes()
    except OSError as exc:
        raise SpecError(f"{path}: cannot read: {exc}") from exc
    doc = parse(text, str(path), require_openapi=require_openapi)
    _CACHE[key] = doc
    return doc

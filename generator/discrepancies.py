"""The docs-vs-spec discrepancy table: every `x-doc-discrepancy` in the specs, as Markdown.

`python -m generator discrepancies` prints it; the README carries it and a test keeps the
two in step.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import specmodel
from specmodel import HTTP_METHODS


def _walk(node: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "x-doc-discrepancy":
                yield path, str(value)
            elif key not in ("example", "examples"):
                yield from _walk(value, (*path, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*path, str(index)))


def label(doc: dict[str, Any], path: tuple[str, ...]) -> str:
    """A readable location: `Schema.property`, `GET /path`, `GET /path` parameter, server."""
    if path[:2] == ("components", "schemas"):
        return ".".join(part for part in path[2:] if part != "properties")
    if path and path[0] == "paths" and len(path) >= 3 and path[2] in HTTP_METHODS:
        where = f"{path[2].upper()} {path[1]}"
        rest = path[3:]
        if rest[:1] == ("parameters",):
            param = doc["paths"][path[1]][path[2]]["parameters"][int(rest[1])]
            return f"{where} parameter {param.get('name', param.get('$ref', '?'))}"
        if rest[:1] == ("responses",):
            return f"{where} response {rest[1]}"
        return where
    if path[:1] == ("servers",):
        return "server URL"
    return "/".join(path) or "document"


def rows() -> list[tuple[str, str, str]]:
    found = []
    for api in specmodel.apis():
        for path, text in _walk(api.doc, ()):
            found.append((api.name, label(api.doc, path), " ".join(text.split())))
    return found


def markdown() -> str:
    lines = ["| API | Where | What the docs say vs what we chose |", "|---|---|---|"]
    for api, where, text in rows():
        escaped = text.replace("|", "\\|")
        lines.append(f"| {api} | `{where}` | {escaped} |")
    return "\n".join(lines)

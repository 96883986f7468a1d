"""Two strictness levels read from the spec: what the docs state, and what we assume on top.

`x-assumed` marks a rule the vendor docs do not state. Its value says what is assumed and why:

- a string on a node: every rule the node itself states is assumed. On a schema or a
  parameter those are its validation keywords (`minimum`, `pattern`, `required`, `enum`,
  `if`/`then`, `not`, ...); on a response, the status code itself; on an operation, the
  behaviour its description gives.
- a mapping on a node: the named parts only. Keys that are validation keywords of the node
  (`{pattern: "...", maximum: "..."}`) mark those keywords; keys that are checkable extensions
  of the node (`{x-filter: "...", x-order: "..."}`, `ASSUMABLE_EXTENSIONS`) mark those: the
  contract checks that read them then hold only with the assumptions; any other key names a
  behaviour rule of an operation that code enforces (`{start-before-end: "..."}`), which the
  mock asks about with `RequestContext.enforces(rule)`.

`docs_only(doc)` is the document a docs-only tool sees: a copy with every assumed keyword
removed (the structure, `type`, `properties`, `items` and `$ref`s, stays). The mock's
docs-only mode validates requests against it, and the live fuzzer generates from it unless
told to include the assumptions. `assumptions(doc)` lists every mark, for the README's table.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

__all__ = [
    "ASSUMABLE_EXTENSIONS",
    "LEVELS",
    "VALIDATION_KEYWORDS",
    "Assumption",
    "Level",
    "assumed_rules",
    "assumptions",
    "docs_only",
]

Level = Literal["assumed", "docs"]
LEVELS: tuple[Level, ...] = ("assumed", "docs")

# JSON Schema 2020-12 (and OpenAPI parameter) keywords that reject an instance. The structural
# keywords (type, properties, items, prefixItems, $ref) stay in a docs-only view: they say what
# a value is, not which values are allowed, and the docs give every field's type.
VALIDATION_KEYWORDS = frozenset(
    {
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "enum",
        "const",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
        "required",
        "dependentRequired",
        "dependentSchemas",
        "if",
        "then",
        "else",
        "not",
        "oneOf",
        "anyOf",
        "allOf",
        "additionalProperties",
        "unevaluatedProperties",
    }
)


# Extensions that state a checkable behaviour (fuzz/checks reads them): a mapping mark may name
# them, and the docs-only view leaves them out, so a docs-only run does not check them.
ASSUMABLE_EXTENSIONS = frozenset({"x-filter", "x-order", "x-list-get"})


@dataclass(frozen=True)
class Assumption:
    """One `x-assumed` mark: where (a JSON pointer), which part (a keyword, a rule id, or
    None for the whole node) and the text saying what and why."""

    where: str
    part: str | None
    text: str


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _walk(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")
    elif isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            if isinstance(key, str) and not key.startswith("x-"):
                yield from _walk(value, f"{where}/{_escape(key)}")


def assumptions(doc: dict[str, Any]) -> list[Assumption]:
    """Every `x-assumed` mark of the document, in document order."""
    found: list[Assumption] = []
    for where, node in _walk(doc, "#"):
        mark = node.get("x-assumed")
        if isinstance(mark, str):
            found.append(Assumption(where, None, mark))
        elif isinstance(mark, dict):
            found.extend(Assumption(where, str(part), str(text)) for part, text in mark.items())
    return found


def assumed_rules(node: dict[str, Any]) -> dict[str, str]:
    """The behaviour rules an operation's `x-assumed` mapping names (keys that are not keywords)."""
    mark = node.get("x-assumed")
    if not isinstance(mark, dict):
        return {}
    return {str(k): str(v) for k, v in mark.items() if k not in VALIDATION_KEYWORDS | ASSUMABLE_EXTENSIONS}


def _strip(node: dict[str, Any]) -> None:
    mark = node.get("x-assumed")
    if isinstance(mark, str):
        drop = [key for key in node if key in VALIDATION_KEYWORDS]
    elif isinstance(mark, dict):
        drop = [key for key in mark if key in VALIDATION_KEYWORDS | ASSUMABLE_EXTENSIONS and key in node]
    else:
        return
    for key in drop:
        if key == "required" and isinstance(node[key], bool):
            node[key] = False  # a parameter's `required: true`
        else:
            del node[key]


def docs_only(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy of `doc` without the rules marked `x-assumed` (the docs-only strictness level)."""
    out = copy.deepcopy(doc)
    for _, node in _walk(out, "#"):
        _strip(node)
    return out

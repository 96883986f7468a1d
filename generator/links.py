"""Lint of OpenAPI links: every link names a real operation and parameter, and feeds it a value
of the parameter's type.

A link parameter is `[location.]name: <runtime expression or constant>`. The value's type is
found from the expression: `$request.path.x` / `$request.query.x` / `$request.header.x` (the
source operation's parameter), `$request.body#/ptr` / `$response.body#/ptr` (the schema at that
JSON pointer of the source operation's request body or of the linking response), or a constant.
No library resolves runtime expressions against schemas (openapi-spec-validator checks only the
link's own shape), hence this module; `$ref`s resolve through `specmodel.refs`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import specmodel
from specmodel import Operation
from specmodel.refs import resolve

JSON = "application/json"


def types_of(doc: dict[str, Any], schema: Any) -> frozenset[str]:
    """The JSON types a schema admits (`type`, or the union over oneOf/anyOf); empty if unknown."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        return frozenset()
    typ = schema.get("type")
    if isinstance(typ, str):
        return frozenset({typ})
    if isinstance(typ, list):
        return frozenset(str(t) for t in typ)
    out: set[str] = set()
    for key in ("oneOf", "anyOf"):
        for sub in schema.get(key) or []:
            out |= types_of(doc, sub)
    return frozenset(out)


def _at_pointer(doc: dict[str, Any], schema: Any, pointer: str) -> Any:
    """The schema of the value at a JSON pointer into instances of `schema` (None if none)."""
    node = resolve(doc, schema)
    for raw in [p for p in pointer.split("/") if p]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict):
            return None
        if part.isdigit() and "items" in node:
            node = resolve(doc, node["items"])
        elif part in (node.get("properties") or {}):
            node = resolve(doc, node["properties"][part])
        else:
            return None
    return node


def _params(doc: dict[str, Any], op: Operation) -> dict[tuple[str, str], dict[str, Any]]:
    out = {}
    for raw in [*(op.path_item.get("parameters") or []), *(op.node.get("parameters") or [])]:
        param = resolve(doc, raw)
        if isinstance(param, dict):
            out[(str(param.get("in")), str(param.get("name")))] = param
    return out


def _body_schema(doc: dict[str, Any], holder: Any) -> Any:
    content = (resolve(doc, holder) or {}).get("content") or {}
    return (content.get(JSON) or {}).get("schema")


def _source_schema(doc: dict[str, Any], op: Operation, response: Any, expr: str) -> tuple[Any, str | None]:
    """(the schema of the value an expression yields, or None; a problem, or None)."""
    if expr.startswith("$request.body#") or expr.startswith("$response.body#"):
        holder = op.node.get("requestBody") if expr.startswith("$request") else response
        schema = _at_pointer(doc, _body_schema(doc, holder), expr.split("#", 1)[1])
        return schema, None if schema is not None else f"{expr} names no field of the body schema"
    for location in ("path", "query", "header"):
        prefix = f"$request.{location}."
        if expr.startswith(prefix):
            param = _params(doc, op).get((location, expr.removeprefix(prefix)))
            if param is None:
                return None, f"{expr}: the operation has no such parameter"
            return param.get("schema"), None
    return None, None  # a constant, or an expression of no checkable type ($url, $method, ...)


def _target_param(doc: dict[str, Any], target: Operation, key: str) -> dict[str, Any] | None:
    params = _params(doc, target)
    location, dot, name = key.partition(".")
    if dot and location in ("path", "query", "header", "cookie"):
        return params.get((location, name))
    matches = [p for (loc, n), p in params.items() if n == key]
    return matches[0] if len(matches) == 1 else None


def _links(doc: dict[str, Any]) -> Iterator[tuple[str, Operation, Any, str, dict[str, Any]]]:
    for op in specmodel.operations(doc):
        for status, response in (op.node.get("responses") or {}).items():
            resolved = resolve(doc, response)
            for name, link in ((resolved or {}).get("links") or {}).items():
                where = f"{op.method.upper()} {op.path} response {status} link {name}"
                yield where, op, resolved, name, resolve(doc, link)


def link_problems(doc: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for where, op, response, _, link in _links(doc):
        try:
            target = specmodel.operation_by_id(doc, str(link.get("operationId")))
        except KeyError:
            problems.append(f"{where}: no operation {link.get('operationId')!r}")
            continue
        for key, value in (link.get("parameters") or {}).items():
            param = _target_param(doc, target, key)
            if param is None:
                problems.append(f"{where}: {target.node.get('operationId')} has no parameter {key!r}")
                continue
            expected = types_of(doc, param.get("schema"))
            if not isinstance(value, str) or not value.startswith("$"):
                continue  # a constant: the example check validates constants against schemas
            schema, problem = _source_schema(doc, op, response, value)
            if problem:
                problems.append(f"{where}: {problem}")
                continue
            given = types_of(doc, schema) if schema is not None else frozenset()
            if given and expected and not given <= expected and not ("integer" in given and "number" in expected):
                problems.append(
                    f"{where}: {key} takes {'/'.join(sorted(expected))} but {value} is {'/'.join(sorted(given))}"
                )
    return problems

"""The project lint: rules every spec document must follow (see spec/CONVENTIONS.md).

`lint(doc)` returns a list of problems, each a human-readable line; an empty list is clean.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import specmodel

TYPE_KEYS = ("type", "$ref", "oneOf", "anyOf", "allOf", "const", "enum")
COMPONENT_SECTIONS = ("schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links")
OPERATION_ID = re.compile(r"^[a-z][a-zA-Z0-9]*$")
STATUS_CODE = re.compile(r"^[1-5][0-9][0-9]$")  # one status: no `default`, no `4XX` range


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) of every operation, from the spec model's iterator."""
    for op in specmodel.operations(doc):
        yield op.method, op.path, op.node


def _operation_problems(method: str, path: str, op: dict[str, Any]) -> Iterator[str]:
    where = f"{method.upper()} {path}"
    for key in ("operationId", "summary", "description"):
        if not str(op.get(key) or "").strip():
            yield f"{where}: missing {key}"
    if op.get("operationId") and not OPERATION_ID.match(op["operationId"]):
        yield f"{where}: operationId {op['operationId']!r} is not camelCase"
    if len(op.get("tags") or []) != 1:
        yield f"{where}: needs exactly one tag"
    if not op.get("security"):
        yield f"{where}: missing operation-level security (openapi-python-client ignores the top level)"
    responses = op.get("responses") or {}
    if not any(str(code).startswith("2") for code in responses):
        yield f"{where}: no 2xx response"
    for code in responses:
        if not STATUS_CODE.match(str(code)):
            yield (
                f"{where}: response {code!r} is a catch-all: declare each status the operation can answer"
                " (status_code_conformance cannot fire past a `default` or a range)"
            )
    if not any(str(code)[0] in "45" for code in responses):
        yield f"{where}: documents no 4xx/5xx error response"
    if "401" not in responses:
        yield f"{where}: security is declared but 401 is not documented"
    paging = op.get("x-pagination")
    if isinstance(paging, dict) and paging.get("repeatsLastId") and int(paging.get("minProgressLimit") or 1) < 2:
        yield (
            f"{where}: x-pagination.repeatsLastId: the repeated item can fill a page of 1, so declare"
            " minProgressLimit (at least 2) and mark it x-assumed (min-progress-limit)"
        )


def _properties(node: Any, where: str) -> Iterator[tuple[str, str, Any]]:
    """Yield (location, name, schema) for every property of every schema below node."""
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict):
            for name, schema in props.items():
                yield where, name, schema
        for key, value in node.items():
            if key in ("example", "examples", "default", "enum", "const"):
                continue
            yield from _properties(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _properties(value, f"{where}/{index}")


def _property_problems(doc: dict[str, Any]) -> Iterator[str]:
    for where, name, schema in _properties(doc, "#"):
        if not isinstance(schema, dict):
            yield f"{where}: property {name!r} is not a schema"
            continue
        if not any(key in schema for key in TYPE_KEYS):
            yield f"{where}: property {name!r} has no type"
        if not str(schema.get("description") or "").strip():
            yield f"{where}: property {name!r} has no description"


def _schemas(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping below node that declares `required` as a list (an object schema)."""
    if isinstance(node, dict):
        if isinstance(node.get("required"), list):
            yield where, node
        for key, value in node.items():
            if key not in ("example", "examples", "default", "enum", "const") and not str(key).startswith("x-"):
                yield from _schemas(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _schemas(value, f"{where}/{index}")


def _required_problems(doc: dict[str, Any]) -> Iterator[str]:
    """`required` names only declared properties: a required name without a property schema
    validates any value and gives the generated model no typed field."""
    for where, schema in _schemas(doc, "#"):
        declared = set(schema.get("properties") or {})
        for name in schema["required"]:
            if name not in declared:
                yield f"{where}: required property {name!r} has no schema in `properties`"


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _unused_components(doc: dict[str, Any]) -> Iterator[str]:
    components = doc.get("components") or {}
    used = set(_refs(doc))
    for requirement in doc.get("security") or []:
        used.update(f"#/components/securitySchemes/{name}" for name in requirement)
    for _, _, op in operations(doc):
        for requirement in op.get("security") or []:
            used.update(f"#/components/securitySchemes/{name}" for name in requirement)
    for section in (*COMPONENT_SECTIONS, "securitySchemes"):
        for name in components.get(section) or {}:
            pointer = f"#/components/{section}/{name}"
            if pointer not in used:
                yield f"{pointer}: unused component"
    for ref in sorted(used):
        if not ref.startswith("#/"):
            yield f"{ref}: external $ref (documents must be self-contained)"


def _duplicate_operation_ids(doc: dict[str, Any]) -> Iterator[str]:
    seen: dict[str, str] = {}
    for method, path, op in operations(doc):
        op_id = op.get("operationId")
        if op_id in seen:
            yield f"{method.upper()} {path}: operationId {op_id!r} already used by {seen[op_id]}"
        elif op_id:
            seen[op_id] = f"{method.upper()} {path}"


def lint(doc: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if not str((doc.get("info") or {}).get("version") or "").strip():
        problems.append("info.version is missing")
    for method, path, op in operations(doc):
        problems.extend(_operation_problems(method, path, op))
    problems.extend(_property_problems(doc))
    problems.extend(_required_problems(doc))
    problems.extend(_unused_components(doc))
    problems.extend(_duplicate_operation_ids(doc))
    return problems

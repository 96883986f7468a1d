"""Bounds enforced: a parameter value outside a documented bound gets a 4xx, in every phase.

schemathesis' `negative_data_rejection` excuses coverage-phase cases when another valid query
parameter is present (`_single_element_array_becomes_valid_after_serialization`, 4.32.5), so no
invalid-value case of that phase can fail on an operation with a second query parameter. This
check knows which parameter is invalid: it validates each sent query and path value, as the
server reads it from the wire, against the parameter's schema, and expects a 4xx when one
breaks a bound (`minimum`, `maximum`, `maxLength`, `pattern`, `enum`, ...). The schema is the one
being fuzzed: docs-only live runs hold the documented bounds only.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jsonschema_rs

from fuzz.checks.calls import Call, canonical
from fuzz.checks.registry import CheckFailed, semantic_check

BOUNDS = frozenset(
    {
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "pattern",
        "enum",
        "const",
        "minItems",
        "maxItems",
    }
)


@cache
def _validator(schema_json: str) -> Any:
    import json

    return jsonschema_rs.validator_for(json.loads(schema_json))


def _bounded(schema: dict[str, Any]) -> bool:
    if BOUNDS & set(schema):
        return True
    items = schema.get("items")
    return isinstance(items, dict) and bool(BOUNDS & set(items))


def _wire_value(schema: dict[str, Any], value: Any) -> tuple[bool, Any]:
    """(readable, value) as a server reads a query or path value of this schema."""
    kind = schema.get("type")
    if kind == "array":
        values = value if isinstance(value, list) else [value]
        items = schema.get("items")
        item: dict[str, Any] = items if isinstance(items, dict) else {}
        read = [_wire_value(item, v) for v in values]
        return all(ok for ok, _ in read), [v for _, v in read]
    if isinstance(value, list):
        if len(value) != 1:
            return False, value  # several values of a scalar: how a server reads them varies
        value = value[0]
    if kind in ("integer", "number") and isinstance(value, str):
        try:
            return True, int(value) if kind == "integer" else float(value)
        except ValueError:
            return True, value  # not a number at all: invalid, the schema says so
    if kind == "boolean" and isinstance(value, str):
        return True, {"true": True, "false": False}.get(value, value)
    return True, value


@semantic_check()
def bounds_enforced(call: Call) -> None:
    """A query or path value outside its documented bound is answered with a 4xx."""
    if not call.ok:
        return
    sent = {"query": call.query, "path": dict(call.case.path_parameters or {})}
    for location, values in sent.items():
        for param in call.parameters(location):
            name = param.get("name")
            schema = call.resolve(param.get("schema"))
            if name not in values or not isinstance(schema, dict) or not _bounded(schema):
                continue
            readable, value = _wire_value(schema, values[name])
            if not readable:
                continue
            if not _validator(canonical(schema)).is_valid(value):
                raise CheckFailed(
                    f"{call.label}: {location} {name}={values[name]!r} breaks its documented bounds "
                    f"({ {k: schema[k] for k in BOUNDS & set(schema)} }) but was answered {call.response.status_code}"
                )

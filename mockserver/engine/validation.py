"""Precompiled JSON Schema validators (jsonschema_rs, draft 2020-12, formats checked)."""

from __future__ import annotations

import re
from typing import Any

import jsonschema_rs

_INT64 = re.compile(r"^-?[0-9]{1,19}$")


def _int64(value: str) -> bool:
    return bool(_INT64.match(value)) and -(2**63) <= int(value) < 2**63


def _int32(value: str) -> bool:
    return value.lstrip("-").isdigit() and -(2**31) <= int(value) < 2**31


FORMATS = {"int64": _int64, "int32": _int32}
INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def with_int_ranges(node: Any) -> Any:
    """A copy where `type: integer` + `format: int32/int64` also carries the range
    (JSON Schema validators ignore formats on numbers)."""
    if isinstance(node, list):
        return [with_int_ranges(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: with_int_ranges(value) for key, value in node.items()}
    typ = out.get("type")
    is_int = typ == "integer" or (isinstance(typ, list) and "integer" in typ)
    bounds = INT_RANGES.get(str(out.get("format")))
    if is_int and bounds is not None:
        out.setdefault("minimum", bounds[0])
        out.setdefault("maximum", bounds[1])
    return out


_COMPONENTS: dict[int, tuple[Any, Any]] = {}


def _components(doc: dict[str, Any]) -> Any:
    hit = _COMPONENTS.get(id(doc))
    if hit is None or hit[0] is not doc:
        hit = (doc, with_int_ranges(doc.get("components") or {}))
        _COMPONENTS[id(doc)] = hit
    return hit[1]


class SchemaValidator:
    """Validates instances against one schema of an OpenAPI document."""

    __slots__ = ("_validator", "schema")

    def __init__(self, schema: Any, components: dict[str, Any] | None = None) -> None:
        self.schema = schema
        root: dict[str, Any] = {"allOf": [schema]}
        if components:
            root["components"] = components
        self._validator = jsonschema_rs.Draft202012Validator(
            root, validate_formats=True, formats=FORMATS, ignore_unknown_formats=True
        )

    def is_valid(self, instance: Any) -> bool:
        return bool(self._validator.is_valid(instance))

    def errors(self, instance: Any, limit: int = 5) -> list[str]:
        """Human-readable violations ("" when valid), `at <json path>: <message>`."""
        out: list[str] = []
        for err in self._validator.iter_errors(instance):
            where = "/".join(str(p) for p in err.instance_path) or "(root)"
            out.append(f"at {where}: {err.message}")
            if len(out) >= limit:
                break
        return out


def compile_schema(doc: dict[str, Any], schema: Any) -> SchemaValidator:
    return SchemaValidator(with_int_ranges(schema), _components(doc))


def object_schema(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    """The schema of a set of parameters, validated as one object."""
    out: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        out["required"] = required
    return out

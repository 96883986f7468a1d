"""Parse, coerce and validate path, query and header parameters of one operation.

Strings are coerced per the parameter's schema: integer, number, boolean ("true"/"false"
only), arrays from repeated keys (`a=1&a=2`, or comma-separated when `explode: false`),
and an exploded object parameter (`style: form, explode: true`) collects every query key
that is not a declared parameter (a search by arbitrary fields). Anything else is a 400.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

from mockserver.engine.specs import Operation, Param, resolve
from mockserver.engine.validation import SchemaValidator, compile_schema, object_schema

_INT = re.compile(r"^[+-]?[0-9]+$")
_NUM = re.compile(r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$")


class ParamError(Exception):
    """A request parameter is missing, malformed or out of range (→ 400)."""


def coerce(kind: str, raw: str, where: str) -> Any:
    if kind == "integer":
        if _INT.match(raw):
            return int(raw)
        raise ParamError(f"{where}: expected an integer, got {raw!r}")
    if kind == "number":
        if _NUM.match(raw):
            value = float(raw)
            if value not in (float("inf"), float("-inf")):
                return value
        raise ParamError(f"{where}: expected a number, got {raw!r}")
    if kind == "boolean":
        if raw == "true":
            return True
        if raw == "false":
            return False
        raise ParamError(f"{where}: expected true or false, got {raw!r}")
    if kind in ("object", "array", "null"):
        raise ParamError(f"{where}: a value of type {kind} cannot be given as {raw!r}")
    return raw


class ParamPlan:
    """Everything needed to turn raw strings into validated values, built at start-up."""

    def __init__(self, op: Operation, location: str) -> None:
        doc = op.spec.doc
        self.op = op
        self.location = location
        params = [p for p in op.params if p.location == location]
        self.params: dict[str, Param] = {(p.name.lower() if location == "header" else p.name): p for p in params}
        self.object_param: Param | None = None
        if location == "query":
            for p in params:
                if p.kind == "object" and p.explode and p.style == "form":
                    self.object_param = p
        self.defaults: dict[str, Any] = {}
        for p in params:
            schema = resolve(doc, p.schema)
            if isinstance(schema, dict) and "default" in schema and not p.required:
                self.defaults[p.name] = schema["default"]
        self.validator: SchemaValidator | None = None
        if params:
            schema = object_schema({p.name: p.schema for p in params}, [p.name for p in params if p.required])
            self.validator = compile_schema(doc, schema)
        self.limit_rules = _limit_rules(op) if location == "query" else []

    def _check(self, values: dict[str, Any]) -> dict[str, Any]:
        if self.validator is not None and not self.validator.is_valid(values):
            errors = self.validator.errors(values, limit=3)
            raise ParamError(f"invalid {self.location} parameters: " + "; ".join(errors))
        for name, value in self.defaults.items():
            values.setdefault(name, value)
        for param, maximum, conditions in self.limit_rules:
            value = values.get(param)
            over = isinstance(value, int | float) and value > maximum
            if over and all(values.get(k) == v for k, v in conditions.items()):
                values[param] = maximum  # the docs state a lower maximum, not a rejection: serve the maximum
        return values

    def query(self, query_string: bytes) -> dict[str, Any]:
        if not self.params:
            return {}
        try:
            pairs = parse_qsl(query_string.decode("utf-8"), keep_blank_values=True, errors="strict")
        except (UnicodeDecodeError, ValueError) as exc:
            raise ParamError(f"malformed query string: {exc}") from exc
        grouped: dict[str, list[str]] = {}
        for key, value in pairs:
            grouped.setdefault(key, []).append(value)
        out: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, raws in grouped.items():
            param = self.params.get(key)
            if param is None:
                if self.object_param is not None:
                    if len(raws) > 1:
                        raise ParamError(f"query parameter {key!r} given more than once")
                    extra[key] = raws[0]
                continue  # undeclared parameters are ignored
            out[key] = self._coerce(param, raws)
        if self.object_param is not None and extra:
            out[self.object_param.name] = extra
        return self._check(out)

    def values(self, raw: Mapping[str, str]) -> dict[str, Any]:
        """Path parameters (already split by the router) or headers (lower-case keys)."""
        out: dict[str, Any] = {}
        for key, param in self.params.items():
            if key in raw:
                out[param.name] = self._coerce(param, [raw[key]])
        return self._check(out)

    def _coerce(self, param: Param, raws: list[str]) -> Any:
        where = f"{param.location} parameter {param.name!r}"
        if param.kind == "array":
            if not param.explode or param.location != "query":
                raws = [part for raw in raws for part in raw.split(",")]
            return [coerce(param.item_kind, raw, where) for raw in raws]
        if len(raws) > 1:
            raise ParamError(f"{where} given more than once")
        return coerce(param.kind, raws[0], where)


def _limit_rules(op: Operation) -> list[tuple[str, float, dict[str, Any]]]:
    """`x-max-limit-when: {<param>: <value>, ..., maximum: N}` on the operation or a param."""
    found: list[tuple[str, Any]] = [("limit", op.extensions.get("x-max-limit-when"))]
    for p in op.query_params:
        found.append((p.name, p.extensions.get("x-max-limit-when")))
    rules = []
    for default_param, raw in found:
        for rule in raw if isinstance(raw, list) else [raw]:
            if not isinstance(rule, dict) or "maximum" not in rule:
                continue
            conditions = {k: v for k, v in rule.items() if k not in ("maximum", "param")}
            rules.append((str(rule.get("param", default_param)), rule["maximum"], conditions))
    return rules

"""Per-operation plan precomputed at start-up: parameter plans, body checks, handler."""

from __future__ import annotations

from typing import Any

import orjson

from mockserver.engine.context import ApiError, Handler
from mockserver.engine.params import ParamError, ParamPlan
from mockserver.engine.plugin import ErrorBody
from mockserver.engine.ratelimit import RateLimiter
from mockserver.engine.specs import Operation
from mockserver.engine.strict import ResponseChecker
from mockserver.engine.validation import SchemaValidator, compile_schema
from specmodel.strictness import assumed_rules

ADMIN = "admin"  # the API name of the engine's own document (admin.yaml)


_Plans = tuple[ParamPlan, ParamPlan, ParamPlan, SchemaValidator | None, frozenset[str], ResponseChecker | None]
_PLANS: dict[tuple[int, bool], _Plans] = {}


def _plans(op: Operation, strict: bool) -> _Plans:
    """Compiled validators of an operation (cached: specs.load_spec keeps operations alive)."""
    key = (id(op), strict)
    hit = _PLANS.get(key)
    if hit is not None and hit[0].op is op:
        return hit
    body_validator = None
    body_types: frozenset[str] = frozenset()
    if op.body is not None:
        body_types = frozenset(_media_type(t) for t in op.body.content_types)
        if op.body.schema is not None:
            body_validator = compile_schema(op.spec.doc, op.body.schema)
    plans: _Plans = (
        ParamPlan(op, "path"),
        ParamPlan(op, "query"),
        ParamPlan(op, "header"),
        body_validator,
        body_types,
        ResponseChecker(op) if strict else None,
    )
    _PLANS[key] = plans
    return plans


def _media_type(value: str) -> str:
    return value.split(";", 1)[0].strip().lower()


class Endpoint:
    def __init__(
        self,
        op: Operation,
        handler: Handler | None,
        limiter: RateLimiter | None,
        strict: bool,
        error_body: ErrorBody,
    ) -> None:
        self.op = op
        self.handler = handler
        self.limiter = limiter
        self.error_body = error_body
        plans = _plans(op, strict)
        self.path_plan, self.query_plan, self.header_plan = plans[0], plans[1], plans[2]
        self.body_validator, self.body_types, self.checker = plans[3], plans[4], plans[5]
        self.has_header_params = bool(op.header_params)
        self.extensions = op.extensions
        self.assumed_rules = assumed_rules(op.extensions)
        # vendor operations take faults; admin ones only when marked x-mock-faults
        self.faultable = op.api != ADMIN or bool(op.extensions.get("x-mock-faults"))

    def parse_body(self, content_type: str | None, raw: bytes) -> Any:
        """The JSON body of the request (400/415 on a bad one); None if it takes none."""
        body_spec = self.op.body
        if body_spec is None:
            return None
        if not raw.strip():
            if body_spec.required:
                raise ApiError(400, "a JSON request body is required")
            return None
        media = _media_type(content_type or "")
        if media not in self.body_types and not (media.endswith("+json") and "application/json" in self.body_types):
            accepted = ", ".join(sorted(self.body_types))
            raise ApiError(415, f"unsupported content type {media or '(none)'!r}; use {accepted}")
        try:
            body = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise ApiError(400, f"malformed JSON body: {exc}") from exc
        if self.body_validator is not None and not self.body_validator.is_valid(body):
            errors = self.body_validator.errors(body, limit=3)
            raise ParamError("invalid request body: " + "; ".join(errors))
        return body

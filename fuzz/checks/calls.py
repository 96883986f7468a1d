"""One checked call (case, response, operation) and what semantic checks read of it.

`Call.send(...)` sends a variant of the case: the same operation, path and credentials with
other query, body or headers. It goes to the transport directly, as schemathesis' own probing
checks do (`send_probe`), not through `case.call()`: the `before_call` rules of
`fuzz.constraints` would rewrite it (they drop page tokens from generated cases, for one).
`ctx.internals.transport_kwargs` (base URL, timeouts, TLS) is schemathesis' internal API, pinned
with schemathesis itself (requirements/dev.lock).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from schemathesis.core import NOT_SET, NotSet

from fuzz.apis import SAFE_METHODS
from fuzz.rules import is_positive, parse_time
from specmodel.extensions import Pagination, pagination
from specmodel.refs import resolve

__all__ = ["Call", "field_value", "parse_instant"]


def field_value(item: Any, path: str) -> Any:
    """The value at a dotted path of an item (None if absent)."""
    for part in path.split("."):
        if not isinstance(item, Mapping):
            return None
        item = item.get(part)
    return item


def parse_instant(value: Any) -> datetime | None:
    """A timestamp or a date (`2026-11-01`) as an aware datetime."""
    if isinstance(value, str) and len(value) == 10:
        value += "T00:00:00Z"
    return parse_time(value)


def _merged(base: Mapping[str, Any] | None, extra: Mapping[str, Any] | None) -> dict[str, Any]:
    """Headers with `extra` replacing `base`'s, whatever the case of their names."""
    replaced = {name.lower() for name in extra or {}}
    kept = {name: value for name, value in (base or {}).items() if name.lower() not in replaced}
    return {**kept, **(extra or {})}


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


class Call:
    def __init__(self, ctx: Any, response: Any, case: Any) -> None:
        self.ctx, self.response, self.case = ctx, response, case
        raw = case.operation.definition.raw
        self.op: dict[str, Any] = raw if isinstance(raw, dict) else {}
        self.doc: dict[str, Any] = case.operation.schema.raw_schema
        self._body: Any = NOT_SET

    # ---- what the call is ------------------------------------------------------------
    @property
    def label(self) -> str:
        return str(self.case.operation.label)

    @property
    def ok(self) -> bool:
        return 200 <= int(self.response.status_code) < 300

    @property
    def positive(self) -> bool:
        return is_positive(self.case)

    @property
    def read_only(self) -> bool:
        method = str(self.case.method).lower()
        return method in SAFE_METHODS or self.op.get("x-read-only") is True

    def wants_probes(self) -> bool:
        """Probing checks replay positive, successful reads only: a replay never writes."""
        return self.ok and self.positive and self.read_only

    def signature(self) -> str:
        case = self.case
        body = None if isinstance(case.body, NotSet) else case.body
        auth = (case.headers or {}).get("Authorization")
        return canonical([case.operation.label, case.path_parameters, case.query, body, auth])

    def json(self) -> Any:
        if isinstance(self._body, NotSet):
            try:
                self._body = self.response.json()
            except (ValueError, TypeError):
                self._body = None
        return self._body

    def resolve(self, node: Any) -> Any:
        return resolve(self.doc, node)

    @property
    def query(self) -> dict[str, Any]:
        return dict(self.case.query) if isinstance(self.case.query, Mapping) else {}

    @property
    def body(self) -> dict[str, Any]:
        return dict(self.case.body) if isinstance(self.case.body, Mapping) else {}

    def parameters(self, location: str) -> list[dict[str, Any]]:
        params = [self.resolve(p) for p in self.op.get("parameters") or []]
        return [p for p in params if isinstance(p, dict) and p.get("in") == location]

    def body_schema(self) -> dict[str, Any]:
        content = (self.resolve(self.op.get("requestBody")) or {}).get("content") or {}
        schema = self.resolve((content.get("application/json") or {}).get("schema"))
        return schema if isinstance(schema, dict) else {}

    # ---- what the response holds -----------------------------------------------------
    @property
    def pagination(self) -> Pagination | None:
        return pagination(self.op)

    def items(self, body: Any = NOT_SET) -> list[Any] | None:
        """The listed items of a response body: `x-pagination.itemsField`, or a top-level array."""
        body = self.json() if isinstance(body, NotSet) else body
        paging = self.pagination
        if paging is not None and paging.items_field:
            if not isinstance(body, Mapping):
                return None
            items = body.get(paging.items_field, [])
            return items if isinstance(items, list) else None
        return body if isinstance(body, list) else None

    def since_instant(self, item: Any) -> datetime | None:
        """An item's paging timestamp: `x-pagination.sinceField`, else `fallbackSinceField`."""
        paging = self.pagination
        for name in filter(None, (paging.since_field, paging.fallback_since_field) if paging else ()):
            instant = parse_instant(field_value(item, name))
            if instant is not None:
                return instant
        return None

    def key(self, item: Any) -> str:
        """What identifies an item: `x-pagination.key` or `idField`, else the whole item."""
        paging = self.pagination
        fields = (paging.key or ([paging.id_field] if paging.id_field else [])) if paging else []
        if fields and isinstance(item, Mapping):
            return canonical([field_value(item, f) for f in fields])
        return canonical(item)

    # ---- sending variants ------------------------------------------------------------
    def send(
        self,
        *,
        query: Mapping[str, Any] | None = None,
        body: Any = NOT_SET,
        headers: Mapping[str, Any] | None = None,
        operation: Any = None,
        path_parameters: Mapping[str, Any] | None = None,
    ) -> Any:
        """Send a variant of the case (see the module docstring); returns the Response."""
        case = self.case
        target = operation or case.operation
        same = operation is None
        if same and isinstance(body, NotSet) and not isinstance(case.body, NotSet):
            body = copy.deepcopy(case.body)
        probe = target.Case(
            path_parameters=dict(case.path_parameters or {}) if path_parameters is None else dict(path_parameters),
            query=dict(case.query or {}) if query is None and same else dict(query or {}),
            headers=_merged(case.headers, headers),
            body=body,
            media_type=case.media_type if same else None,
        )
        kwargs = dict(getattr(self.ctx.internals, "transport_kwargs", None) or {})
        if target.app is not None:
            kwargs.setdefault("app", target.app)
        self.ctx.internals.record_case(parent_id=case.id, case=probe)
        response = target.schema.transport.send(probe, **kwargs)
        self.ctx.internals.record_response(case_id=probe.id, response=response)
        return response


def now() -> datetime:
    return datetime.now(UTC)

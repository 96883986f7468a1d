"""Filters honoured: every returned item satisfies each filter the request sent.

A filter is declared on its query parameter or request-body property with `x-filter`
(`{field, match}`); `since` is the filter of every `x-pagination` since style: the docs' "at or
after since", to the minute ("seconds ... ignored"). No request of its own: it reads the response.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta
from typing import Any

from fuzz.checks.calls import Call, field_value, parse_instant
from fuzz.checks.registry import CheckFailed, semantic_check
from specmodel.extensions import Filter, filter_of

MAX_DEPTH = 4


def _declared(call: Call) -> Iterator[tuple[str, Filter, Any]]:
    """(where, filter, value sent) of every declared filter the request used."""
    query = call.query
    for param in call.parameters("query"):
        declared = filter_of(param)
        if declared is not None and param["name"] in query:
            yield f"query {param['name']}", declared, query[param["name"]]
    yield from _body_filters(call, call.body_schema(), call.body, "body", 0)


def _body_filters(call: Call, schema: Any, value: Any, where: str, depth: int) -> Iterator[tuple[str, Filter, Any]]:
    schema = call.resolve(schema)
    if depth > MAX_DEPTH or not isinstance(schema, Mapping) or not isinstance(value, Mapping):
        return
    for name, sub in (schema.get("properties") or {}).items():
        if name not in value:
            continue
        sub = call.resolve(sub)
        declared = filter_of(dict(sub)) if isinstance(sub, Mapping) else None
        if declared is not None:
            yield f"{where}.{name}", declared, value[name]
        else:
            yield from _body_filters(call, sub, value[name], f"{where}.{name}", depth + 1)


def _instant(value: Any) -> datetime | None:
    return parse_instant(value)


def satisfies(declared: Filter, sent: Any, got: Any) -> bool:
    match = declared.match
    if match == "in":
        allowed = sent if isinstance(sent, list) else [sent]
        return not allowed or got in allowed
    if match == "equals":
        return bool(got == sent)
    if match == "containsText":
        return isinstance(got, str) and str(sent).lower() in got.lower()
    left, right = _instant(got), _instant(sent)
    if left is None or right is None:
        return right is None  # an unreadable filter value constrains nothing we can check
    return left >= right if match == "notBefore" else left < right


@semantic_check()
def filters_honoured(call: Call) -> None:
    """Every returned item satisfies every filter the request sent (x-filter, and `since`)."""
    if not (call.ok and call.positive):
        return
    items = call.items()
    if not items:
        return
    checks = list(_declared(call))
    paging = call.pagination
    since = call.query.get("since")
    if paging is not None and paging.style in ("since", "sinceLastId") and isinstance(since, str):
        start = parse_instant(since)
        if start is not None:
            minute = start.replace(second=0, microsecond=0).isoformat()
            fields = [f for f in (paging.since_field, paging.fallback_since_field) if f]
            checks.append((f"query since ({'/'.join(fields)})", Filter(field=fields[0], match="notBefore"), minute))
    for where, declared, sent in checks:
        for item in items:
            got = field_value(item, declared.field)
            if declared.field == (paging.since_field if paging else None) and got is None and paging:
                got = field_value(item, paging.fallback_since_field or declared.field)
            if not satisfies(declared, sent, got):
                raise CheckFailed(
                    f"{call.label}: the filter {where}={sent!r} ({declared.field} {declared.match}) is not "
                    f"honoured: an item has {declared.field}={got!r}: {str(item)[:200]}"
                )


@semantic_check(probes=3)
def since_boundary(call: Call) -> bool:
    """`since` one minute after a listed item's minute leaves that item out ("at or after since")."""
    paging = call.pagination
    items = call.items()
    if paging is None or paging.style not in ("since", "sinceLastId") or not items:
        return False
    stamp = call.since_instant
    first = next((s for s in map(stamp, items) if s is not None), None)
    if first is None:
        return False
    since = first.replace(second=0, microsecond=0) + timedelta(minutes=1)
    query = {k: v for k, v in call.query.items() if k != "last_id"}
    query["since"] = since.strftime("%Y-%m-%dT%H:%MZ")
    response = call.send(query=query)
    if response.status_code != 200:
        return True
    for item in call.items(response.json()) or []:
        got = stamp(item)
        if got is not None and got < since:
            raise CheckFailed(
                f"{call.label}: since={query['since']} answered an item of {got.isoformat()}, before since: "
                f"{str(item)[:160]}"
            )
    return True

"""Documented ordering: the items of every page are in the order the docs give.

- `x-order` (`{field, direction, then}`): e.g. SampleConversations, "ordered by start_time".
- every `x-pagination` since style: the docs page by taking "from the last entry in the
  previous page ... the last modified timestamp (to pass as since)", which only works when the
  last item holds the latest timestamp of its page; that is what is checked, nothing more.
"""

from __future__ import annotations

from typing import Any

from fuzz.checks.calls import Call, field_value, parse_instant
from fuzz.checks.registry import CheckFailed, semantic_check
from specmodel.extensions import order


def _sortable(value: Any) -> tuple[int, Any]:
    instant = parse_instant(value) if isinstance(value, str) else None
    if instant is not None:
        return (0, instant.timestamp())
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (0, float(value))
    return (1, "" if value is None else str(value))


@semantic_check()
def documented_order(call: Call) -> None:
    """The items are in the documented order (x-order; since paging: the last item is the latest)."""
    if not (call.ok and call.positive):
        return
    items = call.items()
    if not items or len(items) < 2:
        return
    declared = order(call.op)
    if declared is not None:
        fields = [declared.field, *([declared.then] if declared.then else [])]
        keys = [tuple(_sortable(field_value(i, f)) for f in fields) for i in items]
        wanted = sorted(keys, reverse=declared.direction == "descending")
        if keys != wanted:
            at = next(n for n, (a, b) in enumerate(zip(keys, wanted, strict=True)) if a != b)
            raise CheckFailed(
                f"{call.label}: items are not {declared.direction} by {'/'.join(fields)} (documented): "
                f"item {at} has {field_value(items[at], declared.field)!r}"
            )
    paging = call.pagination
    if paging is None or paging.style not in ("since", "sinceLastId"):
        return
    fields = [f for f in (paging.since_field, paging.fallback_since_field) if f]
    stamps = [s.timestamp() for s in map(call.since_instant, items) if s is not None]
    if stamps and stamps[-1] < max(stamps):
        raise CheckFailed(
            f"{call.label}: the last item is not the latest by {'/'.join(fields)}, so the documented paging "
            f"(the next since from the last entry) would skip items"
        )

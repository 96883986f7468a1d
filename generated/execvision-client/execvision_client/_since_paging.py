"""ExecVision paging by `since` (minute granularity), with or without `last_id`.

- since + last_id (calls, calls/deleted, call_topics): the next page takes `since` and
  `last_id` from the last item of the previous page (calls: `modified`, else `callTime`);
  the item named by last_id, which the server sometimes repeats (a documented bug), is
  dropped.
- since only (listens, scores, feedback, shares, meetings, plans, kpis): `since` advances to
  the last item's timestamp; the server ignores seconds, so the boundary minute comes back
  and is de-duplicated on the `x-pagination.key` fields. The keys seen are counted, not
  just remembered, so two items that share a key (the mock's listens do) both survive.
Iteration stops on a short page. A page size below `x-pagination.minProgressLimit` (2 where
the last_id item may repeat: a page of 1 could hold only the repeat) is a ValueError before
any request. A full page that cannot move `since` forward (more than `limit` items inside one
minute, or the same since/last_id again: the server stalled) raises PaginationError.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from ._core import PaginationError, snake_case
from ._spec_rules import X_LIMIT_COUNTS, X_PAGINATION

__all__ = ["Since", "SinceCursor", "SinceLastIdCursor", "since_param"]

I = TypeVar("I")  # noqa: E741
Since = dt.datetime | str


def since_param(since: Since) -> str:
    """An ISO 8601 `since` value; a naive datetime is taken as UTC."""
    if isinstance(since, str):
        return since
    return (since if since.tzinfo else since.replace(tzinfo=dt.UTC)).isoformat()


def _instant(value: Any) -> dt.datetime | None:
    """An item's timestamp as an aware datetime (None if missing or unreadable)."""
    if isinstance(value, str) and value:
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(), dt.UTC)
    return None


def _minute(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC).replace(second=0, microsecond=0)


class _Cursor(Generic[I]):
    style = ""

    def __init__(self, operation: str, since: Since, limit: int) -> None:
        rule = X_PAGINATION[operation]
        if rule["style"] != self.style:
            raise ValueError(f"{operation} pages with style {rule['style']!r}, not {self.style!r}")
        if limit < 1:
            raise ValueError("page size must be at least 1")
        smallest = int(rule.get("minProgressLimit", 1))
        if limit < smallest:
            raise ValueError(
                f"{operation}: a page size of {limit} cannot progress: the server may repeat the last_id item "
                f"at the top of the next page, filling it (x-pagination.minProgressLimit); use at least {smallest}"
            )
        fields = [rule["sinceField"], *([rule["fallbackSinceField"]] if "fallbackSinceField" in rule else [])]
        self.operation, self.limit, self.rule = operation, limit, rule
        self._since_attrs = [snake_case(name) for name in fields]
        self._since = since_param(since)
        self._done = False

    def _timestamp(self, item: Any) -> dt.datetime:
        for attr in self._since_attrs:
            instant = _instant(getattr(item, attr, None))
            if instant is not None:
                return instant
        raise PaginationError(f"{self.operation}: an item has no usable {'/'.join(self._since_attrs)} to page on")


class SinceLastIdCursor(_Cursor[I]):
    """since + last_id paging; `next_params()` gives `{"since": str, "last_id": str | None}`."""

    style = "sinceLastId"

    def __init__(self, operation: str, since: Since, limit: int) -> None:
        super().__init__(operation, since, limit)
        self._id_attr = snake_case(self.rule["idField"])
        self._last_id: str | None = None

    def next_params(self) -> dict[str, Any] | None:
        if self._done:
            return None
        return {"since": self._since, "last_id": self._last_id}

    def feed(self, page: Sequence[I]) -> Sequence[I]:
        fresh = [item for item in page if self._last_id is None or getattr(item, self._id_attr) != self._last_id]
        if len(page) < self.limit:
            self._done = True
            return fresh
        last = page[-1]
        since, last_id = since_param(self._timestamp(last)), str(getattr(last, self._id_attr))
        if last_id == self._last_id:
            brought = "no new item" if not fresh else f"nothing past last_id={last_id}"
            raise PaginationError(
                f"{self.operation}: paging stalled: the server repeated the last_id={last_id} item and the page "
                f"(since={since}, limit={self.limit}) brought {brought}; limit {self.limit} cannot progress "
                f"(use a page size above {self.limit})"
            )
        self._since, self._last_id = since, last_id
        return fresh


class SinceCursor(_Cursor[I]):
    """since-only paging with boundary-minute de-duplication; `next_params()` gives `{"since": ...}`."""

    style = "since"

    def __init__(self, operation: str, since: Since, limit: int) -> None:
        super().__init__(operation, since, limit)
        start = _instant(self._since)
        if start is None:
            raise ValueError(f"since must be an ISO 8601 timestamp with a time zone, got {self._since!r}")
        self._minute = _minute(start)
        self._key_attrs = [snake_case(name) for name in self.rule["key"]]
        counts = X_LIMIT_COUNTS.get(operation)
        self._count_attr = "result_id" if counts == "scorecardResults" else None
        self._seen: Counter[tuple[Any, ...]] = Counter()  # keys of the boundary minute already given

    def _key(self, item: Any) -> tuple[Any, ...]:
        return tuple(getattr(item, attr) for attr in self._key_attrs)

    def next_params(self) -> dict[str, Any] | None:
        return None if self._done else {"since": self._since}

    def feed(self, page: Sequence[I]) -> Sequence[I]:
        seen, fresh = self._seen.copy(), []
        for item in page:
            key = self._key(item)
            if seen[key] > 0:
                seen[key] -= 1
            else:
                fresh.append(item)
        counted = len(page) if self._count_attr is None else len({getattr(i, self._count_attr) for i in page})
        if counted < self.limit:
            self._done = True
            return fresh
        last = self._timestamp(page[-1])
        minute = _minute(last)
        if minute <= self._minute:
            raise PaginationError(
                f"{self.operation}: more than {self.limit} items share the minute {minute:%Y-%m-%dT%H:%MZ}; "
                f"`since` ignores seconds, so paging cannot advance (use a page size above {self.limit}, max 1000)"
            )
        self._seen = Counter(self._key(item) for item in page if _minute(self._timestamp(item)) == minute)
        self._since, self._minute = since_param(last), minute
        return fresh

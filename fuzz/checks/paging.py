"""Paging: walking every page at several page sizes gives what the largest page gives, and ends.

The walk follows `x-pagination` as the docs describe it:
- `pageToken`: send the response's `nextField` back as `tokenParam` until there is none;
- `sinceLastId`: `since` and `last_id` from the last item of a full page; the item named by
  `last_id` may come back (`repeatsLastId`, a documented bug) and is dropped; the page sizes
  walked stay at or above `minProgressLimit` (a smaller page could hold only the repeat);
- `since`: `since` from the last item of a full page; the server ignores seconds, so the items of
  the boundary minute come back and are dropped once each (counted on `key`).

The clients have their own paging loops (overrides/); this is a second, independent reading of
the same docs on purpose: a checker that shared the client's loop would share its bugs.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from fuzz.checks.calls import Call, field_value
from fuzz.checks.registry import CheckFailed, semantic_check
from fuzz.rules import int_value
from specmodel.extensions import Pagination

MAX_PAGES = 24  # per walk; a walk the largest page size cannot finish is not judged
FALLBACK_MAXIMUM = 1000  # when the schema gives the page size no maximum
LAST_ID = "last_id"


@dataclass
class Walk:
    items: list[Any] = field(default_factory=list)
    pages: int = 0
    ended: bool = False


def _since_text(instant: datetime) -> str:
    return instant.strftime("%Y-%m-%dT%H:%MZ")


class Walker:
    """Walks an operation's pages from the case's own request, at a given page size."""

    def __init__(self, call: Call, paging: Pagination) -> None:
        self.call, self.paging = call, paging
        self.size_param = paging.page_size_param
        self.in_body = self.size_param in (call.body_schema().get("properties") or {})
        drop = {self.size_param, paging.token_param or "", LAST_ID}
        self.base_query = {k: v for k, v in call.query.items() if k not in drop}
        self.base_body = {k: v for k, v in call.body.items() if k not in drop}

    # ---- the request of one page -----------------------------------------------------
    def _send(self, size: int, extra: Mapping[str, Any]) -> Any:
        if self.in_body:
            response = self.call.send(body={**self.base_body, self.size_param: size, **extra})
        else:
            response = self.call.send(query={**self.base_query, self.size_param: size, **extra})
        if response.status_code != 200:
            raise CheckFailed(
                f"{self.call.label}: a page request ({self.size_param}={size}, {dict(extra)}) answered "
                f"{response.status_code}: {response.text[:200]}"
            )
        items = self.call.items(response.json())
        if items is None:
            raise CheckFailed(f"{self.call.label}: a page without its items: {response.text[:200]}")
        if self._counted(items) > size:
            raise CheckFailed(
                f"{self.call.label}: a page of {self.size_param}={size} holds {self._counted(items)} items"
            )
        return response.json(), items

    def maximum(self) -> int:
        """The largest page size: the schema's maximum (or an x-max-limit-when one that applies)."""
        if self.in_body:
            schema = self.call.resolve((self.call.body_schema().get("properties") or {}).get(self.size_param)) or {}
        else:
            param = next((p for p in self.call.parameters("query") if p["name"] == self.size_param), {})
            schema = self.call.resolve(param.get("schema")) or {}
        maximum = int(schema.get("maximum", FALLBACK_MAXIMUM))
        raw = self.call.op.get("x-max-limit-when")
        for rule in raw if isinstance(raw, list) else [raw] if isinstance(raw, dict) else []:
            when = {k: v for k, v in rule.items() if k not in ("maximum", "param")}
            if all(str(self.base_query.get(k)).lower() == str(v).lower() for k, v in when.items()):
                maximum = min(maximum, int(rule["maximum"]))
        return maximum

    # ---- walks -----------------------------------------------------------------------
    def walk(self, size: int) -> Walk:
        style = self.paging.style
        pages = self._token_pages(size) if style == "pageToken" else self._since_pages(size)
        walk = Walk()
        for page in pages:
            walk.items.extend(page)
            walk.pages += 1
            if walk.pages >= MAX_PAGES:
                return walk
        walk.ended = True
        return walk

    def _token_pages(self, size: int) -> Iterator[list[Any]]:
        token_param, next_field = self.paging.token_param or "pageToken", self.paging.next_field or "nextPageToken"
        seen: set[str] = set()
        extra: dict[str, Any] = {}
        while True:
            body, items = self._send(size, extra)
            yield items
            token = body.get(next_field) if isinstance(body, Mapping) else None
            if not token:
                return
            if token in seen:
                raise CheckFailed(
                    f"{self.call.label}: the walk at {self.size_param}={size} does not end: token repeats"
                )
            seen.add(token)
            extra = {token_param: token}

    def _timestamp(self, item: Any) -> datetime:
        instant = self.call.since_instant(item)
        if instant is None:
            fields = "/".join(filter(None, [self.paging.since_field, self.paging.fallback_since_field]))
            raise CheckFailed(f"{self.call.label}: an item has no usable {fields}: {item}")
        return instant

    def _counted(self, items: list[Any]) -> int:
        return counted(self.call, items)

    def _since_pages(self, size: int) -> Iterator[list[Any]]:
        since = self.base_query.get("since")
        with_last_id = self.paging.style == "sinceLastId"
        repeats = with_last_id and self.paging.repeats_last_id
        id_field = self.paging.id_field or "id"
        last_id: str | None = None
        boundary: Counter[str] = Counter()  # since-only: keys of the boundary minute given already
        given: list[Any] = []
        previous: tuple[Any, Any] | None = None
        while True:
            extra: dict[str, Any] = {"since": since}
            if last_id is not None:
                extra[LAST_ID] = last_id
            _, page = self._send(size, extra)
            fresh = []
            for item in page:
                if repeats and last_id is not None and str(field_value(item, id_field)) == last_id:
                    continue  # the documented repeat of the last_id item (repeatsLastId)
                key = self.call.key(item)
                if boundary[key] > 0:
                    boundary[key] -= 1
                    continue
                fresh.append(item)
            given.extend(fresh)
            yield fresh
            if self._counted(page) < size:
                return
            last = page[-1]
            instant = self._timestamp(last)
            if with_last_id:
                since, last_id = instant.isoformat().replace("+00:00", "Z"), str(field_value(last, id_field))
            else:
                minute = instant.replace(second=0, microsecond=0)
                since = _since_text(minute)
                boundary = Counter(self.call.key(i) for i in given if _minute_of(self._timestamp(i)) == minute)
            if (since, last_id) == previous:
                raise CheckFailed(
                    f"{self.call.label}: the walk at {self.size_param}={size} does not advance: the next page "
                    f"request (since={since}, last_id={last_id}) is the one just answered"
                )
            previous = (since, last_id)


def counted(call: Call, items: list[Any]) -> int:
    """How many things a page's size counts (x-limit-counts: scorecard results, not answers)."""
    if call.op.get("x-limit-counts") == "scorecardResults":
        return len({str(field_value(i, "resultId")) for i in items})
    return len(items)


@semantic_check()
def page_size_respected(call: Call) -> None:
    """A page holds no more items than the page size the request sent (limit, pageSize)."""
    paging = call.pagination
    if paging is None or not (call.ok and call.positive):
        return
    items = call.items()
    sent = (call.body if paging.page_size_param in call.body else call.query).get(paging.page_size_param)
    size = int_value(sent)
    if items is None or size is None or size <= 0:
        return
    if counted(call, items) > size:
        raise CheckFailed(f"{call.label}: {paging.page_size_param}={size} but the page holds {counted(call, items)}")


def _minute_of(instant: datetime) -> datetime:
    return instant.replace(second=0, microsecond=0)


def small_sizes(walker: Walker, items: list[Any]) -> list[int]:
    """Two page sizes that cut the items into several pages, at most about MAX_PAGES / 2 each.

    A page can hold items given already: since-only paging repeats the boundary minute (the docs:
    seconds are ignored), and cannot pass a minute holding more items than a page; sinceLastId
    may repeat the last_id item. So a page of size s brings at least s - g new items, where g is
    the largest minute (since) or, for sinceLastId, one less than the spec's smallest page size
    that progresses (`minProgressLimit`; without it 1 if `repeatsLastId`, else 0), and the
    sizes stay above g."""
    overlap = 0
    if walker.paging.style == "sinceLastId":
        paging = walker.paging
        overlap = (paging.min_progress_limit or (2 if paging.repeats_last_id else 1)) - 1
    elif walker.paging.style == "since":
        groups: dict[datetime, set[str]] = {}
        by_result = walker.call.op.get("x-limit-counts") == "scorecardResults"
        for item in items:
            what = str(field_value(item, "resultId")) if by_result else walker.call.key(item) + str(id(item))
            groups.setdefault(_minute_of(walker._timestamp(item)), set()).add(what)
        overlap = max((len(v) for v in groups.values()), default=0)
    smallest = overlap + max(1 if overlap else 2, math.ceil(len(items) / (MAX_PAGES // 2)))
    return [smallest, smallest + 1]


@semantic_check(probes=3)
def paging_complete(call: Call) -> bool:
    """Walking all pages at two small page sizes gives the items of the largest page, and ends."""
    paging = call.pagination
    if paging is None:
        return False
    if paging.style != "pageToken" and not isinstance(call.query.get("since"), str):
        return False
    walker = Walker(call, paging)
    largest = walker.walk(walker.maximum())
    if not largest.ended or len(largest.items) < 2:
        return False  # more data than MAX_PAGES full pages, or too little to page: not judged
    expected = Counter(call.key(i) for i in largest.items)
    judged = False
    for small in small_sizes(walker, largest.items):
        if small >= walker.maximum():
            continue
        judged = True
        walk = walker.walk(small)
        if not walk.ended:
            raise CheckFailed(
                f"{call.label}: the walk at {walker.size_param}={small} did not end within {MAX_PAGES} pages "
                f"({len(walk.items)} items; the largest page size gave {len(largest.items)})"
            )
        got = Counter(call.key(i) for i in walk.items)
        if got != expected:
            missing, extra = expected - got, got - expected
            raise CheckFailed(
                f"{call.label}: paging at {walker.size_param}={small} gave {len(walk.items)} items in {walk.pages} "
                f"pages, the largest page size {len(largest.items)}; missing {sorted(missing)[:5]}, "
                f"extra or repeated {sorted(extra)[:5]}"
            )
    return judged

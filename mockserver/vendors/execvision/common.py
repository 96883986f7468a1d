"""ExecVision handler helpers: `since`, paging, time-aware indexes over the store."""

from __future__ import annotations

import threading
import zlib
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from mockserver.engine.context import ApiError, RequestContext
from mockserver.engine.settings import settings
from mockserver.engine.store import Store, derived
from mockserver.vendors.execvision.timefmt import parse_since

T = TypeVar("T")
Key = tuple[float, str]
INF = float("inf")


def since_of(ctx: RequestContext) -> float:
    """`since` truncated to the minute (seconds are ignored), as epoch seconds."""
    raw = ctx.query.get("since")
    if not isinstance(raw, str):
        raise ApiError(400, "since is required: an ISO 8601 timestamp, e.g. 2021-12-31T09:15Z")
    try:
        return parse_since(raw)
    except (ValueError, OverflowError) as exc:
        raise ApiError(400, f"since must be an ISO 8601 timestamp, e.g. 2021-12-31T09:15Z: {exc}") from exc


def now_of(ctx: RequestContext) -> float:
    return ctx.now().timestamp()


def timed(store: Store, name: str, at: float, build: Callable[[float], tuple[T, float]]) -> T:
    """Like store.derived, but also valid only for clock values in [built_at, valid_until)."""
    cache: dict[str, Any] | None = getattr(store, "cache", None)
    version = store.version
    if cache is not None:
        hit = cache.get(name)
        if hit is not None and hit[0] == version and hit[1] <= at < hit[2]:
            return hit[3]  # type: ignore[no-any-return]
    value, valid_until = build(at)
    if cache is not None:
        cache[name] = (version, at, valid_until, value)
    return value


def repeats_last_id(ctx: RequestContext, last_id: str) -> bool:
    """The documented bug: sometimes the next page includes the last_id item again.

    Deterministic per (seed, last_id); off when the admin config disables it or the
    operation's x-pagination does not say `repeatsLastId: true`.
    """
    paging = ctx.extensions.get("x-pagination") or {}
    conf = settings(ctx.store)
    if not paging.get("repeatsLastId") or not conf.get("lastIdBug", True):
        return False
    return zlib.crc32(f"{conf.get('seed', 0)}:{last_id}".encode()) % 3 == 0


@dataclass
class SortedIndex:
    """Items ordered by (time, id); `position` maps an id to its key."""

    keys: list[Key] = field(default_factory=list)
    items: list[Any] = field(default_factory=list)
    position: dict[str, Key] = field(default_factory=dict)

    @classmethod
    def build(cls, entries: list[tuple[float, str, Any]]) -> SortedIndex:
        entries.sort(key=lambda e: (e[0], e[1]))
        return cls(
            keys=[(t, k) for t, k, _ in entries],
            items=[item for _, _, item in entries],
            position={k: (t, k) for t, k, _ in entries},
        )

    def page(self, ctx: RequestContext, since: float, limit: int, last_id: str | None, until: float = INF) -> list[Any]:
        """Items with since <= time <= until, after `last_id` (same-timestamp continuation)."""
        return [self.items[i] for i in self.positions(ctx, since, limit, last_id, until)]

    def positions(
        self, ctx: RequestContext, since: float, limit: int, last_id: str | None, until: float = INF
    ) -> list[int]:
        """The indexes into `items` of page()."""
        start = bisect_left(self.keys, (since, ""))
        end = bisect_right(self.keys, (until, "\uffff"))
        repeat = None
        if last_id:
            key = self.position.get(last_id)
            if key is None:
                # unknown id: continue after it within the `since` timestamp
                start = max(start, bisect_right(self.keys, (since, last_id)))
            else:
                after = bisect_right(self.keys, key)
                if key[0] >= since and after > start and repeats_last_id(ctx, last_id):
                    repeat = after - 1
                start = max(start, after)
        if limit <= 0:
            return []
        chosen = list(range(start, min(end, start + limit)))
        if repeat is not None and repeat < end:
            chosen = [repeat, *chosen[: limit - 1]]
        return chosen


def since_index(store: Store, kind: str) -> SortedIndex:
    """An index over stored `{"_t", "_k", "item"}` wrappers (activity objects)."""

    def build() -> SortedIndex:
        return SortedIndex.build([(v["_t"], v["_k"], v["item"]) for v in store.values(kind)])

    return derived(store, f"ev.since.{kind}", build)


def since_page(ctx: RequestContext, kind: str) -> list[Any]:
    index = since_index(ctx.store, kind)
    return index.page(ctx, since_of(ctx), int(ctx.query.get("limit", 100)), None, now_of(ctx))


class BoundedCache:
    """A thread-safe LRU mapping of at most `size` entries."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            hit = self._items.get(key)
            if hit is not None:
                self._items.move_to_end(key)
            return hit

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

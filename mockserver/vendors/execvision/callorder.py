"""The visible ExecVision calls in (modified, id) order at a clock instant, read on demand.

A call is visible from its first event (UPLOADED); its `modified` is the time of its last
event at or before the clock (callmodel.py). The base calls (callbase.py) are read one
window of a day of `modified` at a time: the candidates of a window are the calls of the
calls that can reach it (CallBase.candidates). A window is cached on the base until the clock
passes the next event of one of its candidates, so windows of settled days never expire.
The store's own "ev.calls" objects (the overlay: puts, and base calls deleted) are merged in
at read time, so a delete never rebuilds a window.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import islice
from typing import Any

from mockserver.engine.context import RequestContext
from mockserver.engine.store import Store, virtual_of
from mockserver.vendors.execvision.callbase import DAY, CallBase, step_at
from mockserver.vendors.execvision.common import INF, BoundedCache, repeats_last_id, timed

KIND = "ev.calls"
WINDOW_ENTRIES = 128_000  # calls in the windows kept per base (~4 MB a day at a million calls)
OVERLAY = -1  # the `ref` of an entry for a call of the overlay (else: the base index)

# (modified, id, ref, step): sorted on the first two
Entry = tuple[float, str, int, int]
Key = tuple[float, str]


class Window:
    __slots__ = ("built_at", "entries", "keys", "valid_until")

    def __init__(self, entries: list[Entry], built_at: float, valid_until: float) -> None:
        self.entries = entries
        self.keys = [(e[0], e[1]) for e in entries]
        self.built_at = built_at
        self.valid_until = valid_until


def _window(base: CallBase, w: int, at: float) -> Window:
    if base.windows is None:  # every window of small data; at a million calls, 8 days' worth
        base.windows = BoundedCache(max(8, WINDOW_ENTRIES * base.days // base.n))
    cache: BoundedCache = base.windows
    hit = cache.get(w)
    if hit is not None and hit.built_at <= at < hit.valid_until:
        return hit  # type: ignore[no-any-return]
    lo = base.first_day + w * DAY
    hi = lo + DAY
    found: list[tuple[float, int, int]] = []
    next_change = INF
    for i, times in base.candidates(lo, hi):
        last = times[-1]
        if last <= at:  # settled (most calls): modified is its last event
            if lo <= last < hi:
                found.append((last, i, len(times) - 1))
            continue
        k = -1
        for t in times:
            if t > at:
                next_change = min(next_change, t)
                break
            k += 1
        if k >= 0 and lo <= times[k] < hi:
            found.append((times[k], i, k))
    entries = sorted((m, base.id_of(i), i, k) for m, i, k in found)
    window = Window(entries, at, next_change)
    cache.put(w, window)
    return window


class Overlay:
    """The store's own calls visible at a clock instant, sorted (usually none)."""

    def __init__(self, calls: dict[str, dict[str, Any]], shadowed: frozenset[str], at: float) -> None:
        self.calls = calls
        self.shadowed = shadowed  # base ids the store has replaced or deleted
        self.built_at = at
        entries: list[Entry] = []
        self.next_change = INF
        for call in calls.values():
            times = tuple(t for t, _ in call["timeline"])
            k = step_at(times, at)
            if k + 1 < len(times):
                self.next_change = min(self.next_change, times[k + 1])
            if k >= 0:
                entries.append((times[k], call["id"], OVERLAY, k))
        entries.sort()
        self.entries = entries
        self.keys = [(e[0], e[1]) for e in entries]


def _overlay(store: Store, at: float) -> tuple[CallBase | None, Overlay]:
    def build(now: float) -> tuple[tuple[CallBase | None, Overlay], float]:
        found = virtual_of(store, KIND)
        if found is None:  # a store without virtual kinds holds every call
            calls = {c["id"]: c for c in store.values(KIND)}
            overlay = Overlay(calls, frozenset(), now)
            return (None, overlay), overlay.next_change
        base, puts, deleted = found
        assert isinstance(base, CallBase)
        overlay = Overlay(dict(puts), frozenset(puts) | deleted, now)
        return (base, overlay), overlay.next_change

    return timed(store, "ev.calls.overlay", at, build)


class CallOrder:
    """The calls visible at `at`: pages, lookups by id and the calls themselves."""

    def __init__(self, store: Store, at: float) -> None:
        self.at = at
        self.base, self.overlay = _overlay(store, at)
        # the clock span over which what was read so far stays the same (page caches)
        self.valid = (self.overlay.built_at, self.overlay.next_change)
        if self.base is not None:
            self._within(-INF, self.base.first_day + (int((at - self.base.first_day) // DAY) + 1) * DAY)

    def _within(self, valid_from: float, valid_until: float) -> None:
        self.valid = (max(self.valid[0], valid_from), min(self.valid[1], valid_until))

    def _step(self, times: tuple[float, ...]) -> int:
        k = step_at(times, self.at)
        self._within(times[k] if k >= 0 else -INF, times[k + 1] if k + 1 < len(times) else INF)
        return k

    def entry(self, call_id: str, complete: bool = False) -> Entry | None:
        """The id's entry if the call is visible (and COMPLETE, if asked)."""
        call = self.overlay.calls.get(call_id)
        if call is not None:
            times = tuple(t for t, _ in call["timeline"])
            k = self._step(times)
            if k < 0 or (complete and call["timeline"][k][1] != "COMPLETE"):
                return None
            return times[k], call_id, OVERLAY, k
        if self.base is None or call_id in self.overlay.shadowed:
            return None
        i = self.base.index_of(call_id)
        if i is None:
            return None
        times = self.base.skeleton(i)[4]
        k = self._step(times)
        if k < 0 or (complete and k < 3):
            return None
        return times[k], call_id, i, k

    def call(self, entry: Entry) -> dict[str, Any]:
        if entry[2] == OVERLAY or self.base is None:
            return self.overlay.calls[entry[1]]
        return self.base.call(entry[2])

    def record(self, entry: Entry) -> dict[str, Any]:
        """The call, or of a base call its metadata only (CallBase.record)."""
        if entry[2] == OVERLAY or self.base is None:
            return self.overlay.calls[entry[1]]
        return self.base.record(entry[2])

    def page(
        self, ctx: RequestContext, since: float, limit: int, last_id: str | None, complete: bool = False
    ) -> list[Entry]:
        """Entries with modified >= since, after `last_id` (same-timestamp continuation), with
        the documented bug (repeats_last_id): SortedIndex.positions' rules."""
        lo: Key = (since, "")
        strict = False
        repeat = None
        if last_id:
            found = self.entry(last_id, complete)
            if found is None:  # unknown id: continue after it within the `since` timestamp
                lo, strict = (since, last_id), True
            else:
                if found[0] >= since:
                    if repeats_last_id(ctx, last_id):
                        repeat = found
                    lo, strict = (found[0], found[1]), True
        if limit <= 0:
            return []
        chosen = list(islice(self.iter_from(lo, strict, complete), limit))
        if repeat is not None:
            chosen = [repeat, *chosen[: limit - 1]]
        return chosen

    def iter_from(self, lo: Key = (-INF, ""), strict: bool = False, complete: bool = False) -> Iterator[Entry]:
        """The visible entries from `lo` (after it, if strict) in order."""
        return heapq.merge(self._base_from(lo, strict, complete), self._overlay_from(lo, strict, complete))

    def _overlay_from(self, lo: Key, strict: bool, complete: bool) -> Iterator[Entry]:
        overlay = self.overlay
        start = (bisect_right if strict else bisect_left)(overlay.keys, lo)
        for entry in overlay.entries[start:]:
            if not complete or overlay.calls[entry[1]]["timeline"][entry[3]][1] == "COMPLETE":
                yield entry

    def _base_from(self, lo: Key, strict: bool, complete: bool) -> Iterator[Entry]:
        base = self.base
        if base is None:
            return
        shadowed = self.overlay.shadowed
        oldest = min(base.first_day, base.anchor_time)
        w = int((max(lo[0], oldest) - base.first_day) // DAY)
        last = int((self.at - base.first_day) // DAY)
        while w <= last:
            window = _window(base, w, self.at)
            self._within(window.built_at, window.valid_until)
            start = (bisect_right if strict else bisect_left)(window.keys, lo)
            for entry in window.entries[start:]:
                if entry[1] in shadowed:
                    continue
                if complete and entry[3] < 3:  # COMPLETE: step 3 or 4 (a rejected call has 2 steps)
                    continue
                yield entry
            w += 1

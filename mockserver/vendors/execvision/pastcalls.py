"""The calls the activity seed refers to (scores, listens, feedback, shares, meetings): the
processed calls completed before the seed's day, drawn by index from the on-demand calls
(callbase.py), so that no call list is ever built.

A reference is a small dict: id, callerId, callTime, duration and `done` (the completion of
its processing, the last event of its timeline).
"""

from __future__ import annotations

import random
from typing import Any

from mockserver.vendors.execvision.callbase import CallBase

ATTEMPTS = 256  # draws to find a call of a given caller before falling back to the anchor


class PastCalls:
    def __init__(self, base: CallBase) -> None:
        self.base = base
        self.until = base.day0 - 60
        anchor = self.ref(0)  # processed, ten days before day0
        if anchor is None:
            raise ValueError("the anchor call must be a past call")
        self.first = anchor

    def ref(self, i: int) -> dict[str, Any] | None:
        """Call i, if it was processed (not rejected) and done before `until`."""
        caller, call_time, duration, reject, times = self.base.skeleton(i)
        if reject or times[-1] >= self.until:
            return None
        return {
            "id": self.base.id_of(i),
            "callerId": self.base.user_ids[caller],
            "callTime": call_time,
            "duration": duration,
            "done": times[-1],
        }

    def pick(self, rng: random.Random) -> dict[str, Any]:
        """A past call drawn uniformly (the anchor when none is found)."""
        for _ in range(ATTEMPTS):
            found = self.ref(rng.randrange(self.base.n))
            if found is not None:
                return found
        return self.first

    def of_caller(self, rng: random.Random, caller: str, before: float, k: int) -> list[dict[str, Any]]:
        """Up to k distinct past calls of `caller` made before `before` (the anchor when none
        is found and k > 0)."""
        found: dict[str, dict[str, Any]] = {}
        for _ in range(ATTEMPTS if k > 0 else 0):
            ref = self.ref(rng.randrange(self.base.n))
            if ref is not None and ref["callerId"] == caller and ref["callTime"] < before:
                found[ref["id"]] = ref
                if len(found) >= k:
                    break
        if k > 0 and not found:
            return [self.first]
        return list(found.values())

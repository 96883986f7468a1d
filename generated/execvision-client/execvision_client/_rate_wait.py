"""Waiting for a booked request slot (`_rate_slots`).

Written for asyncio; the generator derives the blocking module from this one (unasync).
"""

from __future__ import annotations

from ._rate_slots import RateSlots

__all__ = ["SyncRateWait"]


class SyncRateWait(RateSlots):
    """The waiting half of `RateLimiter`."""

    def acquire(self) -> None:
        """Wait for the next slot (`acquire` blocks, `acquire_async` awaits)."""
        wait = self.reserve()
        if wait > 0:
            self._sleep(wait)

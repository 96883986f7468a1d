"""Client-side rate limiting on ExecVision's documented windows.

ExecVision allows 5 requests/s from 06:00 to 21:00 America/New_York and 25 requests/s
otherwise (the spec's `x-rate-limit`, embedded in `_spec_rules`), and queues what is over
the limit for up to 60 s. The limiter spaces requests 1/rate seconds apart: each request
books the next free slot and waits for it. One limiter is shared by all threads (or tasks)
of a client; it uses zoneinfo with the tzdata package, so no system zone data is needed.
Clocks and sleeps are injectable, so tests need not wait.
"""

from __future__ import annotations

from ._rate_slots import VENDOR_SCHEDULE, RateSchedule, RateWindow
from ._rate_wait import SyncRateWait
from ._rate_wait_async import AsyncRateWait

__all__ = ["VENDOR_SCHEDULE", "RateLimiter", "RateSchedule", "RateWindow"]


class RateLimiter(SyncRateWait, AsyncRateWait):
    """Evenly spaced request slots per the schedule (thread-safe; sync and async).

    `acquire()` waits (blocking) for the next slot, `acquire_async()` awaits it; `reserve()`
    books a slot and returns the seconds to wait for it."""

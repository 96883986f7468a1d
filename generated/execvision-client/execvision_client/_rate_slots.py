"""ExecVision's rate windows (the spec's `x-rate-limit`) and the request slots a limiter books.

The waits for a booked slot are in `_rate_wait_async.py` (the blocking one derived from it);
`RateLimiter` (`_ratelimit`) joins them.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from datetime import time as clock_time
from typing import Any
from zoneinfo import ZoneInfo

from ._spec_rules import X_RATE_LIMIT

__all__ = ["VENDOR_SCHEDULE", "RateSchedule", "RateSlots", "RateWindow"]


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class RateWindow:
    """`requests_per_second` from `start` (inclusive) to `end` (exclusive), local time; may wrap midnight."""

    start: clock_time
    end: clock_time
    requests_per_second: float

    def contains(self, local: clock_time) -> bool:
        if self.start <= self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end


@dataclass(frozen=True)
class RateSchedule:
    """Rate windows in a time zone; outside every window there is no limit."""

    timezone: str
    windows: tuple[RateWindow, ...]

    @classmethod
    def from_extension(cls, extension: Mapping[str, Any]) -> RateSchedule:
        """From the spec's `x-rate-limit` shape."""
        windows = tuple(
            RateWindow(
                clock_time.fromisoformat(window["start"]),
                clock_time.fromisoformat(window["end"]),
                float(window["requestsPerSecond"]),
            )
            for window in extension["windows"]
        )
        return cls(str(extension["timezone"]), windows)

    @classmethod
    def fixed(cls, requests_per_second: float) -> RateSchedule:
        """One rate at every hour."""
        return cls("UTC", (RateWindow(clock_time(0), clock_time(0), float(requests_per_second)),))

    def rate_at(self, when: datetime) -> float | None:
        """Requests per second allowed at `when` (an aware datetime), or None for no limit."""
        local = when.astimezone(ZoneInfo(self.timezone)).time().replace(tzinfo=None)
        for window in self.windows:
            if window.start == window.end or window.contains(local):
                return window.requests_per_second
        return None


VENDOR_SCHEDULE = RateSchedule.from_extension(X_RATE_LIMIT)


class RateSlots:
    """Evenly spaced request slots per the schedule (thread-safe); `reserve()` books one."""

    def __init__(
        self,
        schedule: RateSchedule | float = VENDOR_SCHEDULE,
        *,
        now: Callable[[], datetime] = _utcnow,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.schedule = schedule if isinstance(schedule, RateSchedule) else RateSchedule.fixed(schedule)
        self._now = now
        self._monotonic = monotonic
        self._sleep = sleep
        self._sleep_async = async_sleep
        self._next_slot: float | None = None
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Book the next free slot; the seconds to wait for it (0 when a slot is free now)."""
        rate = self.schedule.rate_at(self._now())
        with self._lock:
            now = self._monotonic()
            if not rate:
                self._next_slot = None
                return 0.0
            slot = now if self._next_slot is None else max(now, self._next_slot)
            self._next_slot = slot + 1.0 / rate
            return slot - now

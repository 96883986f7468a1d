"""Rate limiting of APIs with an `x-rate-limit`: over-limit requests are queued (delayed), not rejected.

The windows come from the spec's root `x-rate-limit` (local wall-clock windows in a named
time zone, `[start, end)`, possibly wrapping midnight). Each caller gets evenly spaced
slots of 1/rate seconds; a request whose slot is `queueTimeoutSeconds` or more away times
out (504). Mode "fixed" uses one rate at all hours; "off" disables the limiter.
Time sources are injectable so tests need no real waiting.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from mockserver.engine.config import Clock, RateLimitConfig
from mockserver.engine.context import ApiError

DEFAULT_QUEUE_TIMEOUT = 60.0


def _minutes(hhmm: str) -> int:
    hours, _, minutes = str(hhmm).partition(":")
    return int(hours) * 60 + int(minutes or 0)


class RateLimiter:
    def __init__(
        self,
        spec: dict[str, Any] | None,
        config: RateLimitConfig,
        clock: Clock,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        spec = spec or {}
        self.zone = ZoneInfo(str(spec.get("timezone", "UTC")))
        self.windows = [
            (_minutes(w["start"]), _minutes(w["end"]), float(w["requestsPerSecond"])) for w in spec.get("windows", [])
        ]
        self.spec_timeout = float(spec.get("queueTimeoutSeconds", DEFAULT_QUEUE_TIMEOUT))
        self.clock = clock
        self.monotonic = monotonic
        self.sleep = sleep
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()
        self.configure(config)

    def configure(self, config: RateLimitConfig) -> None:
        with self._lock:
            self.config = config
            self._next.clear()

    @property
    def queue_timeout(self) -> float:
        override = self.config.queue_timeout_seconds
        return float(override) if override is not None else self.spec_timeout

    def rate_at(self, when: datetime) -> float | None:
        """Requests per second allowed at `when`, or None for no limit."""
        mode = self.config.mode
        if mode == "fixed":
            return self.config.rps
        if mode != "vendor" or not self.windows:
            return None
        local = when.astimezone(self.zone)
        minute = local.hour * 60 + local.minute
        for start, end, rps in self.windows:
            inside = start <= minute < end if start <= end else minute >= start or minute < end
            if inside:
                return rps
        return None

    def reserve(self, key: str) -> float:
        """Book the caller's next slot; the delay to wait (raises 504 past the timeout)."""
        rate = self.rate_at(self.clock())
        if not rate:
            return 0.0
        with self._lock:
            now = self.monotonic()
            slot = max(now, self._next.get(key, now))
            wait = slot - now
            if wait >= self.queue_timeout:
                raise ApiError(
                    504,
                    f"request timed out after being queued for {self.queue_timeout:g}s "
                    f"(rate limit {rate:g} requests/s)",
                )
            self._next[key] = slot + 1.0 / rate
        return wait

    async def acquire(self, key: str) -> float:
        wait = self.reserve(key)
        if wait > 0:
            await self.sleep(wait)
        return wait

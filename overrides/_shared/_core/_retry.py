"""What is retried and how long to wait: exponential backoff with jitter, and Retry-After."""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "RETRYABLE_EXCEPTIONS",
    "RETRYABLE_STATUSES",
    "RetryPolicy",
    "parse_retry_after",
]

DEFAULT_MAX_RETRIES = 2
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Timeouts, connection failures, and a server that closed the connection without answering.
# Not retried: UnsupportedProtocol, LocalProtocolError, ProxyError, DecodingError.
RETRYABLE_EXCEPTIONS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


def _utcnow() -> datetime:
    return datetime.now(UTC)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delay-seconds or an HTTP date; None if absent or bad."""
    if not value:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or _utcnow())).total_seconds())


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait between attempts.

    Without Retry-After the n-th retry (n = 0, 1, ...) waits `backoff_base * 2**n` seconds,
    capped at `backoff_max`, times a random factor in `[1 - jitter, 1]`. A Retry-After header
    (delay-seconds or an HTTP date) on a retryable response is honoured up to
    `retry_after_max` seconds. `sleep`, `async_sleep`, `random` and `clock` are injectable
    so tests need not wait.
    """

    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    jitter: float = 0.25
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)
    random: Callable[[], float] = field(default=random.random, repr=False)
    clock: Callable[[], datetime] = field(default=_utcnow, repr=False)

    def backoff(self, retry: int) -> float:
        """The jittered exponential delay before retry number `retry` (0-based)."""
        delay = min(self.backoff_base * 2.0**retry, self.backoff_max)
        return max(0.0, delay * (1.0 - self.jitter * self.random()))

    def delay(self, retry: int, response: httpx.Response | None = None) -> float:
        """The wait before retry number `retry`: Retry-After if the response has one, else backoff."""
        if response is not None:
            after = parse_retry_after(response.headers.get("retry-after"), self.clock())
            if after is not None:
                return min(after, self.retry_after_max)
        return self.backoff(retry)

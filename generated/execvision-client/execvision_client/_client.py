"""`ExecVision` and `AsyncExecVision`: every operation of the API, plus `iter_*` paging helpers.

    with ExecVision(user_id=..., password=..., base_url=...) as ev:
        for call in ev.iter_calls("2026-11-01T00:00Z", include_transcripts=True):
            ...

HTTP Basic auth; every operation is retried on connection errors, timeouts and 408/429/5xx
(all are GET or DELETE); requests are spaced by the documented rate limit (`_ratelimit`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import httpx

from ._activity import SyncActivity
from ._activity_async import AsyncActivity
from ._calls import SyncCalls
from ._calls_async import AsyncCalls
from ._core import DEFAULT_MAX_RETRIES, RetryPolicy, TimeoutTypes
from ._directory import SyncDirectory
from ._directory_async import AsyncDirectory
from ._ratelimit import RateLimiter
from ._spec_rules import IDEMPOTENT_OPERATIONS, X_RATE_LIMIT
from .models import Error

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AsyncExecVision", "ExecVision"]

DEFAULT_BASE_URL = "https://users.execvision.io/api/ev/2"
# ExecVision queues over-limit requests for up to 60 s before answering 504, so the read
# timeout must outlast the queue.
DEFAULT_TIMEOUT = httpx.Timeout(float(X_RATE_LIMIT["queueTimeoutSeconds"]) + 30.0, connect=10.0)

RateLimitArg = RateLimiter | float | Literal["vendor"] | None


def _limiter(rate_limiter: RateLimitArg) -> RateLimiter | None:
    if rate_limiter == "vendor":
        return RateLimiter()
    if isinstance(rate_limiter, int | float):
        return RateLimiter(float(rate_limiter))
    return rate_limiter


class ExecVision(SyncCalls, SyncActivity, SyncDirectory):
    """Blocking client of the ExecVision Conversation Intelligence API v2.

    `user_id` / `password`: the HTTP Basic credentials. `rate_limiter`: "vendor" (default:
    the documented 5 or 25 requests/s windows), a number (a fixed requests/s), a RateLimiter
    (e.g. to share one between clients), or None (off). `max_retries` (default 2) and `retry` set the retry policy;
    `timeout` defaults to 90 s read; `http_client` replaces the connection pool.
    """

    def __init__(
        self,
        user_id: str,
        password: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimitArg = "vendor",
        http_client: httpx.Client | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.auth = httpx.BasicAuth(user_id, password)
        self.rate_limiter = _limiter(rate_limiter)
        self._setup(
            base_url=base_url,
            auth=self.auth,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            throttle=self.rate_limiter,
            error_model=Error,
            idempotent_operations=IDEMPOTENT_OPERATIONS,
        )
        self._open(http_client, self.auth, headers)


class AsyncExecVision(AsyncCalls, AsyncActivity, AsyncDirectory):
    """The asyncio twin of `ExecVision` (same arguments; `http_client` is an httpx.AsyncClient)."""

    def __init__(
        self,
        user_id: str,
        password: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimitArg = "vendor",
        http_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.auth = httpx.BasicAuth(user_id, password)
        self.rate_limiter = _limiter(rate_limiter)
        self._setup(
            base_url=base_url,
            auth=self.auth,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            throttle=self.rate_limiter,
            error_model=Error,
            idempotent_operations=IDEMPOTENT_OPERATIONS,
        )
        self._open(http_client, self.auth, headers)

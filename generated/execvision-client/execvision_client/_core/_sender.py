"""What the retry loop around one HTTP request (`_send_async.py`, the blocking one derived
from it) is configured with and decides: the settings, building the request, and whether a
failure is retried and after how long.

A request is retried only when it is idempotent and it failed with a connection error, a
timeout, or a status in RETRYABLE_STATUSES; each retry waits per the RetryPolicy. A throttle
(a client-side rate limiter) is acquired before every attempt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from ._errors import APIConnectionError, APIError, APIStatusError, APITimeoutError, status_error
from ._options import RequestOptions
from ._retry import RETRYABLE_EXCEPTIONS, RETRYABLE_STATUSES, RetryPolicy
from ._user_agent import USER_AGENT

__all__ = ["ErrorBodyParser", "Sender", "Throttle"]

log = logging.getLogger(__name__.split(".", 1)[0])

ErrorBodyParser = Callable[[httpx.Response], tuple[Any, str]]
_OWN_KEYS = ("method", "url", "headers")


class Throttle(Protocol):
    """Waits until the next request may be sent (shared by every thread or task of a client).

    One throttle may serve a blocking and an asyncio client alike, so it offers both waits."""

    def acquire(self) -> None: ...

    async def acquire_async(self) -> None: ...


@dataclass(frozen=True)
class Sender:
    """The settings of a sender (`AsyncSender`, `SyncSender`) and its decisions between attempts."""

    base_url: str
    auth: httpx.Auth | None
    timeout: httpx.Timeout
    max_retries: int
    retry: RetryPolicy
    parse_error: ErrorBodyParser
    throttle: Throttle | None = None
    user_agent: str = USER_AGENT

    def _retries(self, idempotent: bool, options: RequestOptions) -> int:
        return max(0, options.get("max_retries", self.max_retries)) if idempotent else 0

    def _build(
        self, http: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any], options: RequestOptions
    ) -> httpx.Request:
        headers = httpx.Headers({"User-Agent": self.user_agent})
        headers.update(kwargs.get("headers", {}))
        headers.update(options.get("extra_headers", {}))  # case-insensitive: these win
        rest = {key: value for key, value in kwargs.items() if key not in _OWN_KEYS}
        if "extra_query" in options:
            rest["params"] = {**rest.get("params", {}), **options["extra_query"]}
        return http.build_request(
            kwargs["method"].upper(),
            self.base_url.rstrip("/") + kwargs["url"],
            headers=headers,
            timeout=options.get("timeout", self.timeout),
            **rest,
        )

    def _next_delay(
        self, request: httpx.Request, outcome: httpx.Response | Exception, attempt: int, retries: int
    ) -> float:
        """The wait before the next attempt; raises the typed error when this failure is final."""
        response: httpx.Response | None = None
        if isinstance(outcome, httpx.Response):
            body, message = self.parse_error(outcome)
            error: APIError = status_error(outcome, body=body, message=message)
            response, retryable = outcome, outcome.status_code in RETRYABLE_STATUSES
        elif isinstance(outcome, APIStatusError):
            error, response = outcome, outcome.response
            retryable = outcome.status_code in RETRYABLE_STATUSES
        elif isinstance(outcome, httpx.TimeoutException):
            error, retryable = APITimeoutError(f"Request timed out: {outcome}", request=request), True
        else:
            error = APIConnectionError(f"Connection error: {outcome!r}", request=request)
            retryable = isinstance(outcome, RETRYABLE_EXCEPTIONS)
        if not retryable or attempt >= retries:
            if isinstance(outcome, Exception) and error is not outcome:
                raise error from outcome
            raise error
        delay = self.retry.delay(attempt, response)
        log.info("retrying %s %s in %.2fs (%s)", request.method, request.url, delay, error)
        return delay

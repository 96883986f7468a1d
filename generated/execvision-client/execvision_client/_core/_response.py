"""What `client.with_raw_response.<method>(...)` returns: the HTTP response of the call (after the
facade's retries and rate limiting) and the method's parsed result.

The raw-response wrappers (`_raw_response_async.py`, the blocking one derived from it) call the
facade's own method; `record_response`, called by the facade for every call, hands the response
to the wrapper waiting for it (a context variable: per thread and per asyncio task).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Generic, ParamSpec, TypeAlias, TypeVar

import httpx

from ._errors import APIResponseValidationError

__all__ = ["APIResponse", "AsyncMethod", "ResponseCapture", "SyncMethod", "capturing", "record_response"]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

SyncMethod: TypeAlias = Callable[P, R]
AsyncMethod: TypeAlias = Callable[P, Awaitable[R]]


class APIResponse(Generic[T]):
    """The HTTP response of one facade call and its parsed result.

    `status_code`, `headers`, `url`, `text`, `json()` and `http_response` are the last attempt's
    (a retried call shows the response that ended it); `parse()` is what the method returns, or
    raises the APIResponseValidationError the method raised for a body that does not match the
    API description (the response stays readable)."""

    def __init__(self, http_response: httpx.Response, parsed: Any = None, error: Exception | None = None) -> None:
        self.http_response = http_response
        self._parsed = parsed
        self._error = error

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        if self._error is not None:
            raise self._error
        result: T = self._parsed
        return result

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {self.http_response.request.method} {self.url}>"


class ResponseCapture:
    """The response a raw-response wrapper waits for."""

    def __init__(self) -> None:
        self.response: httpx.Response | None = None

    def parsed(self, value: T) -> APIResponse[T]:
        if self.response is None:  # pragma: no cover - every facade method sends exactly one call
            raise RuntimeError("the method sent no request")
        return APIResponse(self.response, parsed=value)

    def failed(self, error: APIResponseValidationError) -> APIResponse[Any]:
        """The response whose body the method could not parse; re-raised if none was received."""
        if self.response is None:
            raise error
        return APIResponse(self.response, error=error)


_CAPTURE: ContextVar[ResponseCapture | None] = ContextVar("raw_response_capture", default=None)


@contextmanager
def capturing() -> Iterator[ResponseCapture]:
    capture = ResponseCapture()
    token = _CAPTURE.set(capture)
    try:
        yield capture
    finally:
        _CAPTURE.reset(token)


def record_response(response: httpx.Response) -> None:
    """Called by the facade with the final response of every call; kept only inside `capturing()`."""
    capture = _CAPTURE.get()
    if capture is not None:
        capture.response = response

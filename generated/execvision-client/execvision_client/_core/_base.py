"""What the sync and async facades of both APIs have in common: settings, the retrying
sender, error-body parsing and the typed decoding of responses. The base classes over a
connection pool, `AsyncAPIClient` and `SyncAPIClient`, are in `_facade_async.py` (the blocking
one derived from it).

A facade method turns its arguments into the generated `_get_kwargs(...)` of its operation,
sends them through `Sender` (retries, timeouts, throttle) and decodes the 2xx response with
the generated `_parse_response`; a non-2xx response becomes an APIStatusError subclass.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, ClassVar, Generic, Protocol, Self, TypeVar

import httpx

from ..client import AuthenticatedClient
from ..errors import UnexpectedStatus
from ._errors import APIResponseValidationError
from ._options import NOT_GIVEN, NotGiven, TimeoutTypes
from ._retry import RetryPolicy
from ._sender import Sender, Throttle

__all__ = ["APIClient", "ErrorModel"]


class ErrorModel(Protocol):
    """A generated error-body model (`RpcStatus`, `Error`): it has a message."""

    message: str

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


E = TypeVar("E", bound=ErrorModel)


def _timeout(value: TimeoutTypes) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


class APIClient(Generic[E]):
    """Base of `AsyncAPIClient` and `SyncAPIClient`: all but the connection pool and the calls."""

    _sender_type: ClassVar[type[Sender]]
    _sender: Sender
    _error_model: type[E]
    _idempotent_operations: frozenset[str]
    _owns_http: bool
    _parsing: AuthenticatedClient
    generated: AuthenticatedClient
    """The generated client on the same connection pool and auth, for calling the generated
    functions directly (no retries, no rate limiting). With `http_client=` given, that client
    is used as it is if it has a `base_url`; without one, `generated` has a client of its own on
    its transport, with the facade's base URL and auth."""

    def _setup(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        timeout: TimeoutTypes,
        max_retries: int,
        retry: RetryPolicy | None,
        throttle: Throttle | None,
        error_model: type[E],
        idempotent_operations: frozenset[str],
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self._error_model = error_model
        self._idempotent_operations = idempotent_operations
        self._sender = self._sender_type(
            base_url=base_url,
            auth=auth,
            timeout=_timeout(timeout),
            max_retries=max_retries,
            retry=retry or RetryPolicy(),
            parse_error=self._error_body,
            throttle=throttle,
        )
        self.generated = AuthenticatedClient(base_url=base_url, token="", prefix="")
        # what _decode hands the generated parsers: a status the spec does not declare raises
        self._parsing = AuthenticatedClient(base_url=base_url, token="", prefix="", raise_on_unexpected_status=True)

    @property
    def base_url(self) -> str:
        return self._sender.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._sender.timeout

    @property
    def max_retries(self) -> int:
        return self._sender.max_retries

    def with_options(
        self, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> Self:
        """A copy with other defaults, sharing the connection pool, auth and rate limiter.

        Closing the copy does not close the shared pool."""
        clone = copy.copy(self)
        clone._sender = replace(
            self._sender,
            timeout=self._sender.timeout if isinstance(timeout, NotGiven) else _timeout(timeout),
            max_retries=self._sender.max_retries if isinstance(max_retries, NotGiven) else max_retries,
        )
        clone._owns_http = False
        return clone

    def _error_body(self, response: httpx.Response) -> tuple[Any, str]:
        """(body, message): the API's error model if the body matches it, else JSON or text."""
        fallback = response.reason_phrase or f"HTTP {response.status_code}"
        try:
            data = response.json()
        except ValueError:
            text = response.text.strip()
            return (text or None), (text[:500] or fallback)
        if isinstance(data, dict):
            try:
                model = self._error_model.from_dict(data)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass
            else:
                if isinstance(model.message, str):
                    return model, model.message or fallback
            for key in ("message", "error_description", "error"):
                if isinstance(data.get(key), str) and data[key]:
                    return data, str(data[key])
        return data, fallback

    def _idempotent(self, operation: str, idempotent: bool | None) -> bool:
        return operation in self._idempotent_operations if idempotent is None else idempotent

    def _decode(self, operation: str, response: httpx.Response, parse: Callable[..., object]) -> object:
        """The generated parser's result for a 2xx response; never the API's error model, and never
        the None the generated parsers give for a status the spec does not declare."""
        try:
            parsed = parse(client=self._parsing, response=response)
        except UnexpectedStatus as exc:
            message = f"{operation}: HTTP {response.status_code} is not a status the API description declares"
            raise APIResponseValidationError(message, response=response) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            message = f"{operation}: the response body does not match the API description: {exc!r}"
            raise APIResponseValidationError(message, response=response) from exc
        if isinstance(parsed, self._error_model):
            raise APIResponseValidationError(
                f"{operation}: an error body with HTTP {response.status_code}", response=response, body=parsed
            )
        return parsed

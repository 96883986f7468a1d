"""The exception hierarchy, shared by both client packages (modelled on openai-python).

    APIError
    ├── APIConnectionError            no response: refused, reset, dropped, DNS, ...
    │   └── APITimeoutError           connect/read/write/pool timeout
    ├── APIStatusError                a 4xx/5xx response
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   ├── RateLimitError            429
    │   └── InternalServerError       5xx
    └── APIResponseValidationError    a 2xx whose body does not match the spec

Every error carries `body`: the parsed error body. Where it matches the API's error schema
it is that generated model (the error schema the facade names, e.g. a grpc-gateway status with
`code`, `message`, `details`); otherwise the decoded JSON, the text, or None.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "status_error",
]


class APIError(Exception):
    """Base class of every error raised about a request."""

    message: str
    request: httpx.Request | None
    body: Any

    def __init__(self, message: str, *, request: httpx.Request | None = None, body: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    """The request got no response (connection refused, reset or dropped, DNS failure, ...)."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built by hand has no request
        return None


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status."""

    response: httpx.Response
    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, request=_request_of(response), body=body)
        self.response = response
        self.status_code = response.status_code

    def __str__(self) -> str:
        return f"HTTP {self.status_code}: {self.message}"


class BadRequestError(APIStatusError):
    """400: the request was invalid."""


class AuthenticationError(APIStatusError):
    """401: missing, invalid or expired credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the resource already exists or changed meanwhile."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class APIResponseValidationError(APIError):
    """A successful response whose body does not match the API description."""

    response: httpx.Response | None
    status_code: int | None

    def __init__(self, message: str, *, response: httpx.Response | None, body: Any = None) -> None:
        super().__init__(message, request=None if response is None else _request_of(response), body=body)
        self.response = response
        self.status_code = None if response is None else response.status_code


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, *, body: Any, message: str) -> APIStatusError:
    """The APIStatusError subclass for this response's status."""
    if response.status_code >= 500:
        return InternalServerError(message, response=response, body=body)
    return _BY_STATUS.get(response.status_code, APIStatusError)(message, response=response, body=body)

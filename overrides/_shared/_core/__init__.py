"""Hand-written client machinery shared by every generated client package.

One home: overrides/_shared/_core/ holds the files, and the generator copies them into every
client package (no symlinks). Nothing here may import outside the package: `..client` and
`..types` are the generated modules of the package it is copied into.
"""

from ._base import APIClient, ErrorModel
from ._cursor import AsyncFetch, Cursor, PaginationError, SyncFetch, snake_case
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    status_error,
)
from ._facade import SyncAPIClient
from ._facade_async import AsyncAPIClient
from ._options import NOT_GIVEN, NotGiven, RequestOptions, TimeoutTypes, check_options, optional, required
from ._paging import iterate
from ._paging_async import iterate_async
from ._raw_response import raw_response_wrapper
from ._raw_response_async import raw_response_wrapper_async
from ._response import APIResponse
from ._retry import DEFAULT_MAX_RETRIES, RETRYABLE_EXCEPTIONS, RETRYABLE_STATUSES, RetryPolicy, parse_retry_after
from ._send import SyncSender
from ._send_async import AsyncSender
from ._sender import ErrorBodyParser, Sender, Throttle
from ._user_agent import USER_AGENT

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "NOT_GIVEN",
    "RETRYABLE_EXCEPTIONS",
    "RETRYABLE_STATUSES",
    "USER_AGENT",
    "APIClient",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIClient",
    "AsyncFetch",
    "AsyncSender",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Cursor",
    "ErrorBodyParser",
    "ErrorModel",
    "InternalServerError",
    "NotGiven",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "RetryPolicy",
    "Sender",
    "SyncAPIClient",
    "SyncFetch",
    "SyncSender",
    "Throttle",
    "TimeoutTypes",
    "check_options",
    "iterate",
    "iterate_async",
    "optional",
    "parse_retry_after",
    "raw_response_wrapper",
    "raw_response_wrapper_async",
    "required",
    "snake_case",
    "status_error",
]

"""Hand-written client machinery shared by cresta_client and execvision_client.

One home: overrides/_shared/_core/ holds the files, and the generator copies them into every
client package (no symlinks). Nothing here may import outside the package: `..client` and
`..types` are the generated modules of the package it is copied into.
"""

from ._base import AsyncAPIClient, ErrorModel, SyncAPIClient
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
from ._options import NOT_GIVEN, NotGiven, RequestOptions, TimeoutTypes, optional, required
from ._paging import Cursor, PaginationError, iterate, iterate_async, snake_case
from ._retry import DEFAULT_MAX_RETRIES, RETRYABLE_EXCEPTIONS, RETRYABLE_STATUSES, RetryPolicy, parse_retry_after
from ._send import ErrorBodyParser, Sender, Throttle

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "NOT_GIVEN",
    "RETRYABLE_EXCEPTIONS",
    "RETRYABLE_STATUSES",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIClient",
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
    "Throttle",
    "TimeoutTypes",
    "iterate",
    "iterate_async",
    "optional",
    "parse_retry_after",
    "required",
    "snake_case",
    "status_error",
]

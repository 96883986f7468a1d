"""A client library for accessing ExecVision Conversation Intelligence API

`ExecVision` / `AsyncExecVision` are the hand-written SDK facades (retries, timeouts, rate
limiting, pagination, typed errors); `Client` / `AuthenticatedClient` are the generated
transports.

`Call` (and its tree) and `SimplifiedTranscript` here are the msgspec Structs the facades
return for calls and transcripts; `execvision_client.models` holds the generated attrs models
(`to_model()` converts, `to_dict()` gives the same dict as the model's).
"""

from ._client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, AsyncExecVision, ExecVision
from ._core import (
    NOT_GIVEN,
    APIConnectionError,
    APIError,
    APIResponse,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    RequestOptions,
    RetryPolicy,
)
from ._fast_models import (
    Call,
    CallStats,
    CallSummary,
    CrmEntity,
    CrmMatch,
    QuestionAndAnswer,
    SimplifiedTranscript,
    Speaker,
    TalkSpeed,
    TranscriptSegment,
    TranscriptWord,
)
from ._ratelimit import VENDOR_SCHEDULE, RateLimiter, RateSchedule, RateWindow
from ._scoring import SCORING_SCHEMES, score_percentage
from ._since_paging import Since
from ._version import __spec_version__, __version__
from .client import AuthenticatedClient, Client

__all__ = (
    "__spec_version__",
    "__version__",
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "SCORING_SCHEMES",
    "VENDOR_SCHEDULE",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncExecVision",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Call",
    "CallStats",
    "CallSummary",
    "Client",
    "ConflictError",
    "CrmEntity",
    "CrmMatch",
    "ExecVision",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "QuestionAndAnswer",
    "RateLimitError",
    "RateLimiter",
    "RateSchedule",
    "RateWindow",
    "RequestOptions",
    "RetryPolicy",
    "Since",
    "SimplifiedTranscript",
    "Speaker",
    "TalkSpeed",
    "TranscriptSegment",
    "TranscriptWord",
    "score_percentage",
)

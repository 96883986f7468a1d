"""Cresta's error shapes.

- grpc-gateway (the API): `{"code": <gRPC code>, "message": ..., "details": []}`
- oauth (the token endpoint, `x-mock-error-style: oauth`): RFC 6749
  `{"error": ..., "error_description": ...}`
"""

from __future__ import annotations

from typing import Any

from mockserver.engine.context import ApiError
from mockserver.engine.errors import REASONS

OAUTH_ERRORS: dict[int, str] = {
    400: "invalid_request",
    401: "invalid_client",
    500: "server_error",
    503: "temporarily_unavailable",
}

# HTTP statuses without a gRPC equivalent in context.GRPC_HTTP_STATUS
EXTRA_GRPC: dict[int, int] = {405: 12, 501: 12, 413: 3, 415: 3, 408: 4, 502: 14}


class OAuthError(ApiError):
    """An RFC 6749 token-endpoint error (`error` is the registered code)."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(status, description)
        self.error = error


def grpc_gateway_body(err: ApiError) -> dict[str, Any]:
    code = err.grpc_code
    if code == 2 and err.status in EXTRA_GRPC:
        code = EXTRA_GRPC[err.status]
    return {"code": code, "message": err.message, "details": []}


def oauth_body(err: ApiError) -> dict[str, Any]:
    if isinstance(err, OAuthError):
        error = err.error
    else:
        error = OAUTH_ERRORS.get(err.status, REASONS.get(err.status, "server_error"))
    return {"error": error, "error_description": err.message}

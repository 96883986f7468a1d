"""Render an ApiError in the calling API's own error shape.

- cresta: grpc-gateway status `{"code": <gRPC code>, "message": ..., "details": []}`
- execvision and admin: `{"error": <snake_case reason>, "message": ...}` (spec Error schema)
- oauth (the token endpoint, `x-mock-error-style: oauth`): RFC 6749
  `{"error": ..., "error_description": ...}`
"""

from __future__ import annotations

from typing import Any

import orjson

from mockserver.context import ApiError

REASONS: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "request_timeout",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "too_many_requests",
    500: "internal_error",
    501: "not_implemented",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}

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


def error_body(style: str, err: ApiError) -> dict[str, Any]:
    if style == "cresta":
        code = err.grpc_code
        if code == 2 and err.status in EXTRA_GRPC:
            code = EXTRA_GRPC[err.status]
        return {"code": code, "message": err.message, "details": []}
    if style == "oauth":
        if isinstance(err, OAuthError):
            error = err.error
        else:
            error = OAUTH_ERRORS.get(err.status, REASONS.get(err.status, "server_error"))
        return {"error": error, "error_description": err.message}
    return {"error": REASONS.get(err.status, f"http_{err.status}"), "message": err.message}


def render_error(style: str, err: ApiError) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    body = orjson.dumps(error_body(style, err))
    headers = [(b"content-type", b"application/json")]
    headers.extend((k.lower().encode(), str(v).encode()) for k, v in err.headers.items())
    return err.status, headers, body

"""Render an ApiError in the calling API's own error shape.

An error style is a name and a renderer (`ApiError -> body`). Plugins bring their own
(`VendorPlugin.errors`, chosen by the registry's `error_style` and per operation by
`x-mock-error-style`); the engine has one, `error-reason`: `{"error": <snake_case reason>,
"message": ...}`, the shape of the admin endpoints and of unknown paths.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from mockserver.engine.context import ApiError
from mockserver.engine.plugin import ErrorBody

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
    431: "request_header_fields_too_large",
    500: "internal_error",
    501: "not_implemented",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}

REASON_STYLE = "error-reason"


def reason_body(err: ApiError) -> dict[str, Any]:
    return {"error": REASONS.get(err.status, f"http_{err.status}"), "message": err.message}


ENGINE_STYLES: Mapping[str, ErrorBody] = {REASON_STYLE: reason_body}


def render_error(body: ErrorBody, err: ApiError) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    data = orjson.dumps(body(err))
    headers = [(b"content-type", b"application/json")]
    headers.extend((k.lower().encode(), str(v).encode()) for k, v in err.headers.items())
    return err.status, headers, data

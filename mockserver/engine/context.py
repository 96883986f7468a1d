"""The contract between the engine and the vendor plugins' handlers.

The engine (routing, validation, auth, faults) builds a RequestContext for every request that
passed validation and calls the handler its plugin registered for the operation's
operationId. A handler returns a JSON-able body (status 200) or a Reply, or raises ApiError;
the engine renders ApiError in the API's own error shape (the plugin's error renderer).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from mockserver.engine.store import Store
from mockserver.engine.tokens import TokenIssuer

# gRPC canonical codes (for error shapes that carry one, e.g. grpc-gateway), with their HTTP status.
GRPC_HTTP_STATUS: dict[int, int] = {
    3: 400,  # INVALID_ARGUMENT
    16: 401,  # UNAUTHENTICATED
    7: 403,  # PERMISSION_DENIED
    5: 404,  # NOT_FOUND
    6: 409,  # ALREADY_EXISTS
    8: 429,  # RESOURCE_EXHAUSTED
    13: 500,  # INTERNAL
    14: 503,  # UNAVAILABLE
    4: 504,  # DEADLINE_EXCEEDED
}
HTTP_GRPC_CODE: dict[int, int] = {v: k for k, v in GRPC_HTTP_STATUS.items()}


@dataclass(frozen=True)
class Principal:
    """Who is calling: what the API's plugin made of the credentials (see plugin.py)."""

    api: str  # the API whose credentials these are
    subject: str  # a Basic-auth user name, or the client a bearer token was issued to
    customers: frozenset[str] = frozenset()  # tenancy: the customers the caller may see
    can_delete: bool = False  # the caller may delete
    admin: bool = False  # the caller may call `x-admin-only` operations


class ApiError(Exception):
    """An error answer. `status` is the HTTP status; `grpc_code` defaults from it."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        grpc_code: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.grpc_code = grpc_code if grpc_code is not None else HTTP_GRPC_CODE.get(status, 2)
        self.headers = dict(headers or {})


class MockError(ApiError):
    """An answer of the mock's own, not its model of the vendor's: an injected fault, a malformed
    `X-Mock-Fault`, an operation without a handler (501). Strict mode checks it only where the
    operation declares its status."""


@dataclass
class Reply:
    """A non-default answer: another status, extra headers, or no body (body=None)."""

    body: Any = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RawJson:
    """A body that is already serialized JSON (handlers may cache hot responses this way)."""

    data: bytes


@dataclass
class RequestContext:
    operation_id: str
    api: str
    path_params: dict[str, Any]  # validated and coerced to the schema's types
    query: dict[str, Any]  # validated, coerced, schema defaults applied
    body: Any  # parsed JSON body, or None
    headers: Mapping[str, str]  # lower-case names
    principal: Principal
    store: Store
    now: Callable[[], datetime]  # timezone-aware UTC clock (injectable in tests)
    extensions: Mapping[str, Any]  # the operation's x- extensions from the spec
    secret: bytes  # the run's secret: derive a key from it (secret.derive) to sign a token
    tokens: TokenIssuer | None = None  # the engine's bearer tokens (for a token endpoint)
    assumed_rules: Mapping[str, str] = field(default_factory=dict)  # the operation's x-assumed rules
    enforce_assumed: bool = True  # False when the mock runs docs-only

    def enforces(self, rule: str) -> bool:
        """Whether to enforce `rule`, a behaviour rule the docs do not state: it must be named in
        the operation's `x-assumed` mapping (a KeyError otherwise, so code and spec cannot drift
        apart), and it is enforced unless the mock runs docs-only."""
        if rule not in self.assumed_rules:
            raise KeyError(f"{self.operation_id}: {rule!r} is not a rule of the operation's x-assumed")
        return self.enforce_assumed


Handler = Callable[[RequestContext], Any | Awaitable[Any]]

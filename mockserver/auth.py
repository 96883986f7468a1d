"""Authentication (from each operation's `security`) and spec-driven authorization.

- `http basic` on an ExecVision operation: the ExecVision users (`MockConfig.ev_users`).
- `http basic` elsewhere (the token endpoint in admin.yaml): the Cresta OAuth clients.
- `http bearer` / `oauth2`: a token issued by the token endpoint (tokens.py).
- No requirement (or an empty `{}` alternative): anonymous access.
Authorization: a path parameter `customerId` must be one of the principal's customers
(403 PERMISSION_DENIED); `x-admin-only: true` needs an admin principal.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any

from mockserver.config import MockConfig
from mockserver.context import ApiError, Principal
from mockserver.errors import OAuthError
from mockserver.specs import Operation
from mockserver.tokens import TokenIssuer

ANONYMOUS = Principal(api="anonymous", subject="anonymous")


def parse_basic(header: str) -> tuple[str, str] | None:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value:
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    user, sep, password = decoded.partition(":")
    return (user, password) if sep else None


class Authenticator:
    def __init__(self, config: MockConfig, tokens: TokenIssuer) -> None:
        self.config = config
        self.tokens = tokens
        self._basic_cache: dict[tuple[str, str], Principal | None] = {}

    def authenticate(self, op: Operation, headers: Mapping[str, str]) -> Principal:
        alternatives = op.security_types()
        if not alternatives or any(not alt for alt in alternatives):
            return ANONYMOUS
        header = headers.get("authorization", "")
        failure: ApiError | None = None
        for alt in alternatives:
            try:
                return self._one(op, alt[0], header)
            except ApiError as exc:
                failure = failure or exc
        assert failure is not None
        raise failure

    def _one(self, op: Operation, kind: str, header: str) -> Principal:
        if kind == "basic":
            return self._basic(op, header)
        if kind == "bearer":
            return self._bearer(header)
        raise ApiError(401, f"unsupported security scheme {kind}")

    def _basic(self, op: Operation, header: str) -> Principal:
        key = (op.api, header)
        cached = self._basic_cache.get(key, False)
        if cached is False:
            cached = self._check_basic(op.api, header)
            if len(self._basic_cache) < 1024:
                self._basic_cache[key] = cached
        if cached is None:
            if op.api == "execvision":
                raise ApiError(
                    401,
                    "missing or invalid HTTP Basic credentials",
                    headers={"WWW-Authenticate": 'Basic realm="execvision"'},
                )
            raise OAuthError(401, "invalid_client", "client authentication failed")
        assert isinstance(cached, Principal)
        return cached

    def _check_basic(self, api: str, header: str) -> Principal | None:
        creds = parse_basic(header)
        if creds is None:
            return None
        user, password = creds
        if api == "execvision":
            ev = self.config.ev_users.get(user)
            if ev is None or ev.password != password:
                return None
            return Principal(api="execvision", subject=user, can_delete=ev.can_delete)
        client = self.config.cresta_clients.get(user)
        if client is None or client.secret != password:
            return None
        return Principal("cresta", user, customers=client.customers, admin=client.admin)

    def _bearer(self, header: str) -> Principal:
        scheme, _, token = header.partition(" ")
        www = {"WWW-Authenticate": 'Bearer realm="cresta"'}
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "missing bearer access token", grpc_code=16, headers=www)
        client_id, reason = self.tokens.lookup(token.strip())
        client = self.config.cresta_clients.get(client_id or "")
        if client_id is None or client is None:
            raise ApiError(401, reason or "unknown client", grpc_code=16, headers=www)
        return Principal("cresta", client_id, customers=client.customers, admin=client.admin)


def authorize(op: Operation, principal: Principal, path_params: Mapping[str, Any]) -> None:
    customer = path_params.get("customerId")
    if customer is not None and principal is not ANONYMOUS and customer not in principal.customers:
        raise ApiError(403, f"permission denied on customer {customer!r}", grpc_code=7)
    if op.extensions.get("x-admin-only") and not principal.admin:
        raise ApiError(403, "only admins may call this method", grpc_code=7)

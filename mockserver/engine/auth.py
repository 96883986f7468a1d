"""Authentication (from each operation's `security`) and spec-driven authorization.

The engine reads which schemes an operation accepts (`http basic`, `http bearer`, `oauth2`;
none, or an empty `{}` alternative, means anonymous access) and hands each alternative to
the credential check of the operation's plugin, which answers a Principal or raises the
API's own 401. Successful Basic checks are cached (bearer tokens expire, so they are not).
Authorization: `x-admin-only: true` needs an admin principal; a plugin may add its own
checks (`VendorPlugin.authorize`, e.g. tenancy).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mockserver.engine.context import ApiError, Principal
from mockserver.engine.plugin import Authorize, AuthRequest, CredentialCheck
from mockserver.engine.specs import Operation
from mockserver.engine.tokens import TokenIssuer

ANONYMOUS = Principal(api="anonymous", subject="anonymous")
_CACHE_LIMIT = 1024


def parse_basic(header: str) -> tuple[str, str] | None:
    """(user, password) of an `Authorization: Basic ...` header, None if it is not one."""
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value:
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    user, sep, password = decoded.partition(":")
    return (user, password) if sep else None


def bearer_token(header: str) -> str | None:
    """The token of an `Authorization: Bearer ...` header, None if it is not one."""
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


@dataclass(frozen=True)
class ApiCredentials:
    """One API's credential check and its accounts."""

    check: CredentialCheck | None
    accounts: Mapping[str, Any]
    authorize: Authorize | None = None


class Authenticator:
    def __init__(self, apis: Mapping[str, ApiCredentials], tokens: TokenIssuer) -> None:
        self.apis = apis
        self.tokens = tokens
        self._basic_cache: dict[tuple[str, str], Principal] = {}

    def authenticate(self, op: Operation, headers: Mapping[str, str]) -> Principal:
        alternatives = op.security_types()
        if not alternatives or any(not alt for alt in alternatives):
            return ANONYMOUS
        header = headers.get("authorization", "")
        failure: ApiError | None = None
        for alt in alternatives:
            try:
                return self._one(op.api, alt[0], header)
            except ApiError as exc:
                failure = failure or exc
        assert failure is not None
        raise failure

    def _one(self, api: str, kind: str, header: str) -> Principal:
        creds = self.apis.get(api)
        if kind not in ("basic", "bearer") or creds is None or creds.check is None:
            raise ApiError(401, f"unsupported security scheme {kind}")
        if kind != "basic":
            return creds.check(AuthRequest(kind, header, creds.accounts, self.tokens))
        key = (api, header)
        cached = self._basic_cache.get(key)
        if cached is None:
            cached = creds.check(AuthRequest(kind, header, creds.accounts, self.tokens))
            if len(self._basic_cache) < _CACHE_LIMIT:
                self._basic_cache[key] = cached
        return cached

    def authorize(self, op: Operation, principal: Principal, path_params: Mapping[str, Any]) -> None:
        creds = self.apis.get(op.api)
        if creds is not None and creds.authorize is not None and principal is not ANONYMOUS:
            creds.authorize(op, principal, path_params)
        if op.extensions.get("x-admin-only") and not principal.admin:
            raise ApiError(403, "only admins may call this method")

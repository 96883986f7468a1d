"""Authentication (from each operation's `security`) and spec-driven authorization.

The engine reads which schemes an operation accepts (`http basic`, `http bearer`, `oauth2`;
none, or an empty `{}` alternative, means anonymous access) and hands each alternative to
the credential check of the operation's plugin, which answers a Principal or raises the
API's own 401. Successful Basic checks are cached (bearer tokens expire, so they are not):
`BasicCache` keeps successes only, keyed by a SHA-256 of the API and the header (never the
header itself), least recently used first out past 1,024 entries, and is cleared on reset.
Authorization: `x-admin-only: true` needs an admin principal; a plugin may add its own
checks (`VendorPlugin.authorize`, e.g. tenancy).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mockserver.engine.context import ApiError, Principal
from mockserver.engine.plugin import Authorize, AuthRequest, CredentialCheck
from mockserver.engine.specs import Operation
from mockserver.engine.tokens import TokenIssuer

ANONYMOUS = Principal(api="anonymous", subject="anonymous")
CACHE_LIMIT = 1024


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


class BasicCache:
    """Principals of successful Basic checks: at most `limit`, least recently used out first."""

    def __init__(self, limit: int = CACHE_LIMIT) -> None:
        self.limit = limit
        self._entries: OrderedDict[bytes, Principal] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def _key(api: str, header: str) -> bytes:
        return hashlib.sha256(f"{api}\0{header}".encode("utf-8", "surrogateescape")).digest()

    def get(self, api: str, header: str) -> Principal | None:
        key = self._key(api, header)
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, api: str, header: str, principal: Principal) -> None:
        key = self._key(api, header)
        with self._lock:
            self._entries[key] = principal
            self._entries.move_to_end(key)
            while len(self._entries) > self.limit:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


class Authenticator:
    def __init__(
        self, apis: Mapping[str, ApiCredentials], tokens: TokenIssuer, cache: BasicCache | None = None
    ) -> None:
        self.apis = apis
        self.tokens = tokens
        self.basic_cache = cache if cache is not None else BasicCache()

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
        cached = self.basic_cache.get(api, header)
        if cached is None:
            cached = creds.check(AuthRequest(kind, header, creds.accounts, self.tokens))  # raises on failure
            self.basic_cache.put(api, header, cached)
        return cached

    def authorize(self, op: Operation, principal: Principal, path_params: Mapping[str, Any]) -> None:
        creds = self.apis.get(op.api)
        if creds is not None and creds.authorize is not None and principal is not ANONYMOUS:
            creds.authorize(op, principal, path_params)
        if op.extensions.get("x-admin-only") and not principal.admin:
            raise ApiError(403, "only admins may call this method")

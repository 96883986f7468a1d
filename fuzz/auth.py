"""Auth for the fuzzer, by the registry's auth kind, as schemathesis auth providers:
OAuth2 client credentials (refreshed before expiry), HTTP Basic, or a static bearer token.

`TokenSource` posts `{"grant_type": "client_credentials"}` with Basic client credentials to the
token URL (the spec's oauth2 security scheme) and keeps the token until shortly before
`expires_in` runs out. `*_provider(...)` wraps a credential source into the class
schemathesis' `auth()` registration expects; `live_provider(settings, client)` picks one for
an API's live settings.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol, TypeAlias

import httpx
from schemathesis import AuthContext, Case

from fuzz.settings import LiveSettings, SettingsError
from specmodel.registry import Identity

AnyCase: TypeAlias = Case[Any]


class AuthError(RuntimeError):
    """The token endpoint refused the client or answered something unusable."""


class Poster(Protocol):
    def post(self, url: str, *, json: Any, auth: Any) -> httpx.Response: ...


def basic_header(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


class TokenSource:
    """Client-credentials tokens, fetched on demand and refreshed before they expire."""

    def __init__(
        self,
        client: Poster,
        token_url: str,
        client_id: str,
        client_secret: str,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.clock = clock
        self.fetches = 0
        self._token: str | None = None
        self._refresh_at = 0.0
        self._lock = threading.Lock()

    def token(self) -> str:
        with self._lock:
            if self._token is None or self.clock() >= self._refresh_at:
                self._fetch()
            assert self._token is not None
            return self._token

    def invalidate(self) -> None:
        with self._lock:
            self._token = None

    def _fetch(self) -> None:
        started = self.clock()
        try:
            response = self.client.post(
                self.token_url,
                json={"grant_type": "client_credentials"},
                auth=(self.client_id, self.client_secret),
            )
        except httpx.HTTPError as exc:
            raise AuthError(f"token endpoint {self.token_url} unreachable: {exc}") from exc
        if response.status_code != 200:
            raise AuthError(
                f"token endpoint {self.token_url} answered {response.status_code} for client "
                f"{self.client_id!r}: {response.text[:200]}"
            )
        data = response.json()
        token, lifetime = data.get("access_token"), data.get("expires_in")
        if not isinstance(token, str) or not token or not isinstance(lifetime, int | float):
            raise AuthError(f"token endpoint {self.token_url} answered no access_token/expires_in")
        # Refresh a little early: a tenth of the lifetime, at most 30 s, before it runs out.
        self._refresh_at = started + float(lifetime) - min(30.0, float(lifetime) / 10)
        self._token = token
        self.fetches += 1


def _set_authorization(case: AnyCase, value: str) -> None:
    case.headers["Authorization"] = value


class Tokens(Protocol):
    def token(self) -> str: ...


class StaticToken:
    """A bearer token that never changes (the `bearer` auth kind)."""

    def __init__(self, value: str) -> None:
        self.value = value

    def token(self) -> str:
        return self.value


def bearer_provider(source: Tokens) -> type:
    """A schemathesis auth provider class sending `Authorization: Bearer <token>`."""

    class BearerAuth:
        def get(self, case: AnyCase, context: AuthContext) -> str:
            return source.token()

        def set(self, case: AnyCase, data: str, context: AuthContext) -> None:
            _set_authorization(case, f"Bearer {data}")

    return BearerAuth


def basic_provider(user: str, password: str) -> type:
    """A schemathesis auth provider class sending HTTP Basic credentials."""
    header = basic_header(user, password)

    class BasicAuth:
        def get(self, case: AnyCase, context: AuthContext) -> str:
            return header

        def set(self, case: AnyCase, data: str, context: AuthContext) -> None:
            _set_authorization(case, data)

    return BasicAuth


def authorization(settings: LiveSettings, client: Poster, identity: Identity = "main") -> Callable[[], str]:
    """The `Authorization` header value of an identity of the live settings, fetched on demand."""
    kind = settings.api.auth
    if kind == "oauth2-client-credentials":
        tokens = TokenSource(
            client,
            settings.role("token_url", identity),
            settings.role("client_id", identity),
            settings.role("client_secret", identity),
        )
        return lambda: f"Bearer {tokens.token()}"
    if kind == "bearer":
        value = settings.role("token", identity)
        return lambda: f"Bearer {value}"
    if kind == "basic":
        header = basic_header(settings.role("user", identity), settings.role("password", identity))
        return lambda: header
    raise SettingsError(f"{settings.api.name}: unknown auth kind {kind!r}")


def live_provider(settings: LiveSettings, client: Poster) -> tuple[type, Tokens | None]:
    """The auth provider class for an API's live settings, and its token source (if any)."""
    kind = settings.api.auth
    if kind == "oauth2-client-credentials":
        tokens = TokenSource(
            client, settings.role("token_url"), settings.role("client_id"), settings.role("client_secret")
        )
        return bearer_provider(tokens), tokens
    if kind == "bearer":
        static = StaticToken(settings.role("token"))
        return bearer_provider(static), static
    if kind == "basic":
        return basic_provider(settings.role("user"), settings.role("password")), None
    raise SettingsError(f"{settings.api.name}: unknown auth kind {kind!r}")

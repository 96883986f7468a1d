"""Cresta authentication as httpx.Auth flows: OAuth2 client credentials, or a static token.

ClientCredentialsAuth POSTs `{"grant_type": "client_credentials"}` with HTTP Basic client
authentication to the token URL, caches the access token until `expires_in` minus a skew,
and on a 401 fetches a new token once and sends the request again. One token fetch at a
time: a threading.Lock guards the sync flow, an asyncio.Lock the async flow.
"""

from __future__ import annotations

import asyncio
import base64
import math
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any

import httpx

from ._core import status_error

__all__ = ["BearerAuth", "ClientCredentialsAuth", "make_auth"]


class BearerAuth(httpx.Auth):
    """A static bearer token (`Authorization: Bearer <token>`)."""

    def __init__(self, token: str) -> None:
        if not token:
            raise ValueError("token must not be empty")
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request


def _oauth_error(response: httpx.Response) -> tuple[Any, str]:
    try:
        body = response.json()
    except ValueError:
        body = response.text or None
    if isinstance(body, dict) and "error" in body:
        detail = body.get("error_description") or body.get("message") or ""
        return body, f"token request failed: {body['error']}{': ' + str(detail) if detail else ''}"
    return body, f"token request failed with HTTP {response.status_code}"


class ClientCredentialsAuth(httpx.Auth):
    """OAuth2 client-credentials flow with a cached token (thread- and task-safe).

    `skew`: seconds before `expires_in` runs out at which the token counts as expired
    (at most half its lifetime). `clock`: a monotonic clock, injectable for tests.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        token_url: str,
        *,
        skew: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not client_id or not client_secret or not token_url:
            raise ValueError("client_id, client_secret and token_url are required")
        credentials = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode("ascii")
        self._basic = f"Basic {credentials}"
        self.client_id = client_id
        self.token_url = token_url
        self.skew = skew
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._async_lock = asyncio.Lock()

    def _token_request(self) -> httpx.Request:
        body = {"grant_type": "client_credentials"}
        headers = {"Authorization": self._basic, "Accept": "application/json"}
        return httpx.Request("POST", self.token_url, json=body, headers=headers)

    def _cached(self, stale: str | None) -> str | None:
        """The cached token unless it expired or is the one the server just refused."""
        if self._token is None or self._token == stale or self._clock() >= self._expires_at:
            return None
        return self._token

    def _store(self, response: httpx.Response) -> str:
        if not response.is_success:
            body, message = _oauth_error(response)
            raise status_error(response, body=body, message=message)
        try:
            data = response.json()
            token = data["access_token"]
            lifetime = float(data.get("expires_in") or math.inf)
        except (ValueError, KeyError, TypeError) as exc:
            raise status_error(response, body=response.text, message=f"bad token response: {exc!r}") from exc
        if not isinstance(token, str) or not token:
            raise status_error(response, body=data, message="bad token response: no access_token")
        self._token = token
        self._expires_at = self._clock() + max(lifetime - self.skew, lifetime / 2)
        return token

    def invalidate(self) -> None:
        """Forget the cached token: the next request fetches a new one."""
        self._token = None

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        stale: str | None = None
        for _ in range(2):  # the request, then once more after a 401 with a fresh token
            with self._lock:
                token = self._cached(stale)
                if token is None:
                    response = yield self._token_request()
                    response.read()
                    token = self._store(response)
            request.headers["Authorization"] = f"Bearer {token}"
            response = yield request
            if response.status_code != 401:
                return
            stale = token

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        stale: str | None = None
        for _ in range(2):
            async with self._async_lock:
                token = self._cached(stale)
                if token is None:
                    response = yield self._token_request()
                    await response.aread()
                    token = self._store(response)
            request.headers["Authorization"] = f"Bearer {token}"
            response = yield request
            if response.status_code != 401:
                return
            stale = token


def make_auth(
    *,
    client_id: str | None,
    client_secret: str | None,
    token_url: str | None,
    token: str | None,
    auth: httpx.Auth | None,
    token_skew: float = 30.0,
) -> httpx.Auth:
    """The one auth the arguments describe: client credentials, a static token, or `auth`."""
    given = [client_id is not None or client_secret is not None, token is not None, auth is not None]
    if sum(given) != 1:
        raise ValueError("pass either client_id + client_secret (+ token_url), or token, or auth")
    if auth is not None:
        return auth
    if token is not None:
        return BearerAuth(token)
    if not client_id or not client_secret or not token_url:
        raise ValueError("client credentials need client_id, client_secret and token_url")
    return ClientCredentialsAuth(client_id, client_secret, token_url, skew=token_skew)

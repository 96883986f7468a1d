"""Cresta authentication as httpx.Auth flows: OAuth2 client credentials, or a static token.

ClientCredentialsAuth POSTs `{"grant_type": "client_credentials"}` with HTTP Basic client
authentication to the token URL, caches the access token until `expires_in` minus a skew,
and on a 401 fetches a new token once and sends the request again. One token fetch at a
time: a threading.Lock guards the sync flow, an asyncio.Lock the async flow. The cache is
`_token_cache`; the flow is written once, for asyncio, in `_oauth_flow_async.py`.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._oauth_flow import SyncTokenFlow
from ._oauth_flow_async import AsyncTokenFlow

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


class ClientCredentialsAuth(SyncTokenFlow, AsyncTokenFlow):
    """OAuth2 client-credentials flow with a cached token (thread- and task-safe).

    `skew`: seconds before `expires_in` runs out at which the token counts as expired
    (at most half its lifetime). `clock`: a monotonic clock, injectable for tests.
    """


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

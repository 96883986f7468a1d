"""The OAuth2 client-credentials token cache behind `ClientCredentialsAuth`: the token request,
the cached token and its expiry, and the locks that make one fetch at a time.

The auth flows that use it are in `_oauth_flow_async.py` (the blocking one derived from it).
"""

from __future__ import annotations

import asyncio
import base64
import math
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

from ._core import USER_AGENT, status_error

__all__ = ["TokenCache"]


def _oauth_error(response: httpx.Response) -> tuple[Any, str]:
    try:
        body = response.json()
    except ValueError:
        body = response.text or None
    if isinstance(body, dict) and "error" in body:
        detail = body.get("error_description") or body.get("message") or ""
        return body, f"token request failed: {body['error']}{': ' + str(detail) if detail else ''}"
    return body, f"token request failed with HTTP {response.status_code}"


class TokenCache(httpx.Auth):
    """A cached client-credentials token; `_lock` guards the blocking flow, `_lock_async` the asyncio one."""

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
        self._lock_async = asyncio.Lock()

    def _token_request(self) -> httpx.Request:
        body = {"grant_type": "client_credentials"}
        headers = {"Authorization": self._basic, "Accept": "application/json", "User-Agent": USER_AGENT}
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

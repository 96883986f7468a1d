"""The client-credentials auth flow: a cached token, fetched once at a time, refreshed once on a 401.

Written for asyncio; the generator derives the blocking module from this one (unasync).
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._token_cache import TokenCache

__all__ = ["SyncTokenFlow"]


class SyncTokenFlow(TokenCache):
    """The auth flow half of `ClientCredentialsAuth`."""

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
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

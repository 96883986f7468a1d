"""The client-credentials auth flow: a cached token, fetched once at a time, refreshed once on a 401.

Written for asyncio; the generator derives the blocking module from this one (unasync).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator

import httpx

from ._token_cache import TokenCache

__all__ = ["AsyncTokenFlow"]


class AsyncTokenFlow(TokenCache):
    """The auth flow half of `ClientCredentialsAuth`."""

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        stale: str | None = None
        for _ in range(2):  # the request, then once more after a 401 with a fresh token
            async with self._lock_async:
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

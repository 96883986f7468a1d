"""The retry loop around one HTTP request (what is retried and how long to wait: `_sender`).

Written for asyncio; the generator derives the blocking module from this one (unasync).
"""

from __future__ import annotations

from typing import Any

import httpx

from ._errors import APIStatusError
from ._options import RequestOptions
from ._sender import Sender

__all__ = ["AsyncSender"]


class AsyncSender(Sender):
    """Sends the request an operation's generated `_get_kwargs` describes."""

    async def send(
        self, http: httpx.AsyncClient, kwargs: dict[str, Any], *, idempotent: bool, options: RequestOptions
    ) -> httpx.Response:
        retries, attempt = self._retries(idempotent, options), 0
        while True:
            if self.throttle is not None:
                await self.throttle.acquire_async()
            request = self._build(http, kwargs, options)
            try:
                if self.auth is not None:
                    response = await http.send(request, auth=self.auth)
                else:
                    response = await http.send(request)
            except (httpx.TransportError, APIStatusError) as exc:
                delay = self._next_delay(request, exc, attempt, retries)
            else:
                if response.is_success:
                    return response
                delay = self._next_delay(request, response, attempt, retries)
            await self.retry.async_sleep(delay)
            attempt += 1

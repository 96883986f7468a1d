"""The base class of the facades: one httpx connection pool, the calls through it, closing it.

Written for asyncio; the generator derives the blocking module from this one (unasync).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from types import TracebackType
from typing import Any, Self, TypeVar, cast

import httpx

from ._base import APIClient, E
from ._options import RequestOptions
from ._response import record_response
from ._send_async import AsyncSender
from ._user_agent import with_user_agent

__all__ = ["AsyncAPIClient"]

T = TypeVar("T")


class AsyncAPIClient(APIClient[E]):
    """Base of the facades; use it as a context manager (`with` / `async with`) or close() it."""

    _sender_type = AsyncSender
    _sender: AsyncSender
    _http: httpx.AsyncClient

    def _open(self, http_client: httpx.AsyncClient | None, auth: httpx.Auth, headers: Mapping[str, str] | None) -> None:
        """The connection pool (`http_client`, or one of our own) and `generated` on it.

        A given `http_client` without a base URL is left as it is; `generated` then gets a client of
        its own on that client's transport (so, the same connection pool), with the base URL and auth."""
        self._owns_http = http_client is None
        own_headers = with_user_agent(headers)
        self._sender = replace(self._sender, user_agent=own_headers["User-Agent"])
        settings: dict[str, Any] = {
            "base_url": self.base_url,
            "auth": auth,
            "timeout": self._sender.timeout,
            "headers": own_headers,
        }
        self._http = http_client or httpx.AsyncClient(**settings)
        if http_client is None or str(http_client.base_url):
            self.generated.set_async_httpx_client(self._http)
        else:
            self.generated.set_async_httpx_client(httpx.AsyncClient(**settings, transport=http_client._transport))

    async def _call(
        self,
        operation: str,
        kwargs: dict[str, Any],
        parse: Callable[..., T | E | None],
        options: RequestOptions,
        *,
        idempotent: bool | None = None,
    ) -> T:
        retry = self._idempotent(operation, idempotent)
        response = await self._sender.send(self._http, kwargs, idempotent=retry, options=options)
        record_response(response)  # for with_raw_response
        return cast(T, self._decode(operation, response, parse))

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

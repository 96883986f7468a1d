"""The base class of the facades: one httpx connection pool, the calls through it, closing it.

Written for asyncio; the generator derives the blocking module from this one (unasync).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar, cast

import httpx

from ._base import APIClient, E
from ._options import RequestOptions
from ._send_async import AsyncSender

__all__ = ["AsyncAPIClient"]

T = TypeVar("T")


class AsyncAPIClient(APIClient[E]):
    """Base of the facades; use it as a context manager (`with` / `async with`) or close() it."""

    _sender_type = AsyncSender
    _sender: AsyncSender
    _http: httpx.AsyncClient

    def _open(self, http_client: httpx.AsyncClient | None, auth: httpx.Auth, headers: Mapping[str, str] | None) -> None:
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            base_url=self.base_url, auth=auth, timeout=self._sender.timeout, headers=dict(headers or {})
        )
        self.generated.set_async_httpx_client(self._http)

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

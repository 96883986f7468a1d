"""The iterate-everything loop: a cursor (`_cursor`) decides the next request, the loop fetches pages.

Written for asyncio; the generator derives the blocking module from this one (unasync).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TypeVar

from ._cursor import AsyncFetch, Cursor

__all__ = ["iterate_async"]

P = TypeVar("P")
I = TypeVar("I")  # noqa: E741


async def iterate_async(cursor: Cursor[P, I], fetch: AsyncFetch[P]) -> AsyncIterator[I]:
    """Every item of every page; `fetch(**params)` gets one page."""
    while (params := cursor.next_params()) is not None:
        for item in cursor.feed(await fetch(**params)):
            yield item

"""The iterate-everything loop: a cursor (`_cursor`) decides the next request, the loop fetches pages.

Written for asyncio; the generator derives the blocking module from this one (unasync).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

from ._cursor import Cursor, SyncFetch

__all__ = ["iterate"]

P = TypeVar("P")
I = TypeVar("I")  # noqa: E741


def iterate(cursor: Cursor[P, I], fetch: SyncFetch[P]) -> Iterator[I]:
    """Every item of every page; `fetch(**params)` gets one page."""
    while (params := cursor.next_params()) is not None:
        for item in cursor.feed(fetch(**params)):
            yield item

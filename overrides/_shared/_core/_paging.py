"""Iterate-everything pagination: a cursor decides the next request, a loop fetches pages.

A cursor holds the paging rules of one list operation (page tokens, since/last_id, ...):
`next_params()` gives the keyword arguments of the next page request, or None when done;
`feed(page)` records a page and returns its items (de-duplicated where the API repeats).
The same cursor drives the sync and the async loop.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

__all__ = ["Cursor", "PaginationError", "iterate", "iterate_async", "snake_case"]

P_contra = TypeVar("P_contra", contravariant=True)
I_co = TypeVar("I_co", covariant=True)
P = TypeVar("P")
I = TypeVar("I")  # noqa: E741


def snake_case(json_name: str) -> str:
    """The generated models' attribute for a JSON field name: `nextPageToken` -> `next_page_token`."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", json_name).lower()


class PaginationError(RuntimeError):
    """Paging cannot continue: the server keeps answering the same page (see the message)."""


class Cursor(Protocol[P_contra, I_co]):
    def next_params(self) -> dict[str, Any] | None: ...

    def feed(self, page: P_contra) -> Sequence[I_co]: ...


def iterate(cursor: Cursor[P, I], fetch: Callable[..., P]) -> Iterator[I]:
    """Every item of every page; `fetch(**params)` gets one page."""
    while (params := cursor.next_params()) is not None:
        yield from cursor.feed(fetch(**params))


async def iterate_async(cursor: Cursor[P, I], fetch: Callable[..., Awaitable[P]]) -> AsyncIterator[I]:
    """Every item of every page; `await fetch(**params)` gets one page."""
    while (params := cursor.next_params()) is not None:
        for item in cursor.feed(await fetch(**params)):
            yield item

"""Iterate-everything pagination: a cursor decides the next request, a loop fetches pages.

A cursor holds the paging rules of one list operation (page tokens, since/last_id, ...):
`next_params()` gives the keyword arguments of the next page request, or None when done;
`feed(page)` records a page and returns its items (de-duplicated where the API repeats).
The same cursor drives the blocking and the asyncio loop (`_paging_async.py`, the blocking
one derived from it); `AsyncFetch` / `SyncFetch` are the types of their page fetchers.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol, TypeAlias, TypeVar

__all__ = ["AsyncFetch", "Cursor", "PaginationError", "SyncFetch", "snake_case"]

P_contra = TypeVar("P_contra", contravariant=True)
I_co = TypeVar("I_co", covariant=True)
P = TypeVar("P")

AsyncFetch: TypeAlias = Callable[..., Awaitable[P]]
"""`await fetch(**params)` gets one page."""
SyncFetch: TypeAlias = Callable[..., P]
"""`fetch(**params)` gets one page."""


def snake_case(json_name: str) -> str:
    """The generated models' attribute for a JSON field name: `nextPageToken` -> `next_page_token`."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", json_name).lower()


class PaginationError(RuntimeError):
    """Paging cannot continue: the server keeps answering the same page (see the message)."""


class Cursor(Protocol[P_contra, I_co]):
    def next_params(self) -> dict[str, Any] | None: ...

    def feed(self, page: P_contra) -> Sequence[I_co]: ...

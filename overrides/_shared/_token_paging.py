"""AIP-158 page-token paging: follow `nextPageToken` until it is omitted (or empty)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar, cast

from ._core import PaginationError, snake_case
from ._spec_rules import X_PAGINATION
from .types import UNSET

__all__ = ["PageTokenCursor"]

I = TypeVar("I")  # noqa: E741


class PageTokenCursor(Generic[I]):
    """Cursor for a pageToken list operation; `next_params()` gives `{"page_token": str | None}`."""

    def __init__(self, operation: str) -> None:
        rule = X_PAGINATION[operation]
        self.operation = operation
        self._items = snake_case(rule["itemsField"])
        self._next = snake_case(rule["nextField"])
        self._token: str | None = None
        self._done = False
        self._seen: set[str] = set()

    def next_params(self) -> dict[str, Any] | None:
        if self._done:
            return None
        return {"page_token": self._token}

    def feed(self, page: Any) -> Sequence[I]:
        items = getattr(page, self._items, UNSET)
        token = getattr(page, self._next, UNSET)
        if not isinstance(token, str) or not token:
            self._done = True
        elif token in self._seen:
            raise PaginationError(f"{self.operation}: the server returned the page token {token!r} twice")
        else:
            self._seen.add(token)
            self._token = token
        return cast(Sequence[I], items) if isinstance(items, list) else ()

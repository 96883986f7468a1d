"""Turn the facade's friendly arguments into what the generated functions take."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, Self, TypeVar, overload

from ._names import ResourceName
from .types import UNSET, Unset

__all__ = ["names", "with_page_token"]


Names = Sequence[str | ResourceName] | str | ResourceName


@overload
def names(values: Names) -> list[str]: ...
@overload
def names(values: Names | None) -> list[str] | Unset: ...
def names(values: Names | None) -> list[str] | Unset:
    """Resource names (strings or name objects; one or many) as a list of strings (UNSET for
    None: an optional parameter left out)."""
    if values is None:
        return UNSET
    if isinstance(values, str | ResourceName):
        return [str(values)]
    return [str(value) for value in values]


class _PagedBody(Protocol):
    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, src_dict: Any) -> Self: ...


B = TypeVar("B", bound=_PagedBody)


def with_page_token(body: B, page_token: str | None) -> B:
    """A copy of a request body with `pageToken` set (or removed for the first page)."""
    data = body.to_dict()
    data.pop("pageToken", None)
    if isinstance(page_token, str):
        data["pageToken"] = page_token
    return type(body).from_dict(data)

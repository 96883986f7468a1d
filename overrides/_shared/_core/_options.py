"""Per-call options accepted by every operation method as keyword arguments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict, TypeVar

import httpx

from ..types import UNSET, Unset
from ._errors import APIResponseValidationError

__all__ = ["NOT_GIVEN", "NotGiven", "RequestOptions", "TimeoutTypes", "optional", "required"]

V = TypeVar("V")

TimeoutTypes = float | httpx.Timeout | None


class NotGiven:
    """The type of NOT_GIVEN: "leave as it is" where None already means something."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


class RequestOptions(TypedDict, total=False):
    """`timeout`: seconds or an httpx.Timeout for this call (None: no timeout).
    `max_retries`: retries for this call (idempotent operations only).
    `extra_headers`: headers added to this call only."""

    timeout: TimeoutTypes
    max_retries: int
    extra_headers: Mapping[str, str]


def optional(value: V | None) -> V | Unset:
    """The facades' "not given" (None) as the generated functions' UNSET."""
    return UNSET if value is None else value


def required(value: V | Unset, operation: str, field: str) -> V:
    """A response field the facade returns; APIResponseValidationError if the server left it out."""
    if isinstance(value, Unset):
        raise APIResponseValidationError(f"{operation}: the response has no `{field}`", response=None)
    return value

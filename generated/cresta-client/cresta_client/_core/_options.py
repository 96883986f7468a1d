"""Per-call options accepted by every operation method as keyword arguments."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

import httpx

from ..types import UNSET, Unset
from ._errors import APIResponseValidationError

__all__ = ["NOT_GIVEN", "NotGiven", "RequestOptions", "TimeoutTypes", "check_options", "optional", "required"]

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
    `extra_headers`: headers added to this call only (they win over the client's).
    `extra_query`: query parameters added to this call only (they win over the method's)."""

    timeout: TimeoutTypes
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]


_OPTIONS = frozenset(RequestOptions.__optional_keys__)
# asked for by name, and refused with the reason rather than dropped
_UNSUPPORTED = {
    "idempotency_key": "the API documents no idempotency key, so the client has none to send",
    "extra_body": "the client sends the bodies the API description declares, built from the method's arguments",
}


def check_options(method: str, options: Mapping[str, object]) -> None:
    """TypeError for a per-call option the method does not take: never silently dropped.

    `**options: Unpack[RequestOptions]` lets a type checker see a misspelling; this check is the
    same at run time."""
    for name in sorted(set(options) - _OPTIONS):
        if name in _UNSUPPORTED:
            raise TypeError(f"{method}() does not take {name!r}: {_UNSUPPORTED[name]}")
        close = difflib.get_close_matches(name, sorted(_OPTIONS), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f" (per-call options: {', '.join(sorted(_OPTIONS))})"
        raise TypeError(f"{method}() got an unexpected keyword argument {name!r}{hint}")


def optional(value: V | None) -> V | Unset:
    """The facades' "not given" (None) as the generated functions' UNSET."""
    return UNSET if value is None else value


def required(value: V | Unset, operation: str, field: str) -> V:
    """A response field the facade returns; APIResponseValidationError if the server left it out."""
    if isinstance(value, Unset):
        raise APIResponseValidationError(f"{operation}: the response has no `{field}`", response=None)
    return value

"""`with_raw_response`: a facade method wrapped to return an `APIResponse` (see `_response`).

Written for asyncio; the generator derives the blocking module from this one (unasync).
"""

from __future__ import annotations

import functools
from typing import ParamSpec, TypeVar

from ._errors import APIResponseValidationError
from ._response import APIResponse, SyncMethod, capturing

__all__ = ["raw_response_wrapper"]

P = ParamSpec("P")
R = TypeVar("R")


def raw_response_wrapper(method: SyncMethod[P, R]) -> SyncMethod[P, APIResponse[R]]:
    """`method` (its arguments, retries, rate limiting and errors unchanged), returning the HTTP
    response with the parsed result."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        with capturing() as capture:
            try:
                parsed = method(*args, **kwargs)
            except APIResponseValidationError as exc:
                return capture.failed(exc)
            return capture.parsed(parsed)

    return wrapped

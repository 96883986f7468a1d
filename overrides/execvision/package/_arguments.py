"""Turn the facade's friendly arguments into what the generated code takes.

`overrides/execvision/facade.yaml` names these adapters; the generated facades call them.
"""

from __future__ import annotations

from typing import Literal

from ._ratelimit import RateLimiter
from .models import SearchCallsQuery

__all__ = ["RateLimitArg", "field_equals", "make_rate_limiter"]

RateLimitArg = RateLimiter | float | Literal["vendor"] | None


def field_equals(field: str, value: str) -> SearchCallsQuery:
    """`/calls/search?<field>=<value>`: one field (e.g. `metadata.company`), the value lowercased
    (the spec's pattern admits no capitals: the server matches lowercased values)."""
    return SearchCallsQuery.from_dict({field: value.lower()})


def make_rate_limiter(arg: RateLimitArg) -> RateLimiter | None:
    """The constructor's `rate_limiter=`: "vendor" (the documented windows), a number of
    requests per second, a RateLimiter (e.g. shared between clients), or None (off)."""
    if arg == "vendor":
        return RateLimiter()
    if isinstance(arg, int | float):
        return RateLimiter(float(arg))
    return arg

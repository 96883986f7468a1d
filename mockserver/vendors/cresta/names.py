"""Request-argument checks shared by the Cresta handlers: resource names, scalars, errors.

Names look like `customers/{customer_id}/profiles/{profile_id}/usecases/{usecase_id}`. Their form
is checked by the engine against the spec's (assumed) patterns; a name given in a body or query
under another customer than the request's is PERMISSION_DENIED, when the operation's assumed
rule `own-customer-names` is enforced (not docs-only).
"""

from __future__ import annotations

import re
from typing import Any, NoReturn

from mockserver.engine.context import ApiError, RequestContext

SEGMENT = r"[A-Za-z0-9][A-Za-z0-9_-]*"
_SEGMENT_RE = re.compile(f"^{SEGMENT}$")

INVALID_ARGUMENT = 3
NOT_FOUND = 5
ALREADY_EXISTS = 6
PERMISSION_DENIED = 7


def invalid(message: str) -> NoReturn:
    raise ApiError(400, message, grpc_code=INVALID_ARGUMENT)


def not_found(message: str) -> NoReturn:
    raise ApiError(404, message, grpc_code=NOT_FOUND)


def already_exists(message: str) -> NoReturn:
    raise ApiError(409, message, grpc_code=ALREADY_EXISTS)


def permission_denied(message: str) -> NoReturn:
    raise ApiError(403, message, grpc_code=PERMISSION_DENIED)


def customer_name(ctx: RequestContext) -> str:
    return f"customers/{ctx.path_params['customerId']}"


def profile_name(ctx: RequestContext) -> str:
    """The request's parent profile, `customers/{c}/profiles/{p}`."""
    return f"{customer_name(ctx)}/profiles/{ctx.path_params['profileId']}"


def is_segment(value: str) -> bool:
    return bool(_SEGMENT_RE.match(value))


_CUSTOMER_OF = re.compile(r"^customers/([^/]+)/")


def _child(ctx: RequestContext, value: Any, collection: str, field: str) -> None:
    """A resource name given in a request (`.../<collection>/<id>`). Its form is the schema's
    business (the patterns, which the spec marks x-assumed): the engine has validated it, and
    docs-only a name of any form is accepted. Here only its customer: a name under another
    customer than the request's is 403 PERMISSION_DENIED (the assumed rule
    `own-customer-names`). A name of another profile of the same customer is accepted."""
    if not isinstance(value, str):
        invalid(f"{field}: expected a resource name (a string) of the {collection} collection")
    match = _CUSTOMER_OF.match(value)
    customer = ctx.path_params["customerId"]
    if match is not None and match.group(1) != customer and ctx.enforces("own-customer-names"):
        permission_denied(f"{field}: permission denied on {value!r}: it is not a resource of customer {customer!r}")


def profile_child(ctx: RequestContext, value: Any, collection: str, field: str) -> None:
    """Check the name `value` of a profile resource (`customers/{c}/profiles/{p}/<collection>/<id>`)."""
    _child(ctx, value, collection, field)


def customer_child(ctx: RequestContext, value: Any, collection: str, field: str) -> None:
    """Check the name `value` of a customer resource (`customers/{c}/<collection>/<id>`: users, groups, teams)."""
    _child(ctx, value, collection, field)


def profile_children(ctx: RequestContext, values: Any, collection: str, field: str) -> list[str]:
    """Check a repeated name field; return the names unchanged (order kept)."""
    names = str_list(values, field)
    for value in names:
        profile_child(ctx, value, collection, field)
    return names


def customer_children(ctx: RequestContext, values: Any, collection: str, field: str) -> list[str]:
    names = str_list(values, field)
    for value in names:
        customer_child(ctx, value, collection, field)
    return names


def str_list(value: Any, field: str) -> list[str]:
    """A repeated string field: None gives [], a lone string gives [it]."""
    if value is None:
        return []
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        invalid(f"{field}: expected a list of strings")
    return list(items)


def sorted_unique(values: list[str]) -> list[str]:
    """The canonical form of an OR-ed filter list (order and repeats do not matter)."""
    return sorted(set(values))


def number(value: Any, field: str) -> float:
    """A finite JSON number (query values may still be strings)."""
    try:
        result = float(value)
    except (TypeError, ValueError):
        invalid(f"{field}: expected a number, got {value!r}")
    if isinstance(value, bool) or result != result or result in (float("inf"), float("-inf")):
        invalid(f"{field}: expected a finite number, got {value!r}")
    return result


def int64(value: Any, field: str) -> int:
    """A non-negative proto int64 (a JSON string or integer); unset gives 0. Docs-only, the
    schema's (assumed) pattern is not applied: a value that is no such number is then taken as
    0 (unset) rather than rejected."""
    if value is None or value == "" or isinstance(value, bool) or not isinstance(value, (str, int)):
        return 0
    try:
        result = int(value)
    except ValueError:
        return 0
    return result if 0 <= result < 2**63 else 0

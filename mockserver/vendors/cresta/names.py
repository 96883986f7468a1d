"""Request-argument checks shared by the Cresta handlers: resource names, scalars, errors.

Names look like `customers/{customer_id}/profiles/{profile_id}/usecases/{usecase_id}`. A name
given in a body or query must be well formed and lie under the request's own customer (and
profile, for profile-scoped collections); anything else is INVALID_ARGUMENT.
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


_OWNER_RE = {
    "customer": re.compile(f"^customers/{SEGMENT}$"),
    "profile": re.compile(f"^customers/{SEGMENT}/profiles/{SEGMENT}$"),
}
_OWNER_FORMAT = {
    "customer": "customers/{customer_id}",
    "profile": "customers/{customer_id}/profiles/{profile_id}",
}


def _id_placeholder(collection: str) -> str:
    singular = collection[:-1] if collection.endswith("s") else collection
    return "{" + re.sub(r"(?<!^)([A-Z])", r"_\1", singular).lower() + "_id}"


def _child(value: Any, parent: str, collection: str, field: str, owner: str) -> str:
    fmt = f"{_OWNER_FORMAT[owner]}/{collection}/{_id_placeholder(collection)}"
    if not isinstance(value, str):
        invalid(f"{field}: expected a resource name of the form {fmt}")
    prefix, sep, leaf = value.rpartition(f"/{collection}/")
    if not sep or not _OWNER_RE[owner].match(prefix) or not is_segment(leaf):
        invalid(f"{field}: invalid resource name {value!r}, expected the format {fmt}")
    if prefix != parent:
        invalid(f"{field}: {value!r} is not under {parent}")
    return leaf


def profile_child(ctx: RequestContext, value: Any, collection: str, field: str) -> str:
    """Check `value` is `<request profile>/<collection>/<id>`; return the id."""
    return _child(value, profile_name(ctx), collection, field, "profile")


def customer_child(ctx: RequestContext, value: Any, collection: str, field: str) -> str:
    """Check `value` is `<request customer>/<collection>/<id>` (users, groups, teams)."""
    return _child(value, customer_name(ctx), collection, field, "customer")


def profile_children(ctx: RequestContext, values: Any, collection: str, field: str) -> list[str]:
    """Validate a repeated name field; return the names unchanged (order kept)."""
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
    """A proto int64 (a JSON string or integer); unset gives 0; negatives are rejected."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        invalid(f"{field}: expected an int64 string")
    try:
        result = int(value)
    except ValueError:
        invalid(f"{field}: expected an int64 string, got {value!r}")
    if result < 0 or result >= 2**63:
        invalid(f"{field}: must be between 0 and 2^63-1, got {value!r}")
    return result

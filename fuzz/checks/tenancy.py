"""Tenancy: another tenant's identity never gets this tenant's data.

Every successful read is replayed with a second identity (another customer's client, another
account's user): registered in-process by the tests, live from the
environment (the registry's `live.second` variables; without them the check does not run).
The second identity may be refused (403, 404) or answered with its own data, but a success
that returns what the first identity got, or any of the same listed items, is a leak.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fuzz.checks.calls import Call
from fuzz.checks.registry import CheckFailed, semantic_check

__all__ = ["second_identity", "tenant_isolation", "use_second_identity"]

# id(schema.raw_schema) -> the second identity's Authorization value. The raw document, not the
# schema object: pytest's parametrize and the state machine work on clones that share it.
_SECOND: dict[int, Callable[[], str]] = {}


def use_second_identity(schema: Any, authorization: Callable[[], str]) -> None:
    """Check `schema`'s operations against a second tenant's `Authorization` header value."""
    _SECOND[id(schema.raw_schema)] = authorization


def second_identity(schema: Any) -> Callable[[], str] | None:
    return _SECOND.get(id(schema.raw_schema))


def _has_data(body: Any) -> bool:
    return body not in (None, [], {}, "")


@semantic_check(probes=10)
def tenant_isolation(call: Call) -> bool:
    """A second tenant's identity replaying a successful read gets none of its data."""
    authorization = second_identity(call.case.operation.schema)
    if authorization is None or "Authorization" not in (call.case.headers or {}):
        return False
    first = call.json()
    if not _has_data(first):
        return False
    response = call.send(headers={"Authorization": authorization()})
    if not 200 <= response.status_code < 300:
        return True
    try:
        second = response.json()
    except ValueError:
        return True
    if second == first:
        raise CheckFailed(f"{call.label}: another tenant's identity got the same answer ({response.status_code})")
    mine, theirs = call.items(first) or [], call.items(second) or []
    shared = {call.key(i) for i in mine} & {call.key(i) for i in theirs}
    if shared:
        raise CheckFailed(
            f"{call.label}: another tenant's identity sees {len(shared)} of the same items: {sorted(shared)[:3]}"
        )
    return True

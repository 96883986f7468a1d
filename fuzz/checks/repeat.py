"""Determinism: an operation the docs call deterministic answers the same request the same way.

`x-deterministic: true` on the operation (SampleConversations: "The sample is deterministic
(pseudorandom with a fixed seed dependent on the input request)"). The check replays the request
once and compares the listed items (the whole bodies where nothing is listed).
"""

from __future__ import annotations

from fuzz.checks.calls import Call
from fuzz.checks.registry import CheckFailed, semantic_check


@semantic_check(probes=3)
def same_answer_twice(call: Call) -> bool:
    """A request to an `x-deterministic` operation, sent again, gets the same items."""
    if call.op.get("x-deterministic") is not True:
        return False
    response = call.send()
    if response.status_code != call.response.status_code:
        raise CheckFailed(
            f"{call.label}: the same request answered {call.response.status_code}, then {response.status_code}"
        )
    try:
        again = response.json()
    except ValueError:
        return True
    # the listed items: a page's other fields may hold the time of the request (pageEndTime
    # defaults to now), which the docs' determinism is not about
    first, second = call.items(), call.items(again)
    if first is None or second is None:
        first, second = call.json(), again
    elif not first:
        return False  # nothing listed: two empty answers prove nothing, so the budget is not spent
    if first != second:
        raise CheckFailed(f"{call.label}: the same request (documented deterministic) got other items")
    return True

"""List/get consistency: an item a list shows is the object its get returns.

`x-list-get` on the list operation names the get and how an item fills the get's path
parameters; the list request's own path parameters (a tenant and a profile, say) carry over.
Every field both show must be equal, except those `ignore` lists (the docs say they differ).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fuzz.checks.calls import Call, field_value
from fuzz.checks.registry import CheckFailed, semantic_check
from specmodel.extensions import list_get

ITEMS_PER_CHECK = 3


@semantic_check(probes=3)
def list_get_consistent(call: Call) -> bool:
    """The first, middle and last items of a list are found by their get, with the same values (x-list-get)."""
    declared = list_get(call.op)
    items = call.items()
    if declared is None or not items:
        return False
    try:
        target = call.case.operation.schema.find_operation_by_id(declared.operation_id)
    except Exception:  # noqa: BLE001 - the get is not part of the loaded schema: nothing to compare
        return False
    spread = sorted({0, len(items) // 2, len(items) - 1})[:ITEMS_PER_CHECK]  # first, middle, last
    for item in (items[i] for i in spread):
        if not isinstance(item, Mapping):
            continue
        params = dict(call.case.path_parameters or {})
        params.update({name: field_value(item, path) for name, path in declared.parameters.items()})
        response = call.send(operation=target, path_parameters=params)
        if response.status_code != 200:
            raise CheckFailed(
                f"{call.label} lists {params} but {declared.operation_id} answers {response.status_code}: "
                f"{response.text[:200]}"
            )
        got: Any = response.json()
        if declared.response_field:
            got = field_value(got, declared.response_field)
        if not isinstance(got, Mapping):
            raise CheckFailed(f"{declared.operation_id} of {params} gave no object: {response.text[:200]}")
        for name, value in item.items():
            if name in declared.ignore or name not in got:
                continue
            if got[name] != value:
                raise CheckFailed(
                    f"{call.label} and {declared.operation_id} disagree on {params}: the list has "
                    f"{name}={value!r}, the get {name}={got[name]!r}"
                )
    return True

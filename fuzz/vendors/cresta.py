"""Cresta's positive-case rules that neither the schema nor an `x-` extension says (see fuzz.constraints).

The schema now carries every cross-field rule JSON Schema can say (e.g. OverriddenAgent's oneOf),
and the mock accepts what no schema can say and the docs do not state (time ranges in any order,
redaction ranges outside the text, timestamps outside the protobuf range), so only the rule
below is left: it honours an assumed rule and is skipped in docs-only live runs.
"""

from __future__ import annotations

import re
from typing import Any

from fuzz.rules import AnyCase, rewrite_strings, rule

_NAME = re.compile(r"^customers/([^/]+)/(?:profiles/([^/]+)/)?")


@rule(assumed=True)
def names_in_request_parent(case: AnyCase, op: dict[str, Any]) -> None:
    """The assumed rule `own-customer-names` (spec/cresta.yaml, info.description and the
    operations' x-assumed): a resource name of another customer is refused with 403
    PERMISSION_DENIED. Generated names get the path's customer (and profile), so that positive
    cases get past that refusal to the operation itself."""
    path = case.path_parameters or {}
    customer, profile = path.get("customerId"), path.get("profileId")
    if not isinstance(customer, str) or not customer:
        return

    def fix(value: str) -> str:
        m = _NAME.match(value)
        if m is None:
            return value
        prefix = f"customers/{customer}/"
        if m.group(2) is not None and isinstance(profile, str) and profile:
            prefix += f"profiles/{profile}/"
        elif m.group(2) is not None:
            return value
        return prefix + value[m.end() :]

    rewrite_strings(case, fix)

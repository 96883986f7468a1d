"""Links fan out: a link from a list's first item holds for every item.

A response link such as `{id: $response.body#/0/id}` (listCalls -> getTranscript) promises the
target operation can be called with the first listed item's values. Nothing makes the first
item special, so this check follows the link for a spread of the other items too (first,
quarters, last) and fails if the target answers a server error. Only links between reads, as
the rest of this package.
"""

from __future__ import annotations

import re
from typing import Any

from fuzz.checks.calls import Call, field_value
from fuzz.checks.registry import CheckFailed, semantic_check

FIRST_ITEM = re.compile(r"^\$response\.body#/0/(.+)$")
SPREAD = 5  # items per link


def _links(call: Call) -> list[tuple[str, dict[str, str]]]:
    """(target operationId, {parameter: item field}) of the response's first-item links."""
    response = call.resolve((call.op.get("responses") or {}).get(str(call.response.status_code))) or {}
    out = []
    for link in (response.get("links") or {}).values():
        link = call.resolve(link)
        params = link.get("parameters") or {}
        fields = {name: FIRST_ITEM.match(str(value)) for name, value in params.items()}
        if link.get("operationId") and fields and all(fields.values()):
            out.append((str(link["operationId"]), {n: m.group(1).replace("/", ".") for n, m in fields.items() if m}))
    return out


@semantic_check(probes=3)
def links_fan_out(call: Call) -> bool:
    """A first-item response link, followed for other listed items, gets no server error."""
    items = call.json()
    if not isinstance(items, list) or len(items) < 2:
        return False
    links = _links(call)
    if not links:
        return False
    picks = sorted({round(i * (len(items) - 1) / (SPREAD - 1)) for i in range(SPREAD)})[1:]
    for operation_id, fields in links:
        try:
            target = call.case.operation.schema.find_operation_by_id(operation_id)
        except Exception:  # noqa: BLE001 - the target is not part of the loaded schema
            continue
        if str(target.method).lower() != "get":
            continue
        for index in picks:
            params: dict[str, Any] = {name: field_value(items[index], path) for name, path in fields.items()}
            if any(v is None for v in params.values()):
                continue
            response = call.send(operation=target, path_parameters=params)
            if response.status_code >= 500:
                raise CheckFailed(
                    f"{call.label}: its link to {operation_id} works for the first item, but item {index} "
                    f"({params}) answers {response.status_code}: {response.text[:160]}"
                )
    return True

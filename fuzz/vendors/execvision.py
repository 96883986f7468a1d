"""ExecVision's positive-case rules that neither the schema nor an `x-` extension says (see fuzz.constraints)."""

from __future__ import annotations

from typing import Any

from fuzz.rules import AnyCase, query_of, rule


@rule
def window_filter_together(case: AnyCase, op: dict[str, Any]) -> None:
    """listCallTopics: "if `window_length` (in seconds) and `minimum_matches` are given (both
    must be given together), a sliding window filter is applied" (spec/execvision.yaml)."""
    if op.get("operationId") != "listCallTopics":
        return
    query = query_of(case)
    present = [name for name in ("window_length", "minimum_matches") if name in query]
    if len(present) == 1:
        del query[present[0]]

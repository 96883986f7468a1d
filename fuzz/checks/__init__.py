"""Semantic checks, registered with schemathesis on import (see `fuzz.checks.registry`).

| check | reads | sends requests |
|---|---|---|
| `paging_complete` | `x-pagination` | yes: the walk at the largest and two small page sizes |
| `filters_honoured` | `x-filter`, `x-pagination` since | no |
| `documented_order` | `x-order`, `x-pagination` since | no |
| `list_get_consistent` | `x-list-get` | yes: the get of the first items |
| `tenant_isolation` | a second identity | yes: the replay as the other tenant |
| `bounds_enforced` | the parameters' schemas | no |
| `page_size_respected` | `x-pagination` | no |
| `since_boundary` | `x-pagination` since | yes: `since` one minute after a listed item |
| `same_answer_twice` | `x-deterministic` | yes: the same request again |
| `links_fan_out` | the responses' first-item links | yes: the link for other items |
"""

from fuzz.checks import bounds, fanout, filters, listget, ordering, paging, repeat, tenancy
from fuzz.checks.registry import CHECKS, CheckFailed, CheckSpec, reset_budgets, semantic_check
from fuzz.checks.tenancy import use_second_identity

__all__ = [
    "CHECKS",
    "CheckFailed",
    "CheckSpec",
    "bounds",
    "fanout",
    "filters",
    "listget",
    "ordering",
    "paging",
    "repeat",
    "reset_budgets",
    "semantic_check",
    "tenancy",
    "use_second_identity",
]

"""Vendor rules embedded from spec/cresta.yaml (the client cannot read the spec at run time).

Written by the generator (generator/facades/spec_rules.py) from the spec and
overrides/cresta/facade.yaml: do not edit. tests/client/test_spec_rules.py compares them
with the spec.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "CONDITIONALLY_IDEMPOTENT",
    "IDEMPOTENT_OPERATIONS",
    "X_DEFAULT_PAGE_SIZE",
    "X_LIMIT_COUNTS",
    "X_MAX_LIMIT_WHEN",
    "X_PAGINATION",
    "X_SCORING_TABLE",
]

# Retried on failure: every GET and DELETE, the operations marked `x-idempotent: true`, and those
# the facade policy (facade.yaml) marks idempotent.
IDEMPOTENT_OPERATIONS: frozenset[str] = frozenset(
    [
        "deleteConversation",
        "deleteTarget",
        "getConversation",
        "listCoachingComments",
        "listSuggestionUsage",
        "redactConversationMessage",
        "retrieveTotalAgentQuota",
        "sampleConversations",
        "updateTarget",
    ]
)

# Retried only when the call names the new resource (facade.yaml `idempotent_when_set`): a repeat
# then fails with a conflict instead of creating a duplicate.
CONDITIONALLY_IDEMPOTENT: frozenset[str] = frozenset(["createCoachingComment"])

# `x-pagination` of each paged operation.
X_PAGINATION: dict[str, dict[str, Any]] = {
    "listCoachingComments": {
        "style": "pageToken",
        "tokenParam": "pageToken",
        "nextField": "nextPageToken",
        "itemsField": "coachingComments",
        "key": ["name"],
    },
    "sampleConversations": {
        "style": "pageToken",
        "tokenParam": "pageToken",
        "nextField": "nextPageToken",
        "itemsField": "sampledConversations",
        "key": ["name"],
    },
    "listSuggestionUsage": {
        "style": "pageToken",
        "tokenParam": "pageToken",
        "nextField": "nextPageToken",
        "itemsField": "suggestionUsages",
        "key": ["name"],
    },
}

# `x-default-page-size`: the page size when none is sent.
X_DEFAULT_PAGE_SIZE: dict[str, int] = {"sampleConversations": 10000, "listSuggestionUsage": 50}

# `x-limit-counts`: what `limit` counts where it is not items.
X_LIMIT_COUNTS: dict[str, str] = {}

# `x-max-limit-when`: a lower `limit` maximum under a condition.
X_MAX_LIMIT_WHEN: dict[str, dict[str, Any]] = {}

# `x-scoring-table` of the schemas: scheme -> answer, raw answer, percentage.
X_SCORING_TABLE: dict[str, list[dict[str, Any]]] = {}

"""Vendor rules embedded from spec/cresta.yaml (the client cannot read the spec at run time).

tests/client/test_spec_rules.py asserts that these equal the spec's `x-` extensions and
HTTP methods, so they cannot drift apart.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CONDITIONALLY_IDEMPOTENT", "IDEMPOTENT_OPERATIONS", "X_DEFAULT_PAGE_SIZE", "X_PAGINATION"]

# Retried on failure: every GET and DELETE, UpdateTarget (a PATCH that sets absolute values),
# and the operations marked `x-idempotent: true` (read-only POSTs, and :redact, which gives
# the same result for the same indices).
IDEMPOTENT_OPERATIONS = frozenset(
    {
        "deleteConversation",
        "deleteTarget",
        "getConversation",
        "listCoachingComments",
        "listSuggestionUsage",
        "redactConversationMessage",
        "retrieveTotalAgentQuota",
        "sampleConversations",
        "updateTarget",
    }
)
# Retried only when the caller names the new resource: a repeat then fails with 409
# ALREADY_EXISTS instead of creating a duplicate.
CONDITIONALLY_IDEMPOTENT = frozenset({"createCoachingComment"})

X_PAGINATION: dict[str, dict[str, Any]] = {
    "listCoachingComments": {
        "style": "pageToken",
        "tokenParam": "pageToken",
        "nextField": "nextPageToken",
        "itemsField": "coachingComments",
    },
    "sampleConversations": {
        "style": "pageToken",
        "tokenParam": "pageToken",
        "nextField": "nextPageToken",
        "itemsField": "sampledConversations",
    },
    "listSuggestionUsage": {
        "style": "pageToken",
        "tokenParam": "pageToken",
        "nextField": "nextPageToken",
        "itemsField": "suggestionUsages",
    },
}
X_DEFAULT_PAGE_SIZE: dict[str, int] = {"sampleConversations": 10000, "listSuggestionUsage": 50}

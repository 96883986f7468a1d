"""Vendor rules embedded from spec/execvision.yaml (the client cannot read the spec at run time).

Written by the generator (generator/facades/spec_rules.py) from the spec and
overrides/execvision/facade.yaml: do not edit. tests/client/test_spec_rules.py compares them
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
    "X_RATE_LIMIT",
    "X_SCORING_TABLE",
]

# Retried on failure: every GET and DELETE, the operations marked `x-idempotent: true`, and those
# the facade policy (facade.yaml) marks idempotent.
IDEMPOTENT_OPERATIONS: frozenset[str] = frozenset(
    [
        "checkAccess",
        "deleteCall",
        "getCall",
        "getKpi",
        "getScorecard",
        "getTranscript",
        "listCallTopics",
        "listCalls",
        "listDeletedCalls",
        "listDepartments",
        "listFeedback",
        "listKpis",
        "listListens",
        "listMeetings",
        "listPlans",
        "listScores",
        "listShares",
        "listTeams",
        "listTopics",
        "listUsers",
        "searchCalls",
    ]
)

# Retried only when the call names the new resource (facade.yaml `idempotent_when_set`): a repeat
# then fails with a conflict instead of creating a duplicate.
CONDITIONALLY_IDEMPOTENT: frozenset[str] = frozenset([])

# `x-pagination` of each paged operation.
X_PAGINATION: dict[str, dict[str, Any]] = {
    "listCalls": {
        "style": "sinceLastId",
        "sinceField": "modified",
        "fallbackSinceField": "callTime",
        "idField": "id",
        "sinceGranularity": "minute",
        "repeatsLastId": True,
        "minProgressLimit": 2,
    },
    "listDeletedCalls": {
        "style": "sinceLastId",
        "sinceField": "deletedAt",
        "idField": "id",
        "sinceGranularity": "minute",
        "repeatsLastId": True,
        "minProgressLimit": 2,
    },
    "listCallTopics": {
        "style": "sinceLastId",
        "sinceField": "modified",
        "idField": "callId",
        "sinceGranularity": "minute",
        "repeatsLastId": True,
        "minProgressLimit": 2,
    },
    "listListens": {
        "style": "since",
        "sinceField": "date",
        "key": ["callId", "listener", "date"],
        "sinceGranularity": "minute",
    },
    "listScores": {
        "style": "since",
        "sinceField": "modified",
        "key": ["resultId", "questionId"],
        "sinceGranularity": "minute",
    },
    "listFeedback": {
        "style": "since",
        "sinceField": "modified",
        "key": ["callId", "feedbackBy", "feedbackAt"],
        "sinceGranularity": "minute",
    },
    "listShares": {
        "style": "since",
        "sinceField": "sharedAt",
        "key": ["callId", "sharedBy", "sharedAt"],
        "sinceGranularity": "minute",
    },
    "listMeetings": {"style": "since", "sinceField": "modified", "key": ["meetingId"], "sinceGranularity": "minute"},
    "listPlans": {"style": "since", "sinceField": "modified", "key": ["planId"], "sinceGranularity": "minute"},
    "listKpis": {
        "style": "since",
        "sinceField": "modified",
        "key": ["kpiId", "observerId", "observedId", "observedAt"],
        "sinceGranularity": "minute",
    },
}

# `x-default-page-size`: the page size when none is sent.
X_DEFAULT_PAGE_SIZE: dict[str, int] = {}

# `x-limit-counts`: what `limit` counts where it is not items.
X_LIMIT_COUNTS: dict[str, str] = {"listScores": "scorecardResults"}

# `x-max-limit-when`: a lower `limit` maximum under a condition.
X_MAX_LIMIT_WHEN: dict[str, dict[str, Any]] = {"listCalls": {"render_templates": True, "maximum": 100}}

# `x-scoring-table` of the schemas: scheme -> answer, raw answer, percentage.
X_SCORING_TABLE: dict[str, list[dict[str, Any]]] = {
    "OneToFive": [
        {"answer": 0, "rawAnswer": 0, "percentage": 0},
        {"answer": 1, "rawAnswer": 1, "percentage": 20},
        {"answer": 2, "rawAnswer": 2, "percentage": 40},
        {"answer": 3, "rawAnswer": 3, "percentage": 60},
        {"answer": 4, "rawAnswer": 4, "percentage": 80},
        {"answer": 5, "rawAnswer": 5, "percentage": 100},
    ],
    "OneToThree": [
        {"answer": 0, "rawAnswer": 0, "percentage": 0},
        {"answer": 1, "rawAnswer": 1, "percentage": 33},
        {"answer": 2, "rawAnswer": 3, "percentage": 66},
        {"answer": 3, "rawAnswer": 5, "percentage": 100},
    ],
    "OneTwo": [
        {"answer": 0, "rawAnswer": 0, "percentage": 0},
        {"answer": 1, "rawAnswer": 3, "percentage": 50},
        {"answer": 2, "rawAnswer": 5, "percentage": 100},
    ],
    "YesNo": [{"answer": "no", "rawAnswer": 0, "percentage": 0}, {"answer": "yes", "rawAnswer": 5, "percentage": 100}],
    "PassFail": [
        {"answer": "fail", "rawAnswer": 0, "percentage": 0},
        {"answer": "pass", "rawAnswer": 5, "percentage": 100},
    ],
}

# The root `x-rate-limit`: local wall-clock windows [start, end) in `timezone`.
X_RATE_LIMIT: dict[str, Any] = {
    "timezone": "America/New_York",
    "windows": [
        {"start": "06:00", "end": "21:00", "requestsPerSecond": 5},
        {"start": "21:00", "end": "06:00", "requestsPerSecond": 25},
    ],
    "overLimit": "queue",
    "queueTimeoutSeconds": 60,
}

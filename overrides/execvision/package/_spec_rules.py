"""Vendor rules embedded from spec/execvision.yaml (the client cannot read the spec at run time).

tests/client/test_spec_rules.py asserts that these equal the spec's `x-` extensions and HTTP
methods, so they cannot drift apart.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "IDEMPOTENT_OPERATIONS",
    "X_LIMIT_COUNTS",
    "X_MAX_LIMIT_WHEN",
    "X_PAGINATION",
    "X_RATE_LIMIT",
    "X_SCORING_TABLE",
]

# Every ExecVision operation is a GET or a DELETE, so every one may be retried.
IDEMPOTENT_OPERATIONS = frozenset(
    {
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
    }
)

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

_LAST_ID = {"style": "sinceLastId", "sinceGranularity": "minute", "repeatsLastId": True}
_SINCE = {"style": "since", "sinceGranularity": "minute"}
X_PAGINATION: dict[str, dict[str, Any]] = {
    "listCalls": {**_LAST_ID, "sinceField": "modified", "fallbackSinceField": "callTime", "idField": "id"},
    "listDeletedCalls": {**_LAST_ID, "sinceField": "deletedAt", "idField": "id"},
    "listCallTopics": {**_LAST_ID, "sinceField": "modified", "idField": "callId"},
    "listListens": {**_SINCE, "sinceField": "modified", "key": ["callId", "listener", "date"]},
    "listScores": {**_SINCE, "sinceField": "modified", "key": ["resultId", "questionId"]},
    "listFeedback": {**_SINCE, "sinceField": "modified", "key": ["callId", "feedbackBy", "feedbackAt"]},
    "listShares": {**_SINCE, "sinceField": "sharedAt", "key": ["callId", "sharedBy", "sharedAt"]},
    "listMeetings": {**_SINCE, "sinceField": "modified", "key": ["meetingId"]},
    "listPlans": {**_SINCE, "sinceField": "modified", "key": ["planId"]},
    "listKpis": {**_SINCE, "sinceField": "modified", "key": ["kpiId", "observerId", "observedId", "observedAt"]},
}
# `limit` of listScores counts scorecard results (distinct resultId), not answers.
X_LIMIT_COUNTS: dict[str, str] = {"listScores": "scorecardResults"}
X_MAX_LIMIT_WHEN: dict[str, dict[str, Any]] = {"listCalls": {"render_templates": True, "maximum": 100}}

# components.schemas.ScoringScheme `x-scoring-table`: answer -> raw answer -> percentage.
X_SCORING_TABLE: dict[str, list[dict[str, Any]]] = {
    "OneToFive": [{"answer": n, "rawAnswer": n, "percentage": 20 * n} for n in range(6)],
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
    "YesNo": [
        {"answer": "no", "rawAnswer": 0, "percentage": 0},
        {"answer": "yes", "rawAnswer": 5, "percentage": 100},
    ],
    "PassFail": [
        {"answer": "fail", "rawAnswer": 0, "percentage": 0},
        {"answer": "pass", "rawAnswer": 5, "percentage": 100},
    ],
}

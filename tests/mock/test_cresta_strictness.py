"""Cresta over HTTP in both strictness levels: what the schema's assumed keywords and the
operations' assumed rules reject by default, the docs-only mock accepts; documented rules are
enforced in both. (Handler details: tests/mock/test_cresta_*.py.)"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
from starlette.testclient import TestClient  # noqa: E402

from mockserver.engine.app import MockApp, create_app  # noqa: E402
from tests.helpers.mock import make_config  # noqa: E402

P = "/v1/customers/acme/profiles/default"
SALES = "customers/acme/profiles/default/usecases/sales"
GLOBEX = "customers/globex"
TEMPLATE = "customers/acme/profiles/default/scorecardTemplates/qa-template"
MOMENT = "customers/acme/profiles/default/moments/moment-1"
QUOTA = f"{P}/scorecardTemplates/qa-template@rev-1:retrieveTotalAgentQuota"
REDACT = f"{P}/conversations/conv-1/messages/msg-1:redact"
TARGET = {"target.scorecardTemplateName": TEMPLATE, "target.target": "80", "target.usecaseName": SALES}
COMMENT = {
    "creatorUserName": "customers/acme/users/agent-1",
    "createTime": "2026-11-20T10:00:00Z",
    "updateTime": "2026-11-20T10:00:00Z",
    "message": "Well done",
}
REVERSED = {"startTime": "2026-11-20T00:00:00Z", "endTime": "2026-11-01T00:00:00Z"}

# (what, method, path, query, body, status by default, status docs-only)
CASES: list[tuple[str, str, str, dict[str, Any] | None, Any, int, int]] = [
    # documented: enforced in both modes
    ("usecaseNames missing", "GET", f"{P}/coachingComments", {}, None, 400, 400),
    ("target above 100", "PATCH", f"{P}/targets/target-1", {**TARGET, "target.target": "101"}, None, 400, 400),
    ("comment without message", "POST", f"{P}/coachingComments", None, {**COMMENT, "message": None}, 400, 400),
    ("unknown sampling method", "POST", f"{P}/conversations:sample", None, {"samplingMethod": "X"}, 400, 400),
    # assumed schema keywords: rejected by default only
    ("two usecases", "GET", f"{P}/coachingComments", {"usecaseNames": [SALES, SALES + "2"]}, None, 400, 200),
    ("negative pageSize", "GET", f"{P}/coachingComments", {"usecaseNames": SALES, "pageSize": -1}, None, 400, 200),
    (
        "malformed plan name",
        "GET",
        f"{P}/coachingComments",
        {"usecaseNames": SALES, "coachingPlanNames": "p"},
        None,
        400,
        200,
    ),
    ("empty message", "POST", f"{P}/coachingComments", None, {**COMMENT, "message": ""}, 400, 200),
    ("malformed tagged user", "POST", f"{P}/coachingComments", None, {**COMMENT, "taggedUsers": ["u1"]}, 400, 200),
    ("malformed usecase", "PATCH", f"{P}/targets/target-1", {**TARGET, "target.usecaseName": "sales"}, None, 400, 200),
    (
        "override with neither",
        "POST",
        QUOTA,
        None,
        {"overrideTaskCompleteConfig": {"overriddenAgents": [{}]}},
        400,
        200,
    ),
    (
        "override with both",
        "POST",
        QUOTA,
        None,
        {
            "overrideTaskCompleteConfig": {
                "overriddenAgents": [{"user": "customers/acme/users/agent-1", "group": "customers/acme/groups/g1"}]
            }
        },
        400,
        200,
    ),  # fmt: skip
    (
        "negative count",
        "POST",
        QUOTA,
        None,
        {"overrideTaskCompleteConfig": {"evaluatedConversationCountPerAgent": -1}},
        400,
        200,
    ),
    ("ratio above 1", "POST", f"{P}/conversations:sample", None, {"filter": {"maxConversationRatio": 1.5}}, 400, 200),
    ("negative int64", "POST", f"{P}/conversations:sample", None, {"filter": {"maxConversations": "-1"}}, 400, 200),
    (
        "malformed team",
        "POST",
        f"{P}/conversations:suggestionUsages",
        None,
        {"filter": {"usersOrTeamsTeams": ["t"]}},
        400,
        200,
    ),
    ("negative index", "POST", REDACT, None, {"moment": MOMENT, "startIndex": -1, "endIndex": 3}, 400, 200),
    # assumed behaviour rules: enforced by default only
    (
        "another customer's usecase",
        "GET",
        f"{P}/coachingComments",
        {"usecaseNames": f"{GLOBEX}/profiles/default/usecases/s"},
        None,
        403,
        200,
    ),
    (
        "another customer's user",
        "POST",
        f"{P}/coachingComments",
        None,
        {**COMMENT, "creatorUserName": f"{GLOBEX}/users/u"},
        403,
        200,
    ),
    (
        "another customer's group",
        "POST",
        QUOTA,
        None,
        {"overrideTaskCompleteConfig": {"overriddenAgents": [{"group": f"{GLOBEX}/groups/g"}]}},
        403,
        200,
    ),
    (
        "another customer's template",
        "PATCH",
        f"{P}/targets/target-1",
        {**TARGET, "target.scorecardTemplateName": f"{GLOBEX}/profiles/p/scorecardTemplates/t"},
        None,
        403,
        200,
    ),
    (
        "another customer's users",
        "POST",
        f"{P}/conversations:suggestionUsages",
        None,
        {"filter": {"usersOrGroupsUsers": [f"{GLOBEX}/users/u"]}},
        403,
        200,
    ),
    (
        "a moment that is no ENTITY",
        "POST",
        REDACT,
        None,
        {"moment": MOMENT[:-1] + "3", "startIndex": 0, "endIndex": 2},
        400,
        200,
    ),
    # not expressible in a schema, not in the docs: accepted in both modes
    (
        "another profile's plan",
        "GET",
        f"{P}/coachingComments",
        {"usecaseNames": SALES, "coachingPlanNames": "customers/acme/profiles/x/coachingPlans/p"},
        None,
        200,
        200,
    ),
    (
        "never-issued page token",
        "GET",
        f"{P}/coachingComments",
        {"usecaseNames": SALES, "pageToken": "Cgljb21tZW50LTI"},
        None,
        200,
        200,
    ),
    ("reversed sample range", "POST", f"{P}/conversations:sample", None, {"filter": REVERSED}, 200, 200),
    (
        "reversed usage range",
        "POST",
        f"{P}/conversations:suggestionUsages",
        None,
        {"filter": {"rangeStartTime": REVERSED["startTime"], "rangeEndTime": REVERSED["endTime"]}},
        200,
        200,
    ),  # fmt: skip
    ("reversed evaluation period", "POST", QUOTA, None, {"evaluationPeriod": REVERSED}, 200, 200),
    (
        "redaction past the text",
        "POST",
        REDACT,
        None,
        {"moment": MOMENT, "startIndex": 0, "endIndex": 2**31 - 1},
        200,
        200,
    ),
    ("empty redaction", "POST", REDACT, None, {"moment": MOMENT, "startIndex": 0, "endIndex": 0}, 200, 200),
    (
        "time before the Timestamp range",
        "POST",
        f"{P}/conversations:sample",
        None,
        {"filter": {"startTime": "0001-01-01T00:00:00+01:00"}},
        200,
        200,
    ),  # fmt: skip
]


@pytest.fixture(scope="module", params=["assumed", "docs"])
def mode(request: pytest.FixtureRequest) -> Iterator[tuple[str, MockApp, TestClient]]:
    app = create_app(make_config(strictness=request.param))
    with TestClient(app, base_url="http://testserver") as client:
        yield request.param, app, client


@pytest.mark.parametrize(
    ("what", "method", "path", "query", "body", "default", "docs"), CASES, ids=[c[0] for c in CASES]
)
def test_status_per_strictness(
    mode: tuple[str, MockApp, TestClient],
    what: str,
    method: str,
    path: str,
    query: dict[str, Any] | None,
    body: Any,
    default: int,
    docs: int,
) -> None:
    strictness, app, client = mode
    app.reset()
    headers = {"Authorization": f"Bearer {app.issue_token('acme-client')}"}
    response = client.request(method, path, params=query, json=body, headers=headers)
    expected = default if strictness == "assumed" else docs
    assert response.status_code == expected, (what, response.text)
    if expected >= 400:
        assert response.json()["code"] == {400: 3, 403: 7}[expected]


def test_a_token_of_other_filters_is_rejected_only_by_default(mode: tuple[str, MockApp, TestClient]) -> None:
    strictness, app, client = mode
    app.reset()
    headers = {"Authorization": f"Bearer {app.issue_token('acme-client')}"}
    url = f"{P}/coachingComments"
    first = client.get(url, headers=headers, params={"usecaseNames": SALES, "pageSize": 1}).json()
    changed = {"usecaseNames": SALES, "threadIds": "thread-1", "pageToken": first["nextPageToken"]}
    response = client.get(url, headers=headers, params=changed)
    assert response.status_code == (400 if strictness == "assumed" else 200), response.text

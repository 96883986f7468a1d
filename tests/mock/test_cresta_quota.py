"""RetrieveTotalAgentQuota, on a hand-built store with known answers and on the seed."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from mockserver.engine.store import MemoryStore
from mockserver.vendors.cresta.coaching import retrieve_total_agent_quota
from mockserver.vendors.cresta.times import fmt_time
from tests.helpers.cresta import ACME, NOW, call, call_error, make_ctx, seeded_store

REV = {"scorecardTemplateId": "qa-template", "revisionId": "rev-1"}
SALES, SUPPORT = f"{ACME}/usecases/sales", f"{ACME}/usecases/support"
USERS, GROUPS = "customers/acme/users/", "customers/acme/groups/"


@pytest.fixture
def store() -> MemoryStore:
    """a1 (g1), a2, a3 (g1, g2) active in sales; a4 in sales 40 days ago; a5 in support."""
    store = MemoryStore()
    store.put("cresta.scorecardTemplates", f"{ACME}/scorecardTemplates/qa-template@rev-1", {
        "name": f"{ACME}/scorecardTemplates/qa-template@rev-1",
        "template": f"{ACME}/scorecardTemplates/qa-template",
        "usecaseNames": [SALES, SUPPORT],
        "taskCompleteConfig": {
            "evaluatedConversationCountPerAgent": 5,
            "overriddenAgents": [
                {"user": f"{USERS}a2", "evaluatedConversationCountPerAgent": 10},
                {"group": f"{GROUPS}g1", "evaluatedConversationCountPerAgent": 7},
                {"group": f"{GROUPS}g2", "evaluatedConversationCountPerAgent": 9},
            ],
        },
    })  # fmt: skip
    for user, groups in (("a1", ["g1"]), ("a2", []), ("a3", ["g1", "g2"]), ("a4", []), ("a5", ["g2"])):
        store.put("cresta.users", USERS + user, {"name": USERS + user, "groups": [GROUPS + g for g in groups]})
    for i, (user, usecase, days) in enumerate(
        [("a1", SALES, 1), ("a1", SALES, 2), ("a2", SALES, 3), ("a3", SALES, 29), ("a4", SALES, 40), ("a5", SUPPORT, 5)]
    ):
        name = f"{ACME}/conversations/c{i}"
        start = fmt_time(NOW - timedelta(days=days))
        store.put(
            "cresta.conversations",
            name,
            {"name": name, "agentUserName": USERS + user, "usecase": usecase, "startTime": start},
        )
    store.put("cresta.conversations", "customers/globex/profiles/default/conversations/x", {
        "name": "customers/globex/profiles/default/conversations/x",
        "agentUserName": "customers/globex/users/z", "usecase": SALES, "startTime": fmt_time(NOW),
    })  # fmt: skip
    return store


def quota(store: MemoryStore, body: dict[str, Any], path: dict[str, str] = REV) -> dict[str, Any]:
    return call(retrieve_total_agent_quota, make_ctx(store, "retrieveTotalAgentQuota", path=path, body=body))  # type: ignore[no-any-return]


def test_stored_config_with_user_and_group_overrides(store: MemoryStore) -> None:
    # a1 → g1: 7, a2 → user: 10, a3 → first matching group (g1): 7; a4 inactive (40 days ago)
    assert quota(store, {"usecaseName": SALES}) == {"totalAgentQuota": 24, "totalActiveAgentsCount": 3}


def test_without_usecase_all_template_usecases_count(store: MemoryStore) -> None:
    assert quota(store, {}) == {"totalAgentQuota": 33, "totalActiveAgentsCount": 4}  # + a5 via g2: 9


def test_request_override_replaces_stored_config(store: MemoryStore) -> None:
    body = {
        "usecaseName": SALES,
        "overrideTaskCompleteConfig": {
            "evaluatedConversationCountPerAgent": 2,
            "overriddenAgents": [{"group": f"{GROUPS}g2", "evaluatedConversationCountPerAgent": 4}],
        },
    }
    assert quota(store, body) == {"totalAgentQuota": 8, "totalActiveAgentsCount": 3}  # 2 + 2 + 4


def test_evaluation_period(store: MemoryStore) -> None:
    period = {"startTime": fmt_time(NOW - timedelta(days=45)), "endTime": fmt_time(NOW - timedelta(days=2))}
    # a1's conversations (1 and 2 days ago) fall outside: the end is exclusive; a2, a3, a4 count
    body = {"usecaseName": SALES, "evaluationPeriod": period}
    assert quota(store, body) == {"totalAgentQuota": 10 + 7 + 5, "totalActiveAgentsCount": 3}
    body = {"usecaseName": SALES, "evaluationPeriod": {"startTime": fmt_time(NOW - timedelta(days=2, hours=12))}}
    assert quota(store, body) == {"totalAgentQuota": 7, "totalActiveAgentsCount": 1}  # start only: end = now


def test_unknown_template_or_revision(store: MemoryStore) -> None:
    for path, what in (({"scorecardTemplateId": "nope", "revisionId": "rev-1"}, "scorecard template"),
                       ({"scorecardTemplateId": "qa-template", "revisionId": "rev-9"}, "revision rev-9")):  # fmt: skip
        ctx = make_ctx(store, "retrieveTotalAgentQuota", path=path, body={})
        assert what in call_error(retrieve_total_agent_quota, ctx, 404, 5).message


@pytest.mark.parametrize(
    "body",
    [
        {"usecaseName": "customers/globex/profiles/default/usecases/sales"},
        {"overrideTaskCompleteConfig": {"overriddenAgents": [{"user": "customers/globex/users/a1"}]}},
    ],
)
def test_names_of_another_customer_are_denied(store: MemoryStore, body: dict[str, Any]) -> None:
    call_error(retrieve_total_agent_quota, make_ctx(store, "retrieveTotalAgentQuota", path=REV, body=body), 403, 7)
    docs_only = make_ctx(store, "retrieveTotalAgentQuota", path=REV, body=body, docs_only=True)
    assert call(retrieve_total_agent_quota, docs_only)["totalAgentQuota"] >= 0


def test_a_reversed_period_is_empty(store: MemoryStore) -> None:
    period = {"startTime": fmt_time(NOW), "endTime": fmt_time(NOW - timedelta(days=1))}
    assert quota(store, {"evaluationPeriod": period}) == {"totalAgentQuota": 0, "totalActiveAgentsCount": 0}


def test_docs_only_overrides_the_schema_would_reject(store: MemoryStore) -> None:
    """The schema's assumed oneOf and minimum reject these; docs-only they reach the handler:
    an override with both counts as a user override, one with neither is ignored, and a
    negative count is 0."""
    base = {"usecaseName": SALES, "overrideTaskCompleteConfig": {"evaluatedConversationCountPerAgent": 5}}
    agents = [{"user": f"{USERS}agent-1", "group": f"{GROUPS}g1", "evaluatedConversationCountPerAgent": 10}]
    user_only = [{"user": f"{USERS}agent-1", "evaluatedConversationCountPerAgent": 10}]

    def docs_only(config: dict[str, Any]) -> Any:
        body = {**base, "overrideTaskCompleteConfig": config}
        return call(
            retrieve_total_agent_quota, make_ctx(store, "retrieveTotalAgentQuota", path=REV, body=body, docs_only=True)
        )

    plain = docs_only({"evaluatedConversationCountPerAgent": 5})
    assert docs_only({"evaluatedConversationCountPerAgent": 5, "overriddenAgents": agents}) == docs_only(
        {"evaluatedConversationCountPerAgent": 5, "overriddenAgents": user_only}
    )
    assert docs_only({"evaluatedConversationCountPerAgent": 5, "overriddenAgents": [{}]}) == plain
    assert docs_only({"evaluatedConversationCountPerAgent": -1})["totalAgentQuota"] == 0


def test_on_seed_data_spec_example() -> None:
    store = seeded_store()
    body = {
        "usecaseName": SALES,
        "overrideTaskCompleteConfig": {
            "evaluatedConversationCountPerAgent": 5,
            "overriddenAgents": [{"user": f"{USERS}agent-1", "evaluatedConversationCountPerAgent": 10}],
        },
    }
    out = quota(store, body)
    active = {
        c["agentUserName"]
        for c in store.values("cresta.conversations")
        if c["name"].startswith(ACME) and c["usecase"] == SALES and c["startTime"] >= fmt_time(NOW - timedelta(days=30))
    }
    assert out["totalActiveAgentsCount"] == len(active) > 3
    assert out["totalAgentQuota"] == 5 * len(active) + (5 if f"{USERS}agent-1" in active else 0)

"""ListSuggestionUsage: OR within a filter field, AND across fields; paging."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from mockserver.engine.store import MemoryStore
from mockserver.vendors.cresta.conversation import list_suggestion_usage
from mockserver.vendors.cresta.times import fmt_time
from tests.helpers.cresta import ACME, NOW, call, call_error, make_ctx, seeded_store

USERS, TEAMS, GROUPS = "customers/acme/users/", "customers/acme/teams/", "customers/acme/groups/"


@pytest.fixture(scope="module")
def store() -> MemoryStore:
    return seeded_store()  # read-only here


def usages(store: MemoryStore) -> list[dict[str, Any]]:
    return [u for u in store.values("cresta.suggestionUsages") if u["name"].startswith(ACME)]


def listing(store: MemoryStore, **body: Any) -> dict[str, Any]:
    return call(list_suggestion_usage, make_ctx(store, "listSuggestionUsage", body=body))  # type: ignore[no-any-return]


def everything(store: MemoryStore, **filters: Any) -> set[str]:
    out = listing(store, pageSize=1000, filter=filters)
    assert "nextPageToken" not in out
    return {u["name"] for u in out["suggestionUsages"]}


def test_default_page_size_50_and_paging(store: MemoryStore) -> None:
    first = listing(store)
    assert len(first["suggestionUsages"]) == 50
    second = listing(store, pageToken=first["nextPageToken"])
    assert not {u["name"] for u in first["suggestionUsages"]} & {u["name"] for u in second["suggestionUsages"]}
    times = [datetime.fromisoformat(u["createTime"]) for u in first["suggestionUsages"] + second["suggestionUsages"]]
    assert times == sorted(times)
    assert everything(store) == {u["name"] for u in usages(store)}


def test_or_within_users_or_teams(store: MemoryStore) -> None:
    got = everything(store, usersOrTeamsUsers=[USERS + "agent-1"], usersOrTeamsTeams=[TEAMS + "team-east"])
    expected = {u["name"] for u in usages(store) if u["user"] == USERS + "agent-1" or u["team"] == TEAMS + "team-east"}
    assert got == expected and len(expected) > len(everything(store, usersOrTeamsUsers=[USERS + "agent-1"])) > 0


def test_groups_match_membership(store: MemoryStore) -> None:
    got = everything(store, usersOrGroupsGroups=[GROUPS + "group-new-hires"])
    members = {u["name"] for u in store.values("cresta.users") if GROUPS + "group-new-hires" in u.get("groups", [])}
    assert got and got == {u["name"] for u in usages(store) if u["user"] in members}


def test_and_across_fields(store: MemoryStore) -> None:
    start, end = NOW - timedelta(days=30), NOW - timedelta(days=5)
    filters = {
        "rangeStartTime": fmt_time(start),
        "rangeEndTime": fmt_time(end),
        "usersOrTeamsTeams": [TEAMS + "team-west", TEAMS + "team-east"],
        "messageKeyword": "REFUND",
    }
    expected = {
        u["name"]
        for u in usages(store)
        if start <= datetime.fromisoformat(u["createTime"]) < end
        and u["team"] in (TEAMS + "team-west", TEAMS + "team-east")
        and "refund" in u["text"].lower()
    }
    assert expected and everything(store, **filters) == expected
    assert everything(store, **filters, usersOrGroupsUsers=[USERS + "nobody"]) == set()


def test_token_bound_to_filter(store: MemoryStore) -> None:
    token = listing(store, filter={"messageKeyword": "the"}, pageSize=5)["nextPageToken"]
    assert listing(store, filter={"messageKeyword": "the"}, pageToken=token)["suggestionUsages"]
    ctx = make_ctx(store, "listSuggestionUsage", body={"filter": {"messageKeyword": "a"}, "pageToken": token})
    call_error(list_suggestion_usage, ctx, 400, 3)


def test_names_of_another_customer_are_denied(store: MemoryStore) -> None:
    body = {"filter": {"usersOrGroupsUsers": ["customers/globex/users/agent-1"]}}
    call_error(list_suggestion_usage, make_ctx(store, "listSuggestionUsage", body=body), 403, 7)
    docs_only = make_ctx(store, "listSuggestionUsage", body=body, docs_only=True)
    assert call(list_suggestion_usage, docs_only) == {"suggestionUsages": []}


def test_a_reversed_time_range_lists_nothing(store: MemoryStore) -> None:
    body = {"filter": {"rangeStartTime": fmt_time(NOW), "rangeEndTime": fmt_time(NOW - timedelta(days=1))}}
    assert listing(store, **body) == {"suggestionUsages": []}

"""ListCoachingComments / CreateCoachingComment."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from mockserver.engine.context import ApiError
from mockserver.engine.store import MemoryStore
from mockserver.vendors.cresta.coaching import create_coaching_comment, list_coaching_comments
from mockserver.vendors.cresta.times import by_create_time
from tests.helpers.cresta import ACME, call, call_error, make_ctx, seeded_store

SALES = f"{ACME}/usecases/sales"
PLAN1 = f"{ACME}/coachingPlans/plan-1"


@pytest.fixture
def store() -> MemoryStore:
    return seeded_store()


def listing(store: MemoryStore, docs_only: bool = False, **query: Any) -> dict[str, Any]:
    ctx = make_ctx(store, "listCoachingComments", query=query, docs_only=docs_only)
    return call(list_coaching_comments, ctx)  # type: ignore[no-any-return]


def new_comment(**extra: Any) -> dict[str, Any]:
    return {
        "creatorUserName": "customers/acme/users/manager-1",
        "coachingPlanName": PLAN1,
        "usecaseName": SALES,
        "createTime": "2026-11-20T10:00:00Z",
        "updateTime": "2026-11-20T10:00:00Z",
        "message": "Nice call — well done 👍",
        **extra,
    }


def all_pages(store: MemoryStore, docs_only: bool = False, **query: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    token = None
    while True:
        page = listing(store, docs_only, **query, **({"pageToken": token} if token else {}))
        items += page["coachingComments"]
        token = page.get("nextPageToken")
        if token is None:
            return items
        assert token != ""


def test_default_page_size_is_50_and_pages_cover_everything(store: MemoryStore) -> None:
    expected = [c for c in store.values("cresta.coachingComments") if c.get("usecaseName") == SALES]
    assert len(expected) > 50
    first = listing(store, usecaseNames=[SALES])
    assert len(first["coachingComments"]) == 50 and "nextPageToken" in first
    items = all_pages(store, usecaseNames=[SALES], pageSize=7)
    assert sorted(c["name"] for c in items) == sorted(c["name"] for c in expected)
    assert [c["createTime"] for c in items] == sorted(c["createTime"] for c in items)  # oldest first


def test_oversized_page_is_coerced_and_last_page_has_no_token(store: MemoryStore) -> None:
    page = listing(store, usecaseNames=[SALES], pageSize=5000)
    assert "nextPageToken" not in page and len(page["coachingComments"]) > 50


@pytest.mark.parametrize("usecases", [None, []])
def test_usecase_required(store: MemoryStore, usecases: list[str] | None) -> None:
    ctx = make_ctx(store, "listCoachingComments", query={} if usecases is None else {"usecaseNames": usecases})
    err = call_error(list_coaching_comments, ctx, 400, 3)
    assert "Made optional for backwards compatibility, is actually required" in err.message


def test_docs_only_several_usecases_are_or_ed(store: MemoryStore) -> None:
    """More than one usecase is rejected by the schema's assumed maxItems; docs-only they reach
    the handler, which ORs them like the other filters."""
    support = f"{ACME}/usecases/support"
    both = all_pages(store, usecaseNames=[SALES, support], docs_only=True)
    assert {c["name"] for c in both} == {
        c["name"] for c in all_pages(store, usecaseNames=[SALES]) + all_pages(store, usecaseNames=[support])
    }


def test_names_of_another_customer_are_denied(store: MemoryStore) -> None:
    query = {"usecaseNames": ["customers/globex/profiles/default/usecases/sales"]}
    call_error(list_coaching_comments, make_ctx(store, "listCoachingComments", query=query), 403, 7)
    docs_only = make_ctx(store, "listCoachingComments", query=query, docs_only=True)
    assert call(list_coaching_comments, docs_only) == {"coachingComments": []}
    other_profile = {"usecaseNames": [SALES], "coachingPlanNames": ["customers/acme/profiles/x/coachingPlans/plan-1"]}
    assert listing(store, **other_profile) == {"coachingComments": []}  # matches nothing, not refused


def test_filters_and_within_or_across(store: MemoryStore) -> None:
    items = all_pages(store, usecaseNames=[SALES], threadIds=["thread-1", "thread-2"], coachingPlanNames=[PLAN1])
    assert items and all(c["thread"] in ("thread-1", "thread-2") and c["coachingPlanName"] == PLAN1 for c in items)
    stored = store.values("cresta.coachingComments")
    expected = {
        c["name"]
        for c in stored
        if c["name"].startswith(ACME) and c["thread"] in ("thread-1", "thread-2") and c["coachingPlanName"] == PLAN1
    }
    assert {c["name"] for c in items} == expected
    assert all_pages(store, usecaseNames=[SALES], threadIds=["no-such-thread"]) == []


def test_token_bound_to_filters_and_parent(store: MemoryStore) -> None:
    first = listing(store, usecaseNames=[SALES], pageSize=5)
    token, last = first["nextPageToken"], by_create_time(first["coachingComments"][-1])
    assert listing(store, usecaseNames=[SALES], pageSize=9, pageToken=token)["coachingComments"]  # size may change
    changed = {"usecaseNames": [SALES], "threadIds": ["thread-1"], "pageToken": token}
    call_error(list_coaching_comments, make_ctx(store, "listCoachingComments", query=changed), 400, 3)
    foreign = make_ctx(
        store,
        "listCoachingComments",
        customer="globex",
        query={"usecaseNames": ["customers/globex/profiles/default/usecases/sales"], "pageToken": token},
    )
    call_error(list_coaching_comments, foreign, 400, 3)
    relaxed = call(list_coaching_comments, make_ctx(store, "listCoachingComments", query=changed, docs_only=True))
    thread = listing(store, usecaseNames=[SALES], threadIds=["thread-1"], pageSize=1000)["coachingComments"]
    after = [c for c in thread if by_create_time(c) > last][:50]
    assert after and relaxed["coachingComments"] == after  # docs-only: the token's cursor, whatever the filters


def test_tokens_the_mock_never_issued_give_the_first_page(store: MemoryStore) -> None:
    token = listing(store, usecaseNames=[SALES], pageSize=5)["nextPageToken"]
    first = listing(store, usecaseNames=[SALES])
    for never_issued in ("Cgljb21tZW50LTI", token[:-2] + ("AA" if token[-2:] != "AA" else "BB"), "%%%"):
        assert listing(store, usecaseNames=[SALES], pageToken=never_issued) == first


def test_docs_only_a_negative_page_size_is_the_default(store: MemoryStore) -> None:
    """The schema's assumed minimum rejects it otherwise (tested over HTTP)."""
    ctx = make_ctx(store, "listCoachingComments", query={"usecaseNames": [SALES], "pageSize": -1}, docs_only=True)
    assert call(list_coaching_comments, ctx) == listing(store, usecaseNames=[SALES])


def test_create_generates_name_and_thread_and_is_listed(store: MemoryStore) -> None:
    out = call(create_coaching_comment, make_ctx(store, "createCoachingComment", body=new_comment()))
    comment = out["coachingComment"]
    assert comment["name"].startswith(f"{ACME}/coachingComments/") and comment["thread"]
    assert comment["message"] == "Nice call — well done 👍" and comment["taggedUsers"] == []
    listed = all_pages(store, usecaseNames=[SALES], threadIds=[comment["thread"]])
    assert listed == [comment]


def test_create_in_existing_thread_with_own_name(store: MemoryStore) -> None:
    name = f"{ACME}/coachingComments/my-comment"
    body = new_comment(name=name, thread="thread-1", taggedUsers=["customers/acme/users/agent-1"])
    comment = call(create_coaching_comment, make_ctx(store, "createCoachingComment", body=body))["coachingComment"]
    assert comment["name"] == name and comment["thread"] == "thread-1"
    assert name in {c["name"] for c in all_pages(store, usecaseNames=[SALES], threadIds=["thread-1"])}
    err = call_error(create_coaching_comment, make_ctx(store, "createCoachingComment", body=body), 409, 6)
    assert "already exists" in err.message


@pytest.mark.parametrize("field", ["creatorUserName", "createTime", "updateTime", "message"])
def test_create_missing_required_field(store: MemoryStore, field: str) -> None:
    body = new_comment()
    del body[field]
    err = call_error(create_coaching_comment, make_ctx(store, "createCoachingComment", body=body), 400, 3)
    assert field in err.message


@pytest.mark.parametrize(
    "extra",
    [
        {"name": "customers/globex/profiles/default/coachingComments/x"},
        {"creatorUserName": "customers/globex/users/agent-1"},
        {"taggedUsers": ["customers/globex/users/agent-1"]},
    ],
)
def test_create_denies_names_of_another_customer(store: MemoryStore, extra: dict[str, Any]) -> None:
    ctx = make_ctx(store, "createCoachingComment", body=new_comment(**extra))
    call_error(create_coaching_comment, ctx, 403, 7)
    assert call(
        create_coaching_comment, make_ctx(store, "createCoachingComment", body=new_comment(**extra), docs_only=True)
    )


def test_create_rejects_a_time_that_is_no_timestamp(store: MemoryStore) -> None:
    ctx = make_ctx(store, "createCoachingComment", body=new_comment(createTime="not a time"))
    call_error(create_coaching_comment, ctx, 400, 3)


def test_concurrent_creates_of_one_name_give_one_winner(store: MemoryStore) -> None:
    body = new_comment(name=f"{ACME}/coachingComments/race")

    def attempt(_: int) -> int:
        try:
            create_coaching_comment(make_ctx(store, "createCoachingComment", body=body))
        except ApiError as err:
            return err.grpc_code
        return 0

    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = sorted(pool.map(attempt, range(16)))
    assert outcomes == [0] + [6] * 15

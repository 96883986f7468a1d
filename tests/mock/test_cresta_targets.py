"""UpdateTarget / DeleteTarget."""

from __future__ import annotations

from typing import Any

import pytest

from mockserver.engine.store import MemoryStore
from mockserver.vendors.cresta.coaching import delete_target, update_target
from tests.helpers.cresta import ACME, NOW, call, call_error, make_ctx, seeded_store

TARGET = {"targetId": "target-1"}


def query(**extra: Any) -> dict[str, Any]:
    return {
        "target.scorecardTemplateName": f"{ACME}/scorecardTemplates/qa-template",
        "target.target": 85.0,
        "target.usecaseName": f"{ACME}/usecases/sales",
        **extra,
    }


@pytest.fixture
def store() -> MemoryStore:
    return seeded_store()


def test_update_sets_fields_and_update_time_keeps_create_time(store: MemoryStore) -> None:
    before = store.get("cresta.targets", f"{ACME}/targets/target-1")
    assert before is not None
    q = query(**{"target.qaScore": 90.5, "target.createTime": "2001-01-01T00:00:00Z"})
    out = call(update_target, make_ctx(store, "updateTarget", path=TARGET, query=q))["target"]
    assert out["target"] == 85.0 and out["qaScore"] == 90.5
    assert out["createTime"] == before["createTime"]  # server-maintained, client value ignored
    assert out["updateTime"] == NOW.isoformat().replace("+00:00", "Z")
    assert out["coachingPlanName"] == before["coachingPlanName"]  # absent optional: kept
    assert store.get("cresta.targets", out["name"]) == out


def test_update_empty_optional_clears_it(store: MemoryStore) -> None:
    q = query(**{"target.coachingPlanName": "", "target.criterionOrChapterId": ""})
    out = call(update_target, make_ctx(store, "updateTarget", path=TARGET, query=q))["target"]
    assert "coachingPlanName" not in out and "criterionOrChapterId" not in out


@pytest.mark.parametrize("value", [-0.5, 100.01, 1e9])
def test_update_target_out_of_range(store: MemoryStore, value: float) -> None:
    ctx = make_ctx(store, "updateTarget", path=TARGET, query=query(**{"target.target": value}))
    assert "between 0 and 100" in call_error(update_target, ctx, 400, 3).message


@pytest.mark.parametrize("value", [0.0, 100.0])
def test_update_target_bounds_inclusive(store: MemoryStore, value: float) -> None:
    ctx = make_ctx(store, "updateTarget", path=TARGET, query=query(**{"target.target": value}))
    assert call(update_target, ctx)["target"]["target"] == value


def test_update_rejects_a_time_that_is_no_timestamp(store: MemoryStore) -> None:
    ctx = make_ctx(store, "updateTarget", path=TARGET, query=query(**{"target.createTime": "yesterday"}))
    call_error(update_target, ctx, 400, 3)


def test_update_denies_names_of_another_customer(store: MemoryStore) -> None:
    other = query(**{"target.usecaseName": "customers/globex/profiles/default/usecases/sales"})
    call_error(update_target, make_ctx(store, "updateTarget", path=TARGET, query=other), 403, 7)
    docs_only = make_ctx(store, "updateTarget", path=TARGET, query=other, docs_only=True)
    assert call(update_target, docs_only)["target"]["usecaseName"] == other["target.usecaseName"]
    plan = "customers/acme/profiles/other/coachingPlans/plan-1"  # another profile: not refused
    ctx = make_ctx(store, "updateTarget", path=TARGET, query=query(**{"target.coachingPlanName": plan}))
    assert call(update_target, ctx)["target"]["coachingPlanName"] == plan


def test_update_missing_required(store: MemoryStore) -> None:
    q = query()
    del q["target.target"]
    call_error(update_target, make_ctx(store, "updateTarget", path=TARGET, query=q), 400, 3)


def test_update_unknown_target_is_not_found(store: MemoryStore) -> None:
    ctx = make_ctx(store, "updateTarget", path={"targetId": "nope"}, query=query())
    call_error(update_target, ctx, 404, 5)


def test_delete_then_update_and_delete_give_not_found(store: MemoryStore) -> None:
    assert call(delete_target, make_ctx(store, "deleteTarget", path=TARGET)) == {}
    assert store.get("cresta.targets", f"{ACME}/targets/target-1") is None
    call_error(delete_target, make_ctx(store, "deleteTarget", path=TARGET), 404, 5)
    call_error(update_target, make_ctx(store, "updateTarget", path=TARGET, query=query()), 404, 5)


def test_targets_are_per_customer(store: MemoryStore) -> None:
    call(delete_target, make_ctx(store, "deleteTarget", path=TARGET, customer="globex"))
    assert store.get("cresta.targets", f"{ACME}/targets/target-1") is not None

"""The vendor rules the clients embed equal the spec's `x-` extensions and HTTP methods,
and every operation of each spec has its facade methods (sync and async)."""

from __future__ import annotations

import inspect
from functools import cache
from pathlib import Path
from typing import Any

import cresta_client
import execvision_client
import pytest
import yaml
from cresta_client import _names as cresta_names
from cresta_client import _spec_rules as cresta_rules
from execvision_client import _spec_rules as ev_rules
from execvision_client import models as ev_models
from execvision_client._core import snake_case

SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"
# A documented exception to "GET/DELETE or x-idempotent": UpdateTarget is a PATCH that sets
# absolute values, so repeating it gives the same result.
IDEMPOTENT_BY_DOCS = {"updateTarget"}
FACADES = {
    "cresta": (cresta_client.Cresta, cresta_client.AsyncCresta),
    "execvision": (execvision_client.ExecVision, execvision_client.AsyncExecVision),
}


@cache
def spec(api: str) -> dict[str, Any]:
    loaded = yaml.safe_load((SPEC_DIR / f"{api}.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def operations(api: str) -> dict[str, tuple[str, dict[str, Any]]]:
    """operationId -> (HTTP method, operation)."""
    found = {}
    for item in spec(api)["paths"].values():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                found[op["operationId"]] = (method.upper(), op)
    return found


def expected_idempotent(api: str) -> set[str]:
    return {
        op_id
        for op_id, (method, op) in operations(api).items()
        if method in {"GET", "DELETE"} or op.get("x-idempotent") is True or op_id in IDEMPOTENT_BY_DOCS
    }


def test_cresta_idempotent_set_matches_the_spec() -> None:
    assert cresta_rules.IDEMPOTENT_OPERATIONS == expected_idempotent("cresta")
    non_idempotent = set(operations("cresta")) - cresta_rules.IDEMPOTENT_OPERATIONS
    assert non_idempotent == cresta_rules.CONDITIONALLY_IDEMPOTENT == {"createCoachingComment"}


def test_execvision_idempotent_set_matches_the_spec() -> None:
    assert ev_rules.IDEMPOTENT_OPERATIONS == expected_idempotent("execvision") == set(operations("execvision"))


def test_rate_limit_equals_the_spec() -> None:
    assert ev_rules.X_RATE_LIMIT == spec("execvision")["x-rate-limit"]


def test_default_read_timeout_outlasts_the_queue() -> None:
    queue = spec("execvision")["x-rate-limit"]["queueTimeoutSeconds"]
    assert execvision_client.DEFAULT_TIMEOUT.read is not None
    assert execvision_client.DEFAULT_TIMEOUT.read > queue
    assert execvision_client.ExecVision("u", "p").timeout.read == execvision_client.DEFAULT_TIMEOUT.read


def test_scoring_table_equals_the_spec() -> None:
    table = spec("execvision")["components"]["schemas"]["ScoringScheme"]["x-scoring-table"]
    assert ev_rules.X_SCORING_TABLE == table


@pytest.mark.parametrize(("api", "rules"), [("cresta", cresta_rules), ("execvision", ev_rules)])
def test_pagination_rules_equal_the_spec(api: str, rules: Any) -> None:
    in_spec = {op_id: op["x-pagination"] for op_id, (_, op) in operations(api).items() if "x-pagination" in op}
    assert rules.X_PAGINATION == in_spec


def test_clients_embed_the_smallest_page_size_that_progresses() -> None:
    # x-pagination.minProgressLimit (x-assumed min-progress-limit): what the cursors refuse below
    embedded = {k: rule["minProgressLimit"] for k, rule in ev_rules.X_PAGINATION.items() if "minProgressLimit" in rule}
    assert embedded == {"listCalls": 2, "listDeletedCalls": 2, "listCallTopics": 2}
    for op_id in embedded:
        _, op = operations("execvision")[op_id]
        assert op["x-pagination"]["repeatsLastId"] is True and "min-progress-limit" in op["x-assumed"], op_id


def test_other_paging_extensions_equal_the_spec() -> None:
    ev_ops, cresta_ops = operations("execvision"), operations("cresta")
    assert ev_rules.X_LIMIT_COUNTS == {
        k: op["x-limit-counts"] for k, (_, op) in ev_ops.items() if "x-limit-counts" in op
    }
    assert ev_rules.X_MAX_LIMIT_WHEN == {
        k: op["x-max-limit-when"] for k, (_, op) in ev_ops.items() if "x-max-limit-when" in op
    }
    assert cresta_rules.X_DEFAULT_PAGE_SIZE == {
        k: op["x-default-page-size"] for k, (_, op) in cresta_ops.items() if "x-default-page-size" in op
    }


def test_paging_fields_exist_on_the_generated_models() -> None:
    models = {
        "listCalls": ev_models.Call,
        "listDeletedCalls": ev_models.DeletedCall,
        "listCallTopics": ev_models.TopicMatch,
        "listListens": ev_models.Listen,
        "listScores": ev_models.Score,
        "listFeedback": ev_models.Feedback,
        "listShares": ev_models.Share,
        "listMeetings": ev_models.Meeting,
        "listPlans": ev_models.Plan,
        "listKpis": ev_models.KpiObservation,
    }
    assert set(models) == set(ev_rules.X_PAGINATION)
    for op_id, rule in ev_rules.X_PAGINATION.items():
        names = [rule["sinceField"], *rule.get("key", []), rule.get("idField"), rule.get("fallbackSinceField")]
        attrs = {a.name for a in models[op_id].__attrs_attrs__}  # type: ignore[attr-defined]
        assert {snake_case(n) for n in names if n} <= attrs, op_id


def test_resource_name_ids_use_the_spec_path_pattern() -> None:
    patterns = {p["schema"]["pattern"] for p in spec("cresta")["components"]["parameters"].values()}
    assert patterns == {cresta_names.ID_PATTERN}


@pytest.mark.parametrize("api", ["cresta", "execvision"])
def test_every_operation_has_sync_and_async_methods(api: str) -> None:
    sync, asynchronous = FACADES[api]
    for op_id, (_, op) in operations(api).items():
        name = snake_case(op_id)
        assert callable(getattr(sync, name, None)), f"{sync.__name__}.{name} missing"
        assert inspect.iscoroutinefunction(getattr(asynchronous, name, None)), f"{asynchronous.__name__}.{name}"
        sync_params = list(inspect.signature(getattr(sync, name)).parameters)
        assert sync_params == list(inspect.signature(getattr(asynchronous, name)).parameters), name
        if "x-pagination" in op:
            iters = [m for m in dir(sync) if m.startswith("iter_") and op_id in inspect.getsource(getattr(sync, m))]
            assert iters and all(hasattr(asynchronous, m) for m in iters), f"{op_id}: no iter_ helper"

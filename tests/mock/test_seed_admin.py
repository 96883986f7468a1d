"""Deterministic seed data, anchors, sizes, start-up time, and the admin endpoints."""

from __future__ import annotations

from datetime import timedelta

import orjson
import pytest
from starlette.testclient import TestClient

from mockserver.engine.app import MockApp, create_app
from mockserver.engine.seeding import default_sizes
from mockserver.engine.store import MemoryStore
from tests.helpers.mock import ANCHOR, EV, EV_ADMIN, NOW, SMALL_SIZES, make_config

SCORECARD = "82d02942-1bc4-4678-8e4e-7d3e56a5dc10"


def dump(store: MemoryStore) -> bytes:
    return orjson.dumps({k: sorted(orjson.dumps(v).decode() for v in store.values(k)) for k in store.counts()})


def test_data_is_a_pure_function_of_seed_sizes_and_day() -> None:
    a = create_app(make_config(seed=5))
    b = create_app(make_config(seed=5, clock=lambda: NOW + timedelta(hours=3)))  # same day
    c = create_app(make_config(seed=6))
    assert dump(a.store) == dump(b.store)
    assert dump(a.store) != dump(c.store)


def test_default_sizes_are_realistic() -> None:
    # Start-up time is a performance target: it belongs in `make bench`, not in a timed test.
    mock = create_app(make_config(sizes={}, strict=False))
    counts = mock.store.counts()
    assert counts["ev.calls"] == 2000 and counts["ev.users"] == 25 and counts["ev.teams"] >= 3
    with TestClient(mock) as c:
        call = c.get(f"{EV}/call/{ANCHOR}", auth=EV_ADMIN).json()
        assert call["state"] == "COMPLETE" and len(call["transcript"]) > 100
        assert c.get(f"{EV}/scorecard/{SCORECARD}", auth=EV_ADMIN).json()[0]["scorecardName"] == "Accounting Profiling"
        assert c.get(f"{EV}/kpi/1", auth=EV_ADMIN).json()["description"] == "Linking goals"
        calls = c.get(f"{EV}/calls", params={"since": "2020-01-01T00:00Z", "limit": 1000}, auth=EV_ADMIN).json()
        first = min(x["callTime"] for x in calls)
        assert first >= (NOW - timedelta(days=61)).isoformat()[:10]


def test_admin_state_reset_and_reseed(app: MockApp, client: TestClient) -> None:
    state = client.get("/__mock__/state").json()
    assert state["seed"] == 7 and state["sizes"]["ev_calls"] == SMALL_SIZES["ev_calls"]
    assert state["counts"]["ev.calls"] == SMALL_SIZES["ev_calls"] and "__mock__" not in state["counts"]
    assert client.delete(f"{EV}/call/{ANCHOR}", auth=EV_ADMIN).status_code == 200
    assert client.get("/__mock__/state").json()["counts"]["ev.calls"] == SMALL_SIZES["ev_calls"] - 1
    assert client.post("/__mock__/reset").json()["counts"]["ev.calls"] == SMALL_SIZES["ev_calls"]
    assert client.get(f"{EV}/call/{ANCHOR}", auth=EV_ADMIN).status_code == 200
    r = client.post("/__mock__/reseed", json={"seed": 99, "sizes": {"ev_calls": 40}})
    assert r.status_code == 200 and r.json()["seed"] == 99 and r.json()["counts"]["ev.calls"] == 40
    assert client.get(f"{EV}/call/{ANCHOR}", auth=EV_ADMIN).status_code == 200  # anchors always exist
    assert client.post("/__mock__/reseed", json={"sizes": {"ev_nope": 1}}).status_code == 400
    assert client.post("/__mock__/reseed", json={"sizes": {"ev_calls": -1}}).status_code == 400
    assert client.post("/__mock__/reseed", json={"seed": "x"}).status_code == 400


def test_admin_config(client: TestClient) -> None:
    config = client.get("/__mock__/config").json()
    assert config == {
        "seed": 7,
        "strict": True,
        "strictness": "assumed",
        "tokenTtlSeconds": 3600.0,
        "lastIdBug": True,
        "rateLimit": {"mode": "off", "rps": None, "queueTimeoutSeconds": None},
        "faults": config["faults"],
    }
    patched = client.patch(
        "/__mock__/config",
        json={"lastIdBug": False, "rateLimit": {"mode": "vendor"}, "faults": {"latencyRate": 0}},
    ).json()
    assert patched["lastIdBug"] is False and patched["rateLimit"]["mode"] == "vendor"
    assert client.get("/__mock__/rate-limit").json()["mode"] == "vendor"
    assert client.patch("/__mock__/config", json={"bogus": 1}).status_code == 400


def test_every_size_is_configurable() -> None:
    sizes = default_sizes()
    assert {"ev_calls", "ev_users", "ev_days", "ev_listens", "ev_score_results"} <= set(sizes)
    tiny = create_app(make_config(sizes={name: 0 for name in sizes if name.startswith("ev_")}, strict=False))
    counts = tiny.store.counts()
    assert counts["ev.calls"] == 1 and counts["ev.users"] == 4  # the anchors remain, and a manager per team
    few = create_app(make_config(sizes={"ev_users": 2, "ev_teams": 6}, strict=False)).store.counts()
    assert few["ev.teams"] == 6 and few["ev.users"] == 9


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_seed_gives_valid_strict_responses(seed: int) -> None:
    mock = create_app(make_config(seed=seed, sizes={**SMALL_SIZES, "ev_calls": 60}))
    with TestClient(mock) as c:
        for path in (
            "/users",
            "/teams",
            "/departments",
            "/topics",
            "/calls/deleted?since=2020-01-01T00:00Z",
            "/calls?since=2020-01-01T00:00Z&limit=1000&include_transcripts=true&include_crm_matches=true"
            "&render_templates=false",
            "/call_topics?since=2020-01-01T00:00Z",
            "/listens?since=2020-01-01T00:00Z",
            "/scores?since=2020-01-01T00:00Z",
            "/feedback?since=2020-01-01T00:00Z",
            "/shares?since=2020-01-01T00:00Z",
            "/meetings?since=2020-01-01T00:00Z",
            "/plans?since=2020-01-01T00:00Z",
            "/kpis?since=2020-01-01T00:00Z",
        ):
            r = c.get(EV + path, auth=EV_ADMIN)
            assert r.status_code == 200, (path, r.text[:500])
        for call in c.get(f"{EV}/calls?since=2020-01-01T00:00Z&limit=60", auth=EV_ADMIN).json():
            assert c.get(f"{EV}/call/{call['id']}", auth=EV_ADMIN).status_code == 200
            assert c.get(f"{EV}/transcript/{call['id']}", auth=EV_ADMIN).status_code == 200

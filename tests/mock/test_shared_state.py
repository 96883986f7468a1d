"""One state across worker processes and restarts (shared.py), over real HTTP: `python -m
mockserver --workers 2` answers every fresh connection from the same data and config, whichever
worker takes it; `--state PATH` keeps the changes across a restart, and a reset drops them.

Every request opens its own connection (httpx without a client), so the kernel hands them to
either worker; `GET /__mock__/state` says which process answered, and the worker tests first
make sure both answer. Bounded: 20 requests per check, a few hundred at most in all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.helpers.mock import SMALL_SIZES, MockProcess

CRESTA_CLIENT = ("acme-client", "acme-secret")
PROFILE = "/v1/customers/acme/profiles/default"
SALES = "customers/acme/profiles/default/usecases/sales"
THREAD = "thread-shared-state"
NAME = f"{PROFILE[4:]}/coachingComments/shared-state-1"
FRESH = 20  # fresh connections per check
SIZES = tuple(item for name, n in SMALL_SIZES.items() for item in ("--size", f"{name}={n}"))


def comment() -> dict[str, Any]:
    return {
        "name": NAME,
        "thread": THREAD,
        "creatorUserName": "customers/acme/users/manager-1",
        "usecaseName": SALES,
        "createTime": "2026-11-20T10:00:00Z",
        "updateTime": "2026-11-20T10:00:00Z",
        "message": "seen by every worker",
    }


def headers(url: str) -> dict[str, str]:
    token = httpx.post(url + "/v1/oauth/regionalToken", json={"grant_type": "client_credentials"}, auth=CRESTA_CLIENT)
    assert token.status_code == 200
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


def listed(url: str, auth: dict[str, str]) -> list[str]:
    """The names of the comments of THREAD, over a fresh connection."""
    r = httpx.get(
        url + f"{PROFILE}/coachingComments",
        params={"usecaseNames": SALES, "threadIds": THREAD},
        headers=auth,
        timeout=10,
    )
    assert r.status_code == 200, r.text
    return [c["name"] for c in r.json()["coachingComments"]]


def statuses(method: str, url: str, auth: dict[str, str], **kwargs: Any) -> list[int]:
    return [httpx.request(method, url, headers=auth, timeout=10, **kwargs).status_code for _ in range(FRESH)]


def both_answer(mock: MockProcess) -> None:
    """Both workers answer fresh connections (bounded: 200 of them at most)."""
    seen: set[int] = set()
    for _ in range(200):
        seen.add(httpx.get(mock.url + "/__mock__/state", timeout=10).json()["process"])
        if len(seen) == 2:
            return
    raise AssertionError(f"only {seen} answered 200 fresh connections")


@pytest.fixture(scope="module")
def workers() -> Iterator[MockProcess]:
    with MockProcess("--workers", "2", *SIZES) as mock:
        yield mock


@pytest.fixture
def shared(workers: MockProcess) -> Iterator[MockProcess]:
    both_answer(workers)  # else a check of 20 answers could pass on one worker alone
    yield workers
    assert httpx.put(workers.url + "/__mock__/faults", json={}, timeout=10).status_code == 200
    assert httpx.post(workers.url + "/__mock__/reset", timeout=30).status_code == 200


def test_a_comment_created_on_one_worker_is_listed_by_all(shared: MockProcess) -> None:
    auth = headers(shared.url)
    created = httpx.post(shared.url + f"{PROFILE}/coachingComments", json=comment(), headers=auth, timeout=10)
    assert created.status_code == 200, created.text
    assert [listed(shared.url, auth) for _ in range(FRESH)] == [[NAME]] * FRESH
    # the same name again is a conflict on every worker, never a second create
    assert statuses("POST", shared.url + f"{PROFILE}/coachingComments", auth, json=comment()) == [409] * FRESH


def test_a_deleted_conversation_is_gone_on_every_worker(shared: MockProcess) -> None:
    auth = headers(shared.url)
    conversation = shared.url + f"{PROFILE}/conversations/conv-1"
    assert httpx.get(conversation, headers=auth, timeout=10).status_code == 200
    assert httpx.delete(conversation, headers=auth, timeout=10).status_code == 200
    assert statuses("GET", conversation, auth) == [404] * FRESH
    assert httpx.post(shared.url + "/__mock__/reset", timeout=30).status_code == 200
    assert statuses("GET", conversation, auth) == [200] * FRESH  # the reset reached every worker


def test_a_fault_set_on_one_worker_is_honoured_and_cleared_by_all(shared: MockProcess) -> None:
    auth = headers(shared.url)
    faults = {"errorRate": 1.0, "statuses": [503]}
    assert httpx.put(shared.url + "/__mock__/faults", json=faults, timeout=10).status_code == 200
    conversation = shared.url + f"{PROFILE}/conversations/conv-1"
    assert statuses("GET", conversation, auth) == [503] * FRESH
    answers = [httpx.get(shared.url + "/__mock__/faults", timeout=10).json()["errorRate"] for _ in range(FRESH)]
    assert answers == [1.0] * FRESH
    assert httpx.put(shared.url + "/__mock__/faults", json={}, timeout=10).status_code == 200
    assert statuses("GET", conversation, auth) == [200] * FRESH


def test_a_quirk_and_the_token_lifetime_reach_every_worker(shared: MockProcess) -> None:
    before = httpx.get(shared.url + "/__mock__/config", timeout=10).json()
    patch = {"tokenTtlSeconds": 120, "lastIdBug": not before["lastIdBug"]}
    assert httpx.patch(shared.url + "/__mock__/config", json=patch, timeout=10).status_code == 200
    configs = [httpx.get(shared.url + "/__mock__/config", timeout=10).json() for _ in range(FRESH)]
    assert [{k: c[k] for k in patch} for c in configs] == [patch] * FRESH
    restored = {k: before[k] for k in patch}
    assert httpx.patch(shared.url + "/__mock__/config", json=restored, timeout=10).status_code == 200


def test_a_reseed_on_one_worker_reaches_every_worker(shared: MockProcess) -> None:
    sizes = {**SMALL_SIZES, "ev_calls": SMALL_SIZES["ev_calls"] + 1}
    r = httpx.post(shared.url + "/__mock__/reseed", json={"seed": 5, "sizes": sizes}, timeout=60)
    assert r.status_code == 200
    states = [httpx.get(shared.url + "/__mock__/state", timeout=60).json() for _ in range(FRESH)]
    assert [(s["seed"], s["counts"]["ev.calls"]) for s in states] == [(5, sizes["ev_calls"])] * FRESH
    r = httpx.post(shared.url + "/__mock__/reseed", json={"seed": 1, "sizes": SMALL_SIZES}, timeout=60)
    assert r.status_code == 200


def test_state_survives_a_restart_and_a_reset_drops_it(tmp_path: Path) -> None:
    state = str(tmp_path / "state.sqlite")
    with MockProcess("--state", state, *SIZES) as mock:
        auth = headers(mock.url)
        created = httpx.post(mock.url + f"{PROFILE}/coachingComments", json=comment(), headers=auth, timeout=10)
        assert created.status_code == 200, created.text
        faults = {"statuses": [502], "seed": 3}  # kept, but injecting nothing (errorRate 0)
        assert httpx.put(mock.url + "/__mock__/faults", json=faults, timeout=10).status_code == 200
    with MockProcess("--state", state, *SIZES) as mock:
        auth = headers(mock.url)
        assert listed(mock.url, auth) == [NAME]
        assert httpx.get(mock.url + "/__mock__/faults", timeout=10).json()["statuses"] == [502]
        assert httpx.post(mock.url + "/__mock__/reset", timeout=30).status_code == 200
        assert listed(mock.url, auth) == []
    with MockProcess("--state", state, *SIZES) as mock:
        assert listed(mock.url, headers(mock.url)) == []  # the reset was recorded too


def test_a_restart_with_another_seed_drops_the_changes(tmp_path: Path) -> None:
    state = str(tmp_path / "state.sqlite")
    with MockProcess("--state", state, *SIZES) as mock:
        auth = headers(mock.url)
        created = httpx.post(mock.url + f"{PROFILE}/coachingComments", json=comment(), headers=auth, timeout=10)
        assert created.status_code == 200, created.text
    with MockProcess("--state", state, "--seed", "2", *SIZES) as mock:
        assert listed(mock.url, headers(mock.url)) == []
        assert "another seed or sizes: dropped" in mock.stderr()

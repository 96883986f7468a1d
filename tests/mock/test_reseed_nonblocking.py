"""Reset and reseed never block other requests: the new data is built off the event loop and
swapped in at once (state.py, offloop.py, snapshot.py).

The latency bound (no request delayed by more than 100 ms) belongs in the abuse suite; here
every probe sent during a 20,000-call reseed must be answered, some while the reseed runs,
and each sees either the old data or the new one, never a mix, never the old after the new.
"""

from __future__ import annotations

import asyncio
import gc
import sys
import threading
import time
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from mockserver.engine.app import MockApp, create_app
from mockserver.engine.lazykind import LazyKind
from mockserver.engine.offloop import SWITCH_INTERVAL, off_loop, yielding
from mockserver.engine.snapshot import CHUNK, dump, load
from mockserver.engine.store import MemoryStore, virtual_of
from tests.helpers.mock import ANCHOR, EV, EV_ADMIN, SLOW_RESEED_SIZES, SMALL_SIZES, LiveServer, make_config

BIG_SIZES = {**SMALL_SIZES, **SLOW_RESEED_SIZES}
BIG = BIG_SIZES["ev_calls"]


def probe_while(url: str, method: str, path: str, body: dict[str, Any] | None) -> dict[str, Any]:
    """Send `method path` and, until it is answered, GET /topics and /__mock__/state in a loop."""
    answer: dict[str, Any] = {}
    done = threading.Event()

    def admin_call() -> None:
        try:
            answer["response"] = httpx.request(method, url + path, json=body, timeout=600)
        finally:
            done.set()

    caller = threading.Thread(target=admin_call)
    latencies: list[float] = []
    states: list[tuple[int, int]] = []
    statuses: list[int] = []
    with httpx.Client(base_url=url, auth=EV_ADMIN, timeout=60) as c:
        caller.start()
        while not done.is_set():
            started = time.perf_counter()
            statuses.append(c.get(f"{EV}/topics").status_code)
            latencies.append(time.perf_counter() - started)
            state = c.get("/__mock__/state")
            statuses.append(state.status_code)
            states.append((state.json()["seed"], state.json()["counts"]["ev.calls"]))
            time.sleep(0.005)
    caller.join()
    return {"response": answer["response"], "latencies": latencies, "states": states, "statuses": statuses}


def assert_one_swap(states: list[tuple[int, int]], old: tuple[int, int], new: tuple[int, int]) -> None:
    assert set(states) <= {old, new}, set(states)
    if new in states:
        assert old not in states[states.index(new) :], "the old data came back after the new"


def test_a_big_reseed_and_reset_serve_other_requests_meanwhile() -> None:
    app = create_app(make_config())
    with LiveServer(app) as server:
        old = (app.seed, app.store.counts()["ev.calls"])
        run = probe_while(server.url, "POST", "/__mock__/reseed", {"seed": 9, "sizes": BIG_SIZES})
        r = run["response"]
        assert r.status_code == 200 and (r.json()["seed"], r.json()["counts"]["ev.calls"]) == (9, BIG)
        assert set(run["statuses"]) == {200}
        assert len(run["latencies"]) >= 5, "other requests waited for the reseed"
        assert_one_swap(run["states"], old, (9, BIG))
        slowest = max(run["latencies"]) * 1000
        print(f"\na slow reseed: {len(run['latencies'])} probes, max GET /topics {slowest:.0f} ms")

        assert httpx.delete(f"{server.url}{EV}/call/{ANCHOR}", auth=EV_ADMIN).status_code == 200
        run = probe_while(server.url, "POST", "/__mock__/reset", None)
        assert run["response"].status_code == 200 and run["response"].json()["counts"]["ev.calls"] == BIG
        assert set(run["statuses"]) == {200}
        assert_one_swap(run["states"], (9, BIG - 1), (9, BIG))
        print(f"reset: {len(run['latencies'])} probes, max GET /topics {max(run['latencies']) * 1000:.0f} ms")
        assert httpx.get(f"{server.url}{EV}/call/{ANCHOR}", auth=EV_ADMIN).status_code == 200


def test_concurrent_reseeds_each_apply_whole() -> None:
    app = create_app(make_config())

    async def run() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as c:
            bodies = [{"seed": n, "sizes": {**SMALL_SIZES, "ev_calls": n}} for n in (11, 12, 13)]
            return await asyncio.gather(*(c.post("/__mock__/reseed", json=b) for b in bodies))

    answers = asyncio.run(run())
    assert [r.status_code for r in answers] == [200, 200, 200]
    for r in answers:  # each answer is one generation: its seed with its own sizes
        assert r.json()["counts"]["ev.calls"] == r.json()["seed"] == r.json()["sizes"]["ev_calls"]
    data = app.state.data
    assert data.seed in (11, 12, 13) and data.store.counts()["ev.calls"] == data.seed == data.sizes["ev_calls"]


def test_the_python_api_reseeds_synchronously() -> None:
    app = create_app(make_config())
    held = app.store  # like a request in flight
    before = held.counts()
    app.reseed(5, {**SMALL_SIZES, "ev_calls": 30})
    assert app.seed == 5 and app.store.counts()["ev.calls"] == 30 and app.store is not held
    assert held.counts() == before  # a request in flight finishes on the old store
    app.store.delete("ev.calls", ANCHOR)
    app.reset()
    assert app.store.get("ev.calls", ANCHOR) is not None and app.store.counts()["ev.calls"] == 30


def emptied(items: dict[str, Any]) -> bool:
    """Whether a store's dict of objects is emptied (by the freeing thread) within 10 s."""
    deadline = time.monotonic() + 10
    while items and time.monotonic() < deadline:
        time.sleep(0.01)
    return not items


def built_listens(store: Any) -> dict[str, Any]:
    """The objects of the base's "ev.listens", a lazy kind (lazykind.py), built now."""
    found = virtual_of(store, "ev.listens")
    assert found is not None and isinstance(found[0], LazyKind)
    return found[0].objects()


def test_a_replaced_base_is_freed_in_steps_once_nobody_holds_it() -> None:
    app = create_app(make_config())
    for seed in (8, 9):
        # the base's own dict of a stored kind (not the base: that would keep it; "ev.calls" is
        # computed on demand), and what one of its lazy kinds built
        users, listens = app.store.base._data["ev.users"], built_listens(app.store.base)
        assert users and listens
        app.reseed(seed, SMALL_SIZES)
        assert emptied(users) and emptied(listens), "the old base was left to one deallocation cascade"
        assert app.store.counts()["ev.calls"] == SMALL_SIZES["ev_calls"]
    held = app.store  # like a request in flight
    users, listens = held.base._data["ev.users"], built_listens(held.base)
    app.reseed(10, SMALL_SIZES)
    assert held.counts()["ev.calls"] == SMALL_SIZES["ev_calls"]  # whole while held
    assert users and listens and len(held.values("ev.listens")) == SMALL_SIZES["ev_listens"]
    del held
    assert emptied(users) and emptied(listens)


def test_a_reset_keeps_the_base_and_drops_the_changes() -> None:
    app = create_app(make_config())
    base = app.store.base
    app.store.delete("ev.calls", ANCHOR)
    held = app.store  # like a request in flight
    app.reset()
    assert app.store.base is base and app.store is not held
    assert app.store.get("ev.calls", ANCHOR) is not None
    assert held.get("ev.calls", ANCHOR) is None  # a request in flight finishes on its own data
    assert base.get("ev.calls", ANCHOR) is not None  # the change never touched the base


def test_the_admin_reseed_frees_the_old_base_too(app: MockApp, client: TestClient) -> None:
    calls = app.store.base._data["ev.users"]
    answer = client.post("/__mock__/reseed", json={"seed": 3, "sizes": SMALL_SIZES})
    assert answer.status_code == 200  # its own request held the old store
    assert emptied(calls)


def test_a_store_never_released_is_freed_as_usual() -> None:
    store = MemoryStore()
    store.put("k", "a", {"x": 1})
    items = store._data["k"]
    del store
    assert items == {"a": {"x": 1}}  # nobody emptied it: only this name keeps it now


def test_snapshots_round_trip_in_chunks() -> None:
    data = {
        "big": {str(i): {"i": i, "tags": [i]} for i in range(CHUNK * 2 + 1)},
        "empty": {},
        "one": {"k": {"v": None}},
    }
    snapshot = dump(data)
    assert len(snapshot) == 3 + 1 + 1  # three chunks, and a chunk each for the others
    restored = load(snapshot)
    assert restored == data and list(restored) == list(data)
    assert restored["big"]["0"] is not data["big"]["0"]  # fresh objects
    restored["big"]["0"]["tags"].append(9)
    assert load(snapshot)["big"]["0"]["tags"] == [0]
    store = MemoryStore()
    for kind, items in data.items():
        for key, value in items.items():
            store.put(kind, key, value)
    assert MemoryStore.from_snapshot(store.snapshot()).counts() == {"big": CHUNK * 2 + 1, "one": 1}


@pytest.mark.parametrize("enabled", [True, False])
def test_off_loop_pauses_the_collector_and_puts_everything_back(enabled: bool) -> None:
    interval = sys.getswitchinterval()
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:

        def inside() -> tuple[bool, float]:
            with yielding():  # nested: still paused, and still paused after the inner block
                pass
            return gc.isenabled(), sys.getswitchinterval()

        assert asyncio.run(off_loop(inside)) == (False, SWITCH_INTERVAL)
        assert (gc.isenabled(), sys.getswitchinterval()) == (enabled, interval)
        with pytest.raises(ZeroDivisionError):
            asyncio.run(off_loop(lambda: 1 / 0))
        assert (gc.isenabled(), sys.getswitchinterval()) == (enabled, interval)
    finally:
        (gc.enable if was else gc.disable)()

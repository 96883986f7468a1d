"""ExecVision calls computed on demand (callbase.py) and read in (modified, id) order by
windows (callorder.py): the same answers as a sort of every call, without computing them."""

from __future__ import annotations

import pickle
from datetime import timedelta
from itertools import islice
from typing import Any

from starlette.testclient import TestClient

from mockserver.engine.app import MockApp
from mockserver.engine.config import ManualClock
from mockserver.engine.store import MemoryStore, mount
from mockserver.vendors.execvision.callbase import ANCHOR_CALL, CallBase, call_base, step_at
from mockserver.vendors.execvision.callorder import CallOrder
from mockserver.vendors.execvision.timefmt import day_start
from tests.helpers.mock import EV, EV_ADMIN, NOW, PAST

USERS = tuple(f"user-{i}" for i in range(10))
DAY0 = day_start(NOW)


def brute_force(store: MemoryStore, at: float, complete: bool = False) -> list[tuple[float, str]]:
    """Every call of the store, visible at `at`, sorted: what the windows must give."""
    keys = []
    for call in store.values("ev.calls"):
        times = tuple(t for t, _ in call["timeline"])
        k = step_at(times, at)
        if k >= 0 and (not complete or call["timeline"][k][1] == "COMPLETE"):
            keys.append((times[k], call["id"]))
    return sorted(keys)


def test_ids_encode_the_index_and_nothing_else_decodes() -> None:
    base = call_base(7, 5000, 60, 8, DAY0, USERS)
    ids = [base.id_of(i) for i in range(5000)]
    assert ids[0] == ANCHOR_CALL and len(set(ids)) == 5000
    assert all(base.index_of(cid) == i for i, cid in enumerate(ids))
    assert all(cid[14] == "4" and cid[19] in "89ab" for cid in ids[1:])  # UUID version 4 shape
    other = call_base(8, 5000, 60, 8, DAY0, USERS)
    for bad in (ids[5].upper(), ids[5][:-1] + "x", "", "not-an-id", other.id_of(5), base.id_of(5000)):
        assert base.index_of(bad) is None, bad
    assert call_base(7, 10, 60, 8, DAY0, USERS).index_of(ids[20]) is None  # an index past n


def test_a_call_is_a_pure_function_of_its_parameters_and_index() -> None:
    one = CallBase(7, 300, 60, 8, DAY0, USERS)
    two = CallBase(7, 300, 60, 8, DAY0, USERS)
    assert [one.call(i) for i in (0, 1, 150, 299)] == [two.call(i) for i in (299, 150, 1, 0)][::-1]
    assert call_base(7, 300, 60, 8, DAY0, USERS) is call_base(7, 300, 60, 8, DAY0, USERS)
    revived = pickle.loads(pickle.dumps(call_base(7, 300, 60, 8, DAY0, USERS)))
    assert revived is call_base(7, 300, 60, 8, DAY0, USERS)  # a reset finds its caches warm
    assert CallBase(8, 300, 60, 8, DAY0, USERS).call(5) != one.call(5)


def test_calls_fill_their_days_and_agree_with_their_skeletons() -> None:
    base = CallBase(3, 2000, 60, 8, DAY0, USERS)
    covered = [i for j in range(60) for i in base.day_range(j)]
    assert covered == list(range(1, 2000))  # contiguous, in order, each call once
    sizes = [len(base.day_range(j)) for j in range(60)]
    assert max(sizes) > 2 * min(sizes)  # busy days and quiet ones
    for i in (0, 1, 999, 1999):
        call, (caller, when, duration, reject, times) = base.call(i), base.skeleton(i)
        assert [t for t, _ in call["timeline"]] == list(times) and call["callTime"] == when
        assert call["callerId"] == USERS[caller] and call["duration"] == duration
        assert (call["stats"] is None) == reject
        if i:
            start = base.day_start(base.day_of(i))
            assert start + 12.5 * 3600 <= when <= start + 23 * 3600
    assert base.call(0)["callerId"] == USERS[1] and base.call(0)["duration"] == 727
    assert base.call(1)["metadata"]["company"] == "Hewlett Packard Enterprise"


def test_the_windows_give_the_order_of_a_full_sort_as_the_clock_moves() -> None:
    store = MemoryStore()
    mount(store, "ev.calls", CallBase(5, 600, 20, 8, DAY0, USERS))
    for at in (DAY0 - 30 * 86400, DAY0 - 5 * 86400 + 13 * 3600, DAY0 + 14 * 3600, DAY0 + 19 * 3600, DAY0 + 9 * 86400):
        order = CallOrder(store, at)
        assert [e[:2] for e in order.iter_from()] == brute_force(store, at), at
        assert [e[:2] for e in order.iter_from(complete=True)] == brute_force(store, at, complete=True), at


def test_the_windows_miss_no_call_of_busy_days() -> None:
    """2,000 calls a day: each window reads only a range of each day and kind (candidates)."""
    base = CallBase(6, 20_000, 10, 8, DAY0, USERS)
    store = MemoryStore()
    mount(store, "ev.calls", base)
    skeletons = [(base.id_of(i), base.skeleton(i)[4]) for i in range(base.n)]
    for at in (DAY0 - 4 * 86400 + 4 * 3600, DAY0 + 13 * 3600, DAY0 + 3 * 86400):
        expected = sorted((times[k], cid) for cid, times in skeletons if (k := step_at(times, at)) >= 0)
        assert [e[:2] for e in CallOrder(store, at).iter_from()] == expected, at


def test_the_store_overlay_is_merged_into_the_order() -> None:
    store = MemoryStore()
    base = CallBase(5, 300, 20, 8, DAY0, USERS)
    mount(store, "ev.calls", base)
    at = DAY0 + 20 * 3600
    victim, changed = base.id_of(10), dict(base.call(11))
    store.delete("ev.calls", victim)
    changed["timeline"] = [[DAY0 + 3600.0, "UPLOADED"], [at + 60, "TRANSCRIBING"]]
    store.put("ev.calls", changed["id"], changed)
    extra = {**base.call(12), "id": "0000-extra", "timeline": [[DAY0 - 86400.0, "UPLOADED"]]}
    store.put("ev.calls", extra["id"], extra)
    order = CallOrder(store, at)
    keys = [e[:2] for e in order.iter_from()]
    assert keys == brute_force(store, at)
    assert victim not in {k for _, k in keys} and (DAY0 + 3600.0, changed["id"]) in keys
    assert order.entry(victim) is None and order.entry("0000-extra") is not None
    entry = order.entry(changed["id"])
    assert entry is not None and order.call(entry)["timeline"] == changed["timeline"]
    assert order.valid[0] <= at < order.valid[1] <= at + 60  # the overlay's next event ends what was read


def test_a_page_at_a_million_calls_computes_only_what_it_reads() -> None:
    base = CallBase(1, 1_000_000, 60, 8, DAY0, USERS)
    store = MemoryStore()
    mount(store, "ev.calls", base)
    assert store.count("ev.calls") == 1_000_000 and not base._days and not base._calls
    order = CallOrder(store, DAY0 + 18 * 3600)
    since = DAY0 - 30 * 86400
    page = list(islice(order.iter_from((since, "")), 100))
    assert len(page) == 100 and [e[:2] for e in page] == sorted(e[:2] for e in page) and page[0][0] >= since
    # the calls that can reach the window (day 29): about 1.7 days' worth of the days 25..29, not 60 days
    assert {j for j, _, _ in base._days} <= set(range(25, 30))
    computed = sum(len(chunk) for chunk in base._days.values())
    assert len(base.day_range(29)) < computed < 2.2 * len(base.day_range(29))
    assert not base._calls  # ordering needs no call computed
    assert base.call(page[0][2])["id"] == page[0][1]


def get(client: TestClient, path: str, **params: Any) -> Any:
    r = client.get(EV + path, params=params, auth=EV_ADMIN)
    assert r.status_code == 200, r.text
    return r.json()


def test_cached_pages_follow_the_clock(app: MockApp, client: TestClient) -> None:
    assert isinstance(app.clock, ManualClock)
    app.clock.set(NOW - timedelta(days=3))  # before the last days' calls are uploaded
    earlier = get(client, "/calls", since=PAST, limit=1000)
    assert get(client, "/calls", since=PAST, limit=1000) == earlier  # cached
    app.clock.set(NOW + timedelta(days=5))
    later = get(client, "/calls", since=PAST, limit=1000)
    assert len(later) > len(earlier) and {c["id"] for c in earlier} <= {c["id"] for c in later}
    assert sum(c["state"] == "COMPLETE" for c in later) >= sum(c["state"] == "COMPLETE" for c in earlier)

"""The overlay (overlay.py): changes laid over a seeded base that they never touch, read as one
store; and the shared overlay (shared.py), here with two connections to one file standing for
two worker processes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from mockserver.engine.config import Limits
from mockserver.engine.limits import LimitedStore, LimitExceeded, StoreUsage
from mockserver.engine.overlay import MemoryOverlay, OverlayStore
from mockserver.engine.shared import SharedDb, SharedOverlay
from mockserver.engine.snapshot import load
from mockserver.engine.store import MemoryStore, derived


def base_of(**kinds: dict[str, dict[str, int]]) -> MemoryStore:
    base = MemoryStore()
    for kind, items in kinds.items():
        for key, value in items.items():
            base.put(kind, key, value)
    return base


@pytest.fixture
def base() -> MemoryStore:
    return base_of(k={"a": {"v": 1}, "b": {"v": 2}, "c": {"v": 3}}, other={"x": {"v": 9}})


def test_reads_see_the_changes_and_the_base_is_untouched(base: MemoryStore) -> None:
    store = OverlayStore(base, MemoryOverlay())
    store.put("k", "b", {"v": 20})
    assert store.delete("k", "a") == {"v": 1}
    store.put("k", "d", {"v": 4})
    assert store.get("k", "a") is None and store.get("k", "b") == {"v": 20} and store.get("k", "d") == {"v": 4}
    assert store.delete("k", "a") is None  # already gone
    assert store.delete("k", "nothing") is None
    # the base order, changed objects in place, deleted ones left out, new ones after
    assert store.values("k") == [{"v": 20}, {"v": 3}, {"v": 4}]
    assert store.count("k") == 3 and store.counts() == {"k": 3, "other": 1}
    assert base.values("k") == [{"v": 1}, {"v": 2}, {"v": 3}]  # the base never changes


def test_a_random_run_of_changes_reads_as_a_plain_store(base: MemoryStore) -> None:
    """500 seeded random puts and deletes on the overlay and on a plain copy of the base: the
    same objects and counts after each step (the order of values() aside: see the docstring)."""
    store, plain = OverlayStore(base, MemoryOverlay()), MemoryStore()
    for kind in ("k", "other"):
        for key, value in base.items(kind).items():
            plain.put(kind, key, value)
    rng = random.Random(5)
    for step in range(500):
        kind, key = rng.choice(("k", "other", "new")), rng.choice("abcdxyz")
        if rng.random() < 0.5:
            store.put(kind, key, {"v": step})
            plain.put(kind, key, {"v": step})
        else:
            assert store.delete(kind, key) == plain.delete(kind, key)
        assert store.count(kind) == plain.count(kind) == len(store.values(kind))
        assert sorted(store.items(kind).items(), key=str) == sorted(plain.items(kind).items(), key=str)
    assert store.counts() == plain.counts()
    assert base.count("k") == 3  # the base never changed


def test_a_kind_without_changes_reads_the_base_and_new_kinds_count(base: MemoryStore) -> None:
    store = OverlayStore(base, MemoryOverlay())
    assert store.values("other") == [{"v": 9}] and store.count("k") == 3
    store.put("new", "n", {"v": 5})
    store.put("new", "m", {"v": 6})
    store.delete("new", "n")
    assert store.values("new") == [{"v": 6}] and store.counts() == {"k": 3, "new": 1, "other": 1}


def test_created_again_after_a_delete_it_comes_last_as_in_a_dict(base: MemoryStore) -> None:
    store = OverlayStore(base, MemoryOverlay())
    store.put("new", "n", {"v": 1})
    store.put("new", "m", {"v": 2})
    store.delete("new", "n")
    store.put("new", "n", {"v": 3})
    assert store.values("new") == [{"v": 2}, {"v": 3}]


def test_a_new_overlay_is_the_seeded_data_again(base: MemoryStore) -> None:
    store = OverlayStore(base, MemoryOverlay())
    store.delete("k", "a")
    store.put("k", "z", {"v": 26})
    again = OverlayStore(base, MemoryOverlay())  # what a reset swaps in
    assert again.values("k") == [{"v": 1}, {"v": 2}, {"v": 3}] and again.get("k", "z") is None


def test_every_change_moves_the_version_and_drops_derived_caches(base: MemoryStore) -> None:
    store = OverlayStore(base, MemoryOverlay())
    builds: list[int] = []

    def build() -> int:
        builds.append(1)
        return store.count("k")

    assert derived(store, "n", build) == 3 and derived(store, "n", build) == 3 and len(builds) == 1
    version, kind_version = store.version, store.kind_version("k")
    store.delete("k", "c")
    assert store.version > version and store.kind_version("k") > kind_version and store.kind_version("other") == 0
    assert derived(store, "n", build) == 2 and len(builds) == 2


def test_snapshot_and_clear_see_the_merged_data(base: MemoryStore) -> None:
    store = OverlayStore(base, MemoryOverlay())
    store.delete("k", "a")
    store.put("k", "d", {"v": 4})
    assert load(store.snapshot()) == {"k": {"b": {"v": 2}, "c": {"v": 3}, "d": {"v": 4}}, "other": {"x": {"v": 9}}}
    store.clear()
    assert store.counts() == {"k": 0, "other": 0} and base.count("k") == 3


def test_limits_count_the_merged_collection(base: MemoryStore) -> None:
    store = LimitedStore(OverlayStore(base, MemoryOverlay()), Limits(max_objects=4), StoreUsage())
    store.put("k", "d", {"v": 4})  # 3 seeded + 1
    with pytest.raises(LimitExceeded):
        store.put("k", "e", {"v": 5})
    store.delete("k", "a")
    store.put("k", "e", {"v": 5})  # room again
    assert store.count("k") == 4


# ---- the shared overlay: two connections to one file, as two workers ----------------------


def two_workers(tmp_path: Path, base: MemoryStore) -> tuple[OverlayStore, OverlayStore]:
    stores = []
    for _ in range(2):
        db = SharedDb(tmp_path / "state.sqlite")
        db.open_run(1, {"n": 3}, {})
        overlay = SharedOverlay(db)
        overlay.pull()
        db.changed()  # from here on, changed() says whether the other wrote
        stores.append(OverlayStore(base, overlay))
    return stores[0], stores[1]


def pull(store: OverlayStore) -> None:
    overlay = store.overlay
    assert isinstance(overlay, SharedOverlay)
    overlay.pull()


def test_a_change_of_one_worker_is_read_by_the_other(tmp_path: Path, base: MemoryStore) -> None:
    one, two = two_workers(tmp_path, base)
    one.put("k", "d", {"v": 4})
    one.delete("k", "a")
    assert two.get("k", "d") is None  # not yet taken in
    assert isinstance(two.overlay, SharedOverlay) and two.overlay.db.changed()
    pull(two)
    assert two.get("k", "d") == {"v": 4} and two.get("k", "a") is None
    assert two.values("k") == one.values("k") == [{"v": 2}, {"v": 3}, {"v": 4}]
    assert two.count("k") == one.count("k") == 3
    assert not two.overlay.db.changed()  # nothing new since


def test_a_read_modify_write_is_atomic_across_workers(tmp_path: Path, base: MemoryStore) -> None:
    one, two = two_workers(tmp_path, base)
    with one.transaction():
        assert one.get("k", "n") is None
        one.put("k", "n", {"v": 1})
    with two.transaction():  # takes in the other's write before reading
        assert two.get("k", "n") == {"v": 1}


def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path, base: MemoryStore) -> None:
    one, two = two_workers(tmp_path, base)
    with pytest.raises(RuntimeError), one.transaction():
        one.put("k", "n", {"v": 1})
        raise RuntimeError("refused")
    pull(one)
    pull(two)
    assert one.get("k", "n") is None and two.get("k", "n") is None


def test_a_drop_reaches_every_worker(tmp_path: Path, base: MemoryStore) -> None:
    one, two = two_workers(tmp_path, base)
    one.delete("k", "a")
    pull(two)
    version = two.version
    assert isinstance(one.overlay, SharedOverlay)
    one.overlay.db.drop(1, {"n": 3})
    pull(two)
    assert two.get("k", "a") == {"v": 1} and two.version > version  # derived caches drop too


def test_a_restart_keeps_the_changes_only_for_the_same_seed_and_sizes(tmp_path: Path, base: MemoryStore) -> None:
    path = tmp_path / "state.sqlite"
    first = SharedDb(path)
    assert first.open_run(1, {"n": 3}, {"faults": {}}) == "new"
    OverlayStore(base, SharedOverlay(first)).put("k", "d", {"v": 4})
    first.close()
    again = SharedDb(path)
    assert again.open_run(1, {"n": 3}, {"faults": {"other": 1}}) == "kept"
    assert again.meta().config == {"faults": {}}  # the recorded config wins
    overlay = SharedOverlay(again)
    overlay.pull()
    assert OverlayStore(base, overlay).get("k", "d") == {"v": 4}
    assert again.open_run(2, {"n": 3}, {"faults": {"other": 1}}) == "dropped"
    overlay.pull()
    assert OverlayStore(base, overlay).get("k", "d") is None and again.meta().config == {"faults": {"other": 1}}

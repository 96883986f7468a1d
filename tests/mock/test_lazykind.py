"""A LazyKind (engine/lazykind.py): a virtual kind built once, on its first read, under a lock;
pickled as its parameters; with the store's puts and deletes over it like any virtual kind."""

from __future__ import annotations

import gc
import pickle
import threading
import time
from typing import Any

import pytest

from mockserver.engine.lazykind import LazyKind
from mockserver.engine.overlay import MemoryOverlay, OverlayStore
from mockserver.engine.store import MemoryStore, mount

BUILDS: list[tuple[Any, ...]] = []  # the arguments of every build, in order


def build(n: int, tag: str, pause: float = 0.0) -> dict[str, dict[str, Any]]:
    """n objects; slow if asked (to widen a race)."""
    BUILDS.append((n, tag))
    time.sleep(pause)
    return {f"{i:03d}": body(i, tag) for i in range(n)}


def body(i: int, tag: str) -> dict[str, Any]:
    return {"i": i, "tag": tag, "payload": f"{tag}{i}." * 40}


def half(n: int, tag: str, pause: float = 0.0) -> int:
    return n // 2


@pytest.fixture(autouse=True)
def _no_builds() -> None:
    BUILDS.clear()


@pytest.mark.parametrize(
    "read",
    [
        lambda k: k.get("001"),
        lambda k: list(k.all_keys()),
        lambda k: "001" in k,
        len,
    ],
    ids=["get", "all_keys", "contains", "len"],
)
def test_nothing_is_built_before_the_first_read_and_each_read_builds(read: Any) -> None:
    kind = LazyKind(build, 5, "a")
    assert not kind.built and BUILDS == []
    read(kind)
    assert kind.built and BUILDS == [(5, "a")]
    read(kind)
    assert kind.get("004") == body(4, "a") and kind.get("005") is None
    assert len(kind) == 5 and sorted(kind.all_keys()) == [f"{i:03d}" for i in range(5)]
    assert BUILDS == [(5, "a")]  # once


def test_a_size_known_beforehand_answers_len_and_the_counts_without_building() -> None:
    fixed = LazyKind(build, 6, "a", size=6)
    counted = LazyKind(build, 6, "b", size=lambda n, tag: n)
    store = MemoryStore()
    mount(store, "fixed", fixed)
    mount(store, "counted", counted)
    store.put("plain", "k", {"v": 1})
    assert len(fixed) == len(counted) == 6
    assert store.counts() == {"counted": 6, "fixed": 6, "plain": 1}
    assert BUILDS == [] and not fixed.built and not counted.built
    assert len(store.values("fixed")) == 6 and BUILDS == [(6, "a")]


def test_a_wrong_size_is_an_error_not_a_wrong_count() -> None:
    kind = LazyKind(build, 6, "a", size=half)
    assert len(kind) == 3  # the size function's word, until built
    with pytest.raises(ValueError, match="built 6 objects, not the 3"):
        kind.get("000")
    assert not kind.built
    with pytest.raises(ValueError):
        LazyKind(build, 2, "a", size=3).all_keys()


def test_concurrent_first_reads_build_once() -> None:
    kind = LazyKind(build, 50, "race", 0.2)
    start = threading.Barrier(8)
    seen: list[Any] = []
    lock = threading.Lock()

    def reader(n: int) -> None:
        start.wait()
        got = [kind.get("007"), len(kind), "010" in kind, sorted(kind.all_keys())][n % 4]
        with lock:
            seen.append((n % 4, got if n % 4 else id(got)))

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert BUILDS == [(50, "race")]
    assert len(seen) == 8
    assert {got for n, got in seen if n == 0} == {id(kind.get("007"))}  # the same object for all
    assert {got for n, got in seen if n == 1} == {50} and {got for n, got in seen if n == 2} == {True}


def test_it_pickles_as_its_parameters_and_builds_the_same_objects_again() -> None:
    kind = LazyKind(build, 300, "p", size=300)
    objects = {key: kind.get(key) for key in kind.all_keys()}
    data = pickle.dumps(kind)
    assert len(data) < 300 and len(pickle.dumps(objects)) > 100 * len(data)  # the objects are not in it
    copy = pickle.loads(data)  # noqa: S301 - our own data
    assert not copy.built and len(copy) == 300 and not copy.built
    assert {key: copy.get(key) for key in copy.all_keys()} == objects
    assert BUILDS == [(300, "p"), (300, "p")]
    with pytest.raises((pickle.PicklingError, AttributeError, TypeError)):
        pickle.dumps(LazyKind(lambda: {}))  # the build must be a module-level callable


def test_a_store_snapshot_carries_the_parameters_and_the_changes() -> None:
    store = MemoryStore()
    mount(store, "lazy", LazyKind(build, 10, "s", size=10))
    store.put("lazy", "001", {"i": -1})
    store.delete("lazy", "002")
    restored = MemoryStore.from_snapshot(store.snapshot())
    assert restored.get("lazy", "001") == {"i": -1} and restored.get("lazy", "002") is None
    assert restored.count("lazy") == 9 and restored.values("lazy") == store.values("lazy")


def test_puts_and_deletes_hide_and_override_the_base() -> None:
    store = MemoryStore()
    kind = LazyKind(build, 4, "b", size=4)
    mount(store, "k", kind)
    version = store.version
    store.put("k", "001", {"i": 1, "tag": "changed"})
    store.put("k", "new", {"i": 99})
    assert store.delete("k", "002") == body(2, "b")
    assert store.delete("k", "002") is None and store.delete("k", "nope") is None
    assert store.version == version + 3
    assert store.get("k", "001") == {"i": 1, "tag": "changed"} and store.get("k", "002") is None
    assert store.get("k", "003") == body(3, "b")
    assert [v["i"] for v in store.values("k")] == [0, 3, 1, 99]  # the base in order, then the puts
    assert store.count("k") == 4
    store.put("k", "002", {"i": 2, "tag": "again"})
    assert store.get("k", "002") == {"i": 2, "tag": "again"} and store.count("k") == 5
    assert kind.get("001") == body(1, "b")  # the base is never changed
    # the same through an overlay, as handlers see the data
    over = OverlayStore(MemoryStore(), MemoryOverlay())
    mount(over.base, "k", LazyKind(build, 4, "o", size=4))
    over.put("k", "000", {"i": 0, "tag": "changed"})
    assert over.delete("k", "001") is not None and over.get("k", "001") is None
    assert over.count("k") == 3 and [v["i"] for v in over.values("k")] == [2, 3, 0]
    assert over.base.get("k", "001") is not None


def test_a_released_store_frees_what_its_lazy_kinds_built() -> None:
    store = MemoryStore()
    kind = LazyKind(build, 20, "r")
    mount(store, "k", kind)
    objects = kind.objects()
    store.release()
    del store
    gc.collect()
    deadline = time.monotonic() + 10
    while objects and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not objects, "freed in steps by the store's freeing thread"
    assert not kind.built and len(kind) == 20  # another holder of the kind would build it again

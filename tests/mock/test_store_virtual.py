"""MemoryStore virtual kinds: a base computed on demand, with the store's puts and deletes
over it (store.mount, MemoryStore.virtual), through snapshots and the LimitedStore."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from mockserver.engine.config import Limits
from mockserver.engine.limits import LimitedStore, LimitExceeded, StoreUsage, json_size
from mockserver.engine.store import MemoryStore, mount, stored_of, virtual_of


class Squares:
    """A base of n objects {"k": str(i), "sq": i*i}, counting what it computes."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.computed = 0

    def get(self, key: str) -> dict[str, Any] | None:
        if key not in self:
            return None
        self.computed += 1
        return {"k": key, "sq": int(key) ** 2}

    def all_keys(self) -> Iterator[str]:
        return (str(i) for i in range(self.n))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.isdigit() and int(key) < self.n

    def __len__(self) -> int:
        return self.n

    def __reduce__(self) -> tuple[Any, tuple[int]]:
        return Squares, (self.n,)


def mounted(n: int = 1000) -> tuple[MemoryStore, Squares]:
    store, base = MemoryStore(), Squares(n)
    mount(store, "sq", base)
    return store, base


def test_a_mounted_kind_is_read_from_its_base_on_demand() -> None:
    store, base = mounted()
    assert base.computed == 0 and store.count("sq") == 1000 and store.counts() == {"sq": 1000}
    assert store.get("sq", "12") == {"k": "12", "sq": 144} and base.computed == 1
    assert store.get("sq", "1000") is None and store.get("other", "12") is None
    assert stored_of(store, "sq") == []  # nothing is held


def test_puts_and_deletes_are_an_overlay_on_the_base() -> None:
    store, _ = mounted(10)
    version = store.version
    store.put("sq", "3", {"k": "3", "sq": -1})  # replaces a base object
    store.put("sq", "new", {"k": "new", "sq": 0})  # a key the base has not
    assert store.get("sq", "3") == {"k": "3", "sq": -1} and store.count("sq") == 11
    assert store.delete("sq", "4") == {"k": "4", "sq": 16}
    assert store.get("sq", "4") is None and store.delete("sq", "4") is None and store.count("sq") == 10
    assert store.delete("sq", "3") == {"k": "3", "sq": -1}  # the replaced base object goes too
    assert store.get("sq", "3") is None and store.count("sq") == 9
    store.put("sq", "4", {"k": "4", "sq": 4})  # a deleted base key put again
    assert store.get("sq", "4") == {"k": "4", "sq": 4} and store.count("sq") == 10
    assert store.version == version + 5  # the second delete of "4" removed nothing
    keys = sorted(v["k"] for v in store.values("sq"))
    assert keys == sorted(["0", "1", "2", "4", "5", "6", "7", "8", "9", "new"])
    found = virtual_of(store, "sq")
    assert found is not None
    _, puts, deleted = found
    assert set(puts) == {"new", "4"} and deleted == {"3"}
    assert sorted(v["k"] for v in stored_of(store, "sq")) == ["4", "new"]


def test_a_snapshot_keeps_the_base_small_and_the_changes() -> None:
    store, _ = mounted(100_000)
    store.delete("sq", "7")
    store.put("sq", "x", {"k": "x", "sq": 1})
    snapshot = store.snapshot()
    assert sum(len(chunk) for _, chunk in snapshot) < 2000  # the base pickles as its parameters
    copy = MemoryStore.from_snapshot(snapshot)
    assert copy.count("sq") == 100_000 and copy.get("sq", "7") is None and copy.get("sq", "8") == {"k": "8", "sq": 64}
    assert copy.get("sq", "x") == {"k": "x", "sq": 1} and copy.counts() == store.counts()
    copy.delete("sq", "8")
    assert store.get("sq", "8") is not None  # the copy's changes are its own


def test_clear_drops_the_mounts() -> None:
    store, _ = mounted()
    store.clear()
    assert store.get("sq", "1") is None and store.counts() == {}


def test_a_store_without_virtual_kinds_gets_the_objects_put() -> None:
    class Plain:  # the Store protocol only
        def __init__(self) -> None:
            self.items: dict[str, dict[str, Any]] = {}

        def put(self, kind: str, key: str, value: dict[str, Any]) -> None:
            self.items[key] = value

        def values(self, kind: str) -> list[dict[str, Any]]:
            return list(self.items.values())

    plain = Plain()
    mount(plain, "sq", Squares(5))  # type: ignore[arg-type]
    assert sorted(plain.items) == ["0", "1", "2", "3", "4"]
    assert virtual_of(plain, "sq") is None  # type: ignore[arg-type]
    assert len(stored_of(plain, "sq")) == 5  # type: ignore[arg-type]


def test_limits_count_only_what_the_store_holds() -> None:
    store, base = mounted(1000)
    one = json_size({"k": "new", "sq": 0})
    limited = LimitedStore(store, Limits(max_objects=10**6, max_collection_bytes=2 * one), StoreUsage())
    assert limited.delete("sq", "5") == {"k": "5", "sq": 25}  # a base object: never counted
    assert base.computed <= 2  # the usage did not compute the base
    limited.put("sq", "new", {"k": "new", "sq": 0})
    limited.put("sq", "6", {"k": "6", "sq": 0})  # a base key: its base object was not counted
    with pytest.raises(LimitExceeded):
        limited.put("sq", "more", {"k": "more", "sq": 0})
    limited.delete("sq", "new")  # a held object: its bytes are freed
    limited.put("sq", "more", {"k": "more", "sq": 0})
    assert limited.virtual("sq") is not None

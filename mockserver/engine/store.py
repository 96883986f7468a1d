"""The mock's state behind a small interface (overlay.py lays the changes over a seeded MemoryStore).

Objects are JSON-able dicts grouped by kind ("calls", "conversations", ...) and keyed by a
string id. Every mutation bumps `version`, which handlers may use to cache derived indexes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import Any, Protocol, TypeVar

from mockserver.engine import snapshot as snapshots

T = TypeVar("T")


class Store(Protocol):
    @property
    def version(self) -> int: ...  # bumped by every mutation

    def get(self, kind: str, key: str) -> dict[str, Any] | None: ...
    def put(self, kind: str, key: str, value: dict[str, Any]) -> None: ...
    def delete(self, kind: str, key: str) -> dict[str, Any] | None: ...
    def values(self, kind: str) -> list[dict[str, Any]]: ...
    def count(self, kind: str) -> int: ...
    def counts(self) -> dict[str, int]: ...
    def clear(self) -> None: ...
    def transaction(self) -> Any: ...  # context manager: atomic read-modify-write


class MemoryStore:
    """A thread-safe in-memory Store."""

    def __init__(self) -> None:
        self._data: dict[str, dict[str, dict[str, Any]]] = {}
        self._lock = threading.RLock()
        self.version = 0
        self.epoch = 0  # bumped when the whole data is replaced (clear, restore)
        self.cache: dict[str, tuple[int, Any]] = {}  # see derived()
        self._released = False  # see release()

    def get(self, kind: str, key: str) -> dict[str, Any] | None:
        return self._data.get(kind, {}).get(key)

    def put(self, kind: str, key: str, value: dict[str, Any]) -> None:
        with self._lock:
            self._data.setdefault(kind, {})[key] = value
            self.version += 1

    def delete(self, kind: str, key: str) -> dict[str, Any] | None:
        with self._lock:
            removed = self._data.get(kind, {}).pop(key, None)
            if removed is not None:
                self.version += 1
            return removed

    def values(self, kind: str) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._data.get(kind, {}).values())

    def count(self, kind: str) -> int:
        return len(self._data.get(kind, {}))

    def items(self, kind: str) -> Mapping[str, dict[str, Any]]:
        """key -> object of `kind` (the store's own mapping: read it, do not change it)."""
        return self._data.get(kind, {})

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {kind: len(items) for kind, items in sorted(self._data.items())}

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self.cache.clear()
            self.version += 1
            self.epoch += 1

    def snapshot(self) -> snapshots.Snapshot:
        """All objects, serialized in chunks (from_snapshot() builds a store of them: a fast reset)."""
        with self._lock:
            return snapshots.dump(self._data)

    @classmethod
    def from_snapshot(cls, snapshot: snapshots.Snapshot) -> MemoryStore:
        store = cls()
        store._data = snapshots.load(snapshot)
        return store

    def release(self) -> None:
        """The store has been replaced: whoever drops the last reference to it (the reset
        itself, or a request still in flight on it), its objects are then freed in a worker
        thread, object by object. A big store freed in one go, one deallocation cascade that
        never gives up the GIL, would stall the event loop for 100 ms or more."""
        self._released = True

    def __del__(self) -> None:
        if not self._released or not self._data:
            return
        garbage = (self._data, self.cache)
        self._data, self.cache = {}, {}
        with suppress(RuntimeError):  # at interpreter shutdown (no new threads) it is freed here
            threading.Thread(target=_free, args=garbage, name="mock-store-free", daemon=True).start()

    @contextmanager
    def transaction(self) -> Iterator[MemoryStore]:
        with self._lock:
            yield self


def _free(data: dict[str, dict[str, Any]], cache: dict[str, Any]) -> None:
    """Free the objects of a released store one at a time (the GIL changes hands in between)."""
    cache.clear()
    for items in data.values():
        while items:
            items.popitem()
    data.clear()


def derived(store: Store, name: str, build: Callable[[], T]) -> T:
    """`build()`, cached on the store until its next mutation (keyed by `store.version`).

    For indexes that handlers derive from the stored objects. A store without a `cache`
    attribute just rebuilds every time.
    """
    cache: dict[str, tuple[int, Any]] | None = getattr(store, "cache", None)
    version = store.version
    if cache is not None:
        hit = cache.get(name)
        if hit is not None and hit[0] == version:
            return hit[1]  # type: ignore[no-any-return]
    value = build()
    if cache is not None:
        cache[name] = (version, value)
    return value

"""The mock's state behind a small interface (overlay.py lays the changes over a seeded MemoryStore).

Objects are JSON-able dicts grouped by kind ("calls", "conversations", ...) and keyed by a
string id. Every mutation bumps `version`, which handlers may use to cache derived indexes.
"""

from __future__ import annotations

import pickle
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
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


class VirtualKind(Protocol):
    """The base objects of a kind, computed on demand (seeded data that is never stored).

    A MemoryStore with a kind mounted keeps only the changes to it: its own dict for the kind
    holds the objects put (they hide base objects of the same key), and a deleted base key is
    remembered. It must pickle small (snapshots hold it): e.g. as its parameters. Its objects
    may be shared (cached, and by the stores of the same base): change one with a put, never
    in place.
    """

    def get(self, key: str) -> dict[str, Any] | None: ...
    def all_keys(self) -> Iterable[str]: ...
    def __contains__(self, key: object) -> bool: ...
    def __len__(self) -> int: ...


# snapshot entries of the virtual kinds and of their deleted keys (not kinds: no "." in them)
_VIRTUAL = "\x00virtual"
_DELETED = "\x00deleted"


class MemoryStore:
    """A thread-safe in-memory Store."""

    def __init__(self) -> None:
        self._data: dict[str, dict[str, dict[str, Any]]] = {}
        self._virtual: dict[str, VirtualKind] = {}  # see mount()
        self._deleted: dict[str, set[str]] = {}  # base keys of virtual kinds deleted
        self._lock = threading.RLock()
        self.version = 0
        self.epoch = 0  # bumped when the whole data is replaced (clear, restore)
        self.cache: dict[str, tuple[int, Any]] = {}  # see derived()
        self._released = False  # see release()

    def get(self, kind: str, key: str) -> dict[str, Any] | None:
        hit = self._data.get(kind, {}).get(key)
        base = self._virtual.get(kind)
        if hit is not None or base is None or key in self._deleted.get(kind, ()):
            return hit
        return base.get(key)

    def put(self, kind: str, key: str, value: dict[str, Any]) -> None:
        with self._lock:
            self._data.setdefault(kind, {})[key] = value
            self._deleted.get(kind, set()).discard(key)
            self.version += 1

    def delete(self, kind: str, key: str) -> dict[str, Any] | None:
        with self._lock:
            removed = self._data.get(kind, {}).pop(key, None)
            base = self._virtual.get(kind)
            if base is not None and key not in self._deleted.setdefault(kind, set()) and key in base:
                if removed is None:
                    removed = base.get(key)
                self._deleted[kind].add(key)
            if removed is not None:
                self.version += 1
            return removed

    def values(self, kind: str) -> list[dict[str, Any]]:
        with self._lock:
            own = self._data.get(kind, {})
            base = self._virtual.get(kind)
            if base is None:
                return list(own.values())
            hidden = self._deleted.get(kind, set())
            computed = [base.get(k) for k in base.all_keys() if k not in own and k not in hidden]
            return [v for v in computed if v is not None] + list(own.values())

    def count(self, kind: str) -> int:
        own = self._data.get(kind, {})
        base = self._virtual.get(kind)
        if base is None:
            return len(own)
        with self._lock:
            hidden = self._deleted.get(kind, set())
            return len(base) - len(hidden) + sum(1 for k in own if k not in base)

    def items(self, kind: str) -> Mapping[str, dict[str, Any]]:
        """key -> object of `kind` (the store's own mapping: read it, do not change it)."""
        return self._data.get(kind, {})

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {kind: self.count(kind) for kind in sorted(self._data.keys() | self._virtual.keys())}

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self._virtual.clear()
            self._deleted.clear()
            self.cache.clear()
            self.version += 1
            self.epoch += 1

    # ---- virtual kinds (computed base data, with the store's changes over it) ----------
    def mount(self, kind: str, base: VirtualKind) -> None:
        """Serve `kind` from `base`, computed on demand; puts and deletes stay in the store."""
        with self._lock:
            self._virtual[kind] = base
            self._data.setdefault(kind, {})
            self._deleted[kind] = set()
            self.version += 1

    def virtual(self, kind: str) -> tuple[VirtualKind, dict[str, dict[str, Any]], frozenset[str]] | None:
        """A virtual kind's base, the objects put (a copy) and the base keys deleted."""
        with self._lock:
            base = self._virtual.get(kind)
            if base is None:
                return None
            return base, dict(self._data.get(kind, {})), frozenset(self._deleted.get(kind, ()))

    def stored(self, kind: str) -> list[dict[str, Any]]:
        """The objects the store holds (of a virtual kind: only those put)."""
        with self._lock:
            return list(self._data.get(kind, {}).values())

    def snapshot(self) -> snapshots.Snapshot:
        """All objects, serialized in chunks (from_snapshot() builds a store of them: a fast reset);
        of a virtual kind, its base (pickled small) and the changes."""
        with self._lock:
            extra: snapshots.Snapshot = ()
            if self._virtual:
                extra = (
                    (_VIRTUAL, pickle.dumps(self._virtual, protocol=pickle.HIGHEST_PROTOCOL)),
                    (_DELETED, pickle.dumps(self._deleted, protocol=pickle.HIGHEST_PROTOCOL)),
                )
            return snapshots.dump(self._data) + extra

    @classmethod
    def from_snapshot(cls, snapshot: snapshots.Snapshot) -> MemoryStore:
        store = cls()
        special = {kind: chunk for kind, chunk in snapshot if kind in (_VIRTUAL, _DELETED)}
        store._data = snapshots.load(tuple(e for e in snapshot if e[0] not in special))
        if special:
            store._virtual = pickle.loads(special[_VIRTUAL])  # noqa: S301 - our own snapshot
            store._deleted = pickle.loads(special[_DELETED])  # noqa: S301 - our own snapshot
        return store

    def release(self) -> None:
        """The store has been replaced: whoever drops the last reference to it (the reset
        itself, or a request still in flight on it), its objects are then freed in a worker
        thread, object by object. A big store freed in one go, one deallocation cascade that
        never gives up the GIL, would stall the event loop for 100 ms or more."""
        self._released = True

    def __del__(self) -> None:
        if not self._released:
            return
        # of the virtual kinds, the objects built and kept (lazykind.py): freed in steps too
        built = [b for b in (_unload(base) for base in self._virtual.values()) if b]
        if not self._data and not built:
            return
        garbage = ({**self._data, **{f"{_VIRTUAL}{i}": b for i, b in enumerate(built)}}, self.cache)
        self._data, self.cache = {}, {}
        with suppress(RuntimeError):  # at interpreter shutdown (no new threads) it is freed here
            threading.Thread(target=_free, args=garbage, name="mock-store-free", daemon=True).start()

    @contextmanager
    def transaction(self) -> Iterator[MemoryStore]:
        with self._lock:
            yield self


def _unload(base: VirtualKind) -> dict[str, dict[str, Any]] | None:
    """The objects a virtual kind built and kept, handed over (LazyKind.unload), if it does."""
    unload = getattr(base, "unload", None)
    return unload() if callable(unload) else None


def _free(data: dict[str, dict[str, Any]], cache: dict[str, Any]) -> None:
    """Free the objects of a released store one at a time (the GIL changes hands in between)."""
    cache.clear()
    for items in data.values():
        while items:
            items.popitem()
    data.clear()


def mount(store: Store, kind: str, base: VirtualKind) -> None:
    """Serve `kind` from `base` computed on demand (MemoryStore.mount); a store without
    virtual kinds gets every base object put instead."""
    attach = getattr(store, "mount", None)
    if callable(attach):
        attach(kind, base)
        return
    for key in base.all_keys():
        value = base.get(key)
        if value is not None:
            store.put(kind, key, value)


def virtual_of(store: Store, kind: str) -> tuple[VirtualKind, Mapping[str, dict[str, Any]], frozenset[str]] | None:
    """MemoryStore.virtual() of a store that has virtual kinds, else None."""
    find = getattr(store, "virtual", None)
    return find(kind) if callable(find) else None


def stored_of(store: Store, kind: str) -> list[dict[str, Any]]:
    """MemoryStore.stored() of a store that has virtual kinds, else store.values()."""
    find = getattr(store, "stored", None)
    return find(kind) if callable(find) else store.values(kind)


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

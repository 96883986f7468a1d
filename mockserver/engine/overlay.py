"""The data as handlers see it: the seeded base with the changes laid over it.

The base is a `MemoryStore` that seeding fills: a pure function of the seed, the sizes and the
day, so every worker process builds the same one. Creates, updates, deletes, redactions and
state changes never touch it: they go into an overlay (`MemoryOverlay`: kind -> key -> the
new object, or `None` for a deleted one). A reset drops the overlay (a new, empty one: O(1));
the base stays. The overlay of one process is a `MemoryOverlay`; the one that every worker
process shares, and that a restart keeps, is `shared.SharedOverlay` (SQLite), which mirrors
the shared rows into the same dicts, so that reads never leave the process.

`OverlayStore(base, overlay)` is the `Store` the handlers get. Reads look in the overlay first
(a kind the overlay has no entry for reads the base directly: the cost of the default
path is one dict lookup); `values()` keeps the base order, with the changed objects in their
place, the deleted ones left out and the new ones after them in the order they were created.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from mockserver.engine import snapshot as snapshots
from mockserver.engine.store import MemoryStore, VirtualKind

Change = dict[str, Any] | None  # the new object, or None: deleted


class MemoryOverlay:
    """The changes of one process, in memory."""

    def __init__(self) -> None:
        self.changes: dict[str, dict[str, Change]] = {}
        self.version = 0  # bumped by every change
        self.generation = 0  # bumped when the changes are dropped under the readers (SharedOverlay)
        self.kind_versions: dict[str, int] = {}  # the version of the last change of each kind
        self.count_deltas: dict[str, int] = {}  # objects of each kind, less those of the base
        self.lock = threading.RLock()

    def lookup(self, kind: str, key: str) -> tuple[bool, Change]:
        """(True, the change) if the overlay has one for `key`, else (False, None)."""
        items = self.changes.get(kind)
        if items is None or key not in items:
            return False, None
        return True, items[key]

    def record(self, kind: str, key: str, value: Change, in_base: bool) -> None:
        """`value` (None: deleted) for `key`; `in_base`: whether the base has `key`."""
        with self.lock:
            self._apply(kind, key, value, self.version + 1, in_base)

    def _apply(self, kind: str, key: str, value: Change, version: int, in_base: bool) -> None:
        items = self.changes.setdefault(kind, {})
        # what the key adds to the count of the kind: 1 if it is there now, less 1 if the base has it
        before = (items[key] is not None) - in_base if key in items else 0
        if items.get(key, 0) is None:
            del items[key]  # created again after a delete: it goes to the end, as in a dict
        items[key] = value
        self.count_deltas[kind] = self.count_deltas.get(kind, 0) + (value is not None) - in_base - before
        self.version = version
        self.kind_versions[kind] = version

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.lock:
            yield


class OverlayStore:
    """A Store: `base` with `overlay` laid over it (see the module docstring)."""

    def __init__(self, base: MemoryStore, overlay: MemoryOverlay) -> None:
        self.base = base
        self.overlay = overlay
        self.cache: dict[str, tuple[int, Any]] = {}  # store.derived()

    @property
    def version(self) -> int:
        return self.base.version + self.overlay.version  # both only grow

    @property
    def epoch(self) -> int:
        """Bumped when the data is replaced under the same store (limits.py counts again)."""
        return self.base.epoch + self.overlay.generation

    def kind_version(self, kind: str) -> int:
        """Bumped by every change of `kind` (limits.py counts again when another process changed it)."""
        return self.overlay.kind_versions.get(kind, 0)

    def get(self, kind: str, key: str) -> dict[str, Any] | None:
        found, value = self.overlay.lookup(kind, key)
        return value if found else self.base.get(kind, key)

    def _in_base(self, kind: str, key: str) -> bool:
        return self.base.get(kind, key) is not None  # a virtual kind's base objects included

    def put(self, kind: str, key: str, value: dict[str, Any]) -> None:
        self.overlay.record(kind, key, value, self._in_base(kind, key))

    def delete(self, kind: str, key: str) -> dict[str, Any] | None:
        with self.overlay.transaction():
            removed = self.get(kind, key)
            if removed is not None:
                self.overlay.record(kind, key, None, self._in_base(kind, key))
            return removed

    def virtual(self, kind: str) -> tuple[VirtualKind, dict[str, dict[str, Any]], frozenset[str]] | None:
        """MemoryStore.virtual() with the changes applied: the computed base, every object put
        (the base's and the overlay's) and every base key deleted."""
        found = self.base.virtual(kind)
        if found is None:
            return None
        base, puts, deleted = found
        with self.overlay.lock:
            changes = dict(self.overlay.changes.get(kind, {}))
        puts = {**puts, **{key: value for key, value in changes.items() if value is not None}}
        gone = {key for key, value in changes.items() if value is None}
        for key in gone:
            puts.pop(key, None)
        return base, puts, deleted | frozenset(key for key in gone if key in base)

    def stored(self, kind: str) -> list[dict[str, Any]]:
        """The objects held, not computed (store.stored_of: of a virtual kind only those put)."""
        found = self.virtual(kind)
        return self.values(kind) if found is None else list(found[1].values())

    def values(self, kind: str) -> list[dict[str, Any]]:
        found = self.virtual(kind)
        if found is not None:
            computed_base, puts, deleted = found
            keys = (key for key in computed_base.all_keys() if key not in puts and key not in deleted)
            computed = (computed_base.get(key) for key in keys)
            return [value for value in computed if value is not None] + list(puts.values())
        with self.overlay.lock:
            changes = self.overlay.changes.get(kind)
            if not changes:
                return self.base.values(kind)
            changes = dict(changes)
        out: list[dict[str, Any]] = []
        base = self.base.items(kind)
        for key, seeded in base.items():
            changed = changes.get(key, seeded)
            if changed is not None:  # None: deleted
                out.append(changed)
        out.extend(value for key, value in changes.items() if value is not None and key not in base)
        return out

    def count(self, kind: str) -> int:
        return self.base.count(kind) + self.overlay.count_deltas.get(kind, 0)

    def counts(self) -> dict[str, int]:
        kinds = set(self.base.counts()) | set(self.overlay.changes)
        return {kind: self.count(kind) for kind in sorted(kinds)}

    def clear(self) -> None:
        """Every object gone (the base's and the overlay's)."""
        with self.overlay.transaction():
            for kind in list(self.counts()):
                for key in list(self.items(kind)):
                    self.delete(kind, key)

    def items(self, kind: str) -> dict[str, dict[str, Any]]:
        """key -> object of `kind`, the changes applied (of a virtual kind: every object computed)."""
        found = self.virtual(kind)
        if found is not None:
            base, puts, deleted = found
            computed = {key: base.get(key) for key in base.all_keys() if key not in puts and key not in deleted}
            return {**{key: value for key, value in computed.items() if value is not None}, **puts}
        with self.overlay.lock:
            merged = dict(self.base.items(kind))
            for key, value in self.overlay.changes.get(kind, {}).items():
                if value is None:
                    merged.pop(key, None)
                else:
                    merged[key] = value
            return merged

    def snapshot(self) -> snapshots.Snapshot:
        """All objects, the changes applied (MockState.restore makes them a new base)."""
        with self.overlay.lock:
            kinds = set(self.base.counts()) | set(self.overlay.changes)
            return snapshots.dump({kind: self.items(kind) for kind in sorted(kinds)})

    def transaction(self) -> Any:
        return self.overlay.transaction()

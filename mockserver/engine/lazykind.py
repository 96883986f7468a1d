"""A virtual kind (store.VirtualKind) whose objects are all built at once, on first read.

Why: a reseed rebuilds the seeded base, and `POST /__mock__/reseed` must answer in well under
100 ms at any size. Kinds whose objects cannot be computed one by one from a key (as a
plugin's per-index virtual kinds are) but are small and of a fixed size (a vendor's activity:
scores, listens, coaching plans...) were built by the seed, all of them, on every reseed.
Mounted as a LazyKind, such a kind costs nothing at the reseed: its objects are built the first
time a request reads any of them (`get`, `all_keys`, `in`, `len`), then kept on the instance,
for the life of the base. The seed of such kinds moved from the reseed to the first read, kind
by kind.

The trade-off: the whole build is paid by the first request that reads the kind (each kind
on its own: a request for listens builds the listens only), instead of by the reseed; later
reads cost what a stored kind costs. So the build of one kind must stay short (tens of
milliseconds at the default sizes), and a kind that is read only in part at a large size is
better computed per key, as a VirtualKind of its own.

A LazyKind pickles as its parameters (snapshots pickle the virtual kinds: store.py): the build
function, a module-level callable (pickled by name), its arguments, which must pickle too and
should pickle small, and the size. The built objects are not pickled: the copy builds them again
when read, the same objects, since the build must be a pure function of its arguments.

`size`, when known beforehand (an int, or a module-level function of the same arguments that is
cheaper than the build), answers `len` without building: the counts of the admin state (which a
reseed returns) then build nothing. The build is checked to make exactly that many objects.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Objects = Mapping[str, dict[str, Any]]


class LazyKind:
    """The objects `build(*args)` returns (key -> object), built once, on the first read."""

    def __init__(
        self,
        build: Callable[..., Objects],
        *args: Any,
        size: int | Callable[..., int] | None = None,
    ) -> None:
        self._setup(build, args, size)

    def _setup(
        self, build: Callable[..., Objects], args: tuple[Any, ...], size: int | Callable[..., int] | None
    ) -> None:
        self.build = build
        self.args = args
        self.size = size
        self._objects: dict[str, dict[str, Any]] | None = None
        self._length: int | None = size if isinstance(size, int) else None
        self._lock = threading.Lock()

    @property
    def built(self) -> bool:
        return self._objects is not None

    def objects(self) -> dict[str, dict[str, Any]]:
        """The objects, built now if they are not yet (once: concurrent readers wait for it)."""
        objects = self._objects
        if objects is None:
            with self._lock:
                objects = self._objects
                if objects is None:
                    objects = dict(self.build(*self.args))
                    expected = self._length if self._length is not None else self._count()
                    if expected is not None and len(objects) != expected:
                        raise ValueError(f"{self!r} built {len(objects)} objects, not the {expected} of its size")
                    self._objects = objects
        return objects

    def _count(self) -> int | None:
        if self.size is None or isinstance(self.size, int):
            return self.size
        self._length = self.size(*self.args)
        return self._length

    def unload(self) -> dict[str, dict[str, Any]] | None:
        """Forget the built objects (the next read builds them again) and hand them over: the
        store frees them in steps (store.py) once it is released."""
        with self._lock:
            objects, self._objects = self._objects, None
            return objects

    # ---- store.VirtualKind -----------------------------------------------------------
    def get(self, key: str) -> dict[str, Any] | None:
        return self.objects().get(key)

    def all_keys(self) -> Iterable[str]:
        return list(self.objects())

    def __contains__(self, key: object) -> bool:
        return key in self.objects()

    def __len__(self) -> int:
        objects = self._objects
        if objects is not None:
            return len(objects)
        if self._length is not None:
            return self._length
        if self.size is not None:
            with self._lock:
                counted = self._count()
            assert counted is not None
            return counted
        return len(self.objects())

    # ---- pickling: the parameters only -----------------------------------------------
    def __getstate__(self) -> dict[str, Any]:
        return {"build": self.build, "args": self.args, "size": self.size}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._setup(state["build"], state["args"], state["size"])

    def __repr__(self) -> str:
        name = getattr(self.build, "__qualname__", repr(self.build))
        return f"LazyKind({name}, {'built' if self.built else 'not built'})"

"""Bounded resources: what one request, one collection and one response may hold.

Each limit is a `python -m mockserver` flag (`--max-header-bytes`, `--max-field-bytes`,
`--max-objects`, `--max-collection-bytes`, `--max-response-bytes`) and a `MockConfig.limits`
field. A request over a limit is answered in the API's own error shape:

- the request head (request line and header fields) over `max_header_bytes`: 431;
- a string in the JSON request body over `max_field_bytes` (UTF-8): 400 INVALID_ARGUMENT, as a
  spec `maxLength` would give;
- a create in a collection that holds `max_objects`, or whose objects would pass
  `max_collection_bytes` (their JSON size): 429 RESOURCE_EXHAUSTED where the operation declares
  a 429, else 400;
- a response body over `max_response_bytes`: refused the same way, not sent.

Handlers write through `LimitedStore` (the store a RequestContext holds), so the seed is not
limited; a collection seeded past `max_objects` takes no creates. The values: `config.Limits`.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import orjson

from mockserver.engine.config import Limits
from mockserver.engine.context import MockError
from mockserver.engine.specs import Operation
from mockserver.engine.store import Store, VirtualKind, stored_of, virtual_of

RESOURCE_EXHAUSTED = 8  # the gRPC code of a 431 (the HTTP status says the rest)


class LimitExceeded(Exception):
    """A resource limit refused a request (the pipeline renders it with `limit_error`)."""


def limit_error(op: Operation, message: str) -> MockError:
    """429 RESOURCE_EXHAUSTED where the operation declares a 429, else 400 INVALID_ARGUMENT."""
    return MockError(429 if "429" in op.responses else 400, message)


def head_size(method: bytes, target: bytes, http_version: bytes, headers: Sequence[tuple[bytes, bytes]]) -> int:
    """The bytes of a request head as sent: `METHOD target HTTP/x.y` CRLF, `name: value` CRLF each,
    and the closing CRLF."""
    line = len(method) + 1 + len(target) + 6 + len(http_version) + 2
    return line + sum(len(name) + 2 + len(value) + 2 for name, value in headers) + 2


def _strings(value: Any) -> Iterator[str]:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def check_fields(body: Any, raw_size: int, limit: int) -> str | None:
    """What is wrong with a parsed JSON body (of `raw_size` bytes) if one of its strings is over
    `limit` bytes (UTF-8), else None."""
    if raw_size <= limit:  # no string can be longer than the body that holds it
        return None
    for text in _strings(body):
        if len(text) * 4 > limit and len(text.encode()) > limit:
            return f"a string field of the request body is {len(text.encode())} bytes; at most {limit} are accepted"
    return None


def json_size(value: Any) -> int:
    return len(orjson.dumps(value))


def _kind_version(store: Store, kind: str) -> int:
    """The store's count of changes of `kind` (an OverlayStore's, which another process may
    advance: shared.py), or 0 for a store without one."""
    version = getattr(store, "kind_version", None)
    return int(version(kind)) if version is not None else 0


class _Usage:
    """The JSON bytes of one collection of one store (counted once, then kept up to date by
    the writes of this process; counted again when another process changed the collection)."""

    def __init__(self, store: Store, kind: str) -> None:
        self.store = weakref.ref(store)  # a replaced store (reset, reseed) must be free to go
        self.epoch = getattr(store, "epoch", 0)
        self.bytes = sum(json_size(item) for item in stored_of(store, kind))  # not a virtual base
        self.seen = _kind_version(store, kind)  # the changes of `kind` counted in `bytes`


class StoreUsage:
    """Per-collection byte counts of the objects in a store, shared by all requests."""

    def __init__(self) -> None:
        self._usage: dict[str, _Usage] = {}

    def of(self, store: Store, kind: str) -> _Usage:
        hit = self._usage.get(kind)
        # another store, or the store restored or cleared (reset, reseed) since: count again
        if (
            hit is None
            or hit.store() is not store
            or hit.epoch != getattr(store, "epoch", 0)
            or hit.seen != _kind_version(store, kind)
        ):
            hit = self._usage[kind] = _Usage(store, kind)
        return hit


class LimitedStore:
    """A Store as handlers see it: creates past `max_objects` or `max_collection_bytes` raise
    LimitExceeded; everything else passes to the store underneath."""

    __slots__ = ("_limits", "_store", "_usage")

    def __init__(self, store: Store, limits: Limits, usage: StoreUsage) -> None:
        self._store = store
        self._limits = limits
        self._usage = usage

    @property
    def version(self) -> int:
        return self._store.version

    @property
    def cache(self) -> Any:  # store.derived() caches on it
        return getattr(self._store, "cache", None)

    def get(self, kind: str, key: str) -> dict[str, Any] | None:
        return self._store.get(kind, key)

    def put(self, kind: str, key: str, value: dict[str, Any]) -> None:
        with self._store.transaction():
            old = self._store.get(kind, key)
            if old is None and self._store.count(kind) >= self._limits.max_objects:
                raise LimitExceeded(f"the collection {kind} holds {self._limits.max_objects} objects, the most it may")
            usage = self._usage.of(self._store, kind)
            counted = old is not None and self._holds(kind, key)
            delta = json_size(value) - (json_size(old) if counted else 0)
            if delta > 0 and usage.bytes + delta > self._limits.max_collection_bytes:
                raise LimitExceeded(
                    f"the collection {kind} would hold more than {self._limits.max_collection_bytes} bytes"
                )
            self._store.put(kind, key, value)
            usage.bytes += delta
            usage.seen = _kind_version(self._store, kind)

    def delete(self, kind: str, key: str) -> dict[str, Any] | None:
        with self._store.transaction():
            usage = self._usage.of(self._store, kind)
            counted = self._holds(kind, key)
            removed = self._store.delete(kind, key)
            if removed is not None and counted:
                usage.bytes -= json_size(removed)
                usage.seen = _kind_version(self._store, kind)
            return removed

    def _holds(self, kind: str, key: str) -> bool:
        """Whether the object is held by the store (counted in its usage), not computed by a
        virtual kind's base (store.VirtualKind: the seed, never limited)."""
        found = virtual_of(self._store, kind)
        return found is None or key in found[1]

    def values(self, kind: str) -> list[dict[str, Any]]:
        return self._store.values(kind)

    def virtual(self, kind: str) -> tuple[VirtualKind, Mapping[str, dict[str, Any]], frozenset[str]] | None:
        return virtual_of(self._store, kind)

    def count(self, kind: str) -> int:
        return self._store.count(kind)

    def counts(self) -> dict[str, int]:
        return self._store.counts()

    def clear(self) -> None:
        self._store.clear()

    def transaction(self) -> Any:
        return self._store.transaction()

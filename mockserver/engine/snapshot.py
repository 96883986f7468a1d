"""Store snapshots pickled in chunks, so that the event loop gets the GIL between them.

A `pickle.dumps` or `pickle.loads` call holds the GIL for its whole run: a store of 20,000
calls pickled in one go stalls every other thread, the event loop included, for a second or
more. A snapshot is a tuple of (kind, pickled list of at most CHUNK (key, object) pairs);
each call then lasts a few milliseconds, and a reset or reseed running in a worker thread
lets other requests through between them.
"""

from __future__ import annotations

import pickle
from collections.abc import Mapping
from typing import Any

CHUNK = 200  # objects per pickled chunk
Snapshot = tuple[tuple[str, bytes], ...]


def dump(data: Mapping[str, Mapping[str, Any]]) -> Snapshot:
    """`data` (kind -> key -> object) as chunks; a kind without objects is kept."""
    out: list[tuple[str, bytes]] = []
    for kind, items in data.items():
        pairs = list(items.items())
        for start in range(0, max(len(pairs), 1), CHUNK):
            out.append((kind, pickle.dumps(pairs[start : start + CHUNK], protocol=pickle.HIGHEST_PROTOCOL)))
    return tuple(out)


def load(snapshot: Snapshot) -> dict[str, dict[str, Any]]:
    """The data of a snapshot of `dump` (fresh objects: the snapshot is not shared with it)."""
    data: dict[str, dict[str, Any]] = {}
    for kind, chunk in snapshot:
        data.setdefault(kind, {}).update(pickle.loads(chunk))  # noqa: S301 - our own snapshot
    return data

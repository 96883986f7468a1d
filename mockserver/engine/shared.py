"""One state for every worker process, and across restarts: the overlay (overlay.py), the
run-time config and the faults in one SQLite file (`--state PATH`; with `--workers N` and no
`--state`, a temporary file that the workers share).

Why SQLite in WAL mode: it is in the standard library, it is a file that several processes
open at once, WAL lets them read while one writes, and a transaction (BEGIN IMMEDIATE) makes a
read-modify-write (create unless it exists, delete if found) atomic across processes. Every
request of a worker first asks SQLite whether another connection committed since
(`PRAGMA data_version`, no table read); only then does it read the versions and the new rows.
The objects are mirrored into the worker's own `MemoryOverlay` dicts, so reads never leave the
process. Measured on the project's 2-core box (Python 3.11, `synchronous=NORMAL`, a 200-byte
object; loops of 5,000 to 20,000 calls, 2 runs): the per-request check 3.7-3.9 µs; reading the versions 5.0 µs
(only after a change); a write (BEGIN IMMEDIATE, the row, the version, COMMIT) 59-62 µs
against 0.6 µs in memory; a read from the mirror 0.25 µs, as from memory; taking in 5,000
changed rows 11 ms. A cached GET costs the mock some 20-40 µs (the README's throughput table),
so the check makes the cheapest requests of a shared state about 10-20 % dearer and the others
a few per cent; the in-memory default (one process, no `--state`) opens no database at all.

Layout: `meta` (one row: `version`, bumped by every change; `generation`, bumped when the
changes are dropped; `config_version`, bumped by every config change; the `seed` and `sizes`
of the base; the run-time `config` as JSON) and `overlay` (kind, key, the object as JSON or
NULL for a deleted one, whether the base has the key, and `seq`: the version of its last
change). A worker takes in the
rows whose `seq` is above the version it has seen.

A restart with `--state PATH` keeps the changes and the run-time config when the file's seed
and sizes are the run's; with other seed or sizes the changes would lie over other data, so
the file starts afresh (changes dropped, the run's config recorded) and the mock says so on
stderr (`open_run` returns what it did).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from mockserver.engine.overlay import Change, MemoryOverlay

BUSY_TIMEOUT = 30.0  # seconds a write waits for another process's write

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL,
    generation INTEGER NOT NULL,
    config_version INTEGER NOT NULL,
    seed INTEGER NOT NULL,
    sizes TEXT NOT NULL,
    config TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS overlay (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    value BLOB,
    in_base INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE INDEX IF NOT EXISTS overlay_seq ON overlay (seq);
"""


@dataclass(frozen=True)
class Meta:
    version: int
    generation: int
    config_version: int
    seed: int
    sizes: dict[str, int]
    config: dict[str, Any]


def _sizes_text(sizes: Mapping[str, int]) -> str:
    return orjson.dumps(dict(sizes), option=orjson.OPT_SORT_KEYS).decode()


class SharedDb:
    """The SQLite file, one connection per process (used under `lock`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.RLock()
        self.conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
        self._data_version: int | None = None  # see changed()
        with self.lock:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.executescript(_SCHEMA)

    def meta(self) -> Meta:
        with self.lock:
            row = self.conn.execute(
                "SELECT version, generation, config_version, seed, sizes, config FROM meta WHERE id = 1"
            ).fetchone()
        if row is None:
            raise RuntimeError(f"{self.path}: no state recorded (open_run first)")
        return Meta(row[0], row[1], row[2], row[3], orjson.loads(row[4]), orjson.loads(row[5]))

    def changed(self) -> bool:
        """Whether another process committed since the last call (`PRAGMA data_version`: no
        table is read; this process's own commits do not count, its mirror has them)."""
        with self.lock:
            value = int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        changed, self._data_version = value != self._data_version, value
        return changed

    def versions(self) -> tuple[int, int, int]:
        """(version, generation, config_version): what a request reads to see whether anything changed."""
        with self.lock:
            row = self.conn.execute("SELECT version, generation, config_version FROM meta WHERE id = 1").fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (BEGIN IMMEDIATE: the other processes' writes wait)."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def open_run(self, seed: int, sizes: Mapping[str, int], config: Mapping[str, Any]) -> str:
        """Join the recorded state: "new" (nothing recorded: this run's recorded), "kept" (the
        same seed and sizes: the changes and the config stay), or "dropped" (other seed or
        sizes: the changes dropped, this run's seed, sizes and config recorded)."""
        with self.writing() as conn:
            row = conn.execute("SELECT seed, sizes FROM meta WHERE id = 1").fetchone()
            if row is None:
                conn.execute(
                    "INSERT INTO meta VALUES (1, 0, 0, 0, ?, ?, ?)",
                    (seed, _sizes_text(sizes), orjson.dumps(dict(config)).decode()),
                )
                return "new"
            if row[0] == seed and orjson.loads(row[1]) == dict(sizes):
                return "kept"
            self._drop(conn, seed, sizes)
            self._set_config(conn, config)
            return "dropped"

    def drop(self, seed: int, sizes: Mapping[str, int]) -> None:
        """Drop every change; the base is now that of `seed` and `sizes` (a reset or reseed)."""
        with self.writing() as conn:
            self._drop(conn, seed, sizes)

    @staticmethod
    def _drop(conn: sqlite3.Connection, seed: int, sizes: Mapping[str, int]) -> None:
        conn.execute("DELETE FROM overlay")
        conn.execute(
            "UPDATE meta SET version = version + 1, generation = generation + 1, seed = ?, sizes = ? WHERE id = 1",
            (seed, _sizes_text(sizes)),
        )

    def write_config(self, config: Mapping[str, Any]) -> int:
        """Record the run-time config; its new config_version."""
        with self.writing() as conn:
            return self._set_config(conn, config)

    @staticmethod
    def _set_config(conn: sqlite3.Connection, config: Mapping[str, Any]) -> int:
        conn.execute(
            "UPDATE meta SET config = ?, config_version = config_version + 1 WHERE id = 1",
            (orjson.dumps(dict(config)).decode(),),
        )
        return int(conn.execute("SELECT config_version FROM meta WHERE id = 1").fetchone()[0])

    def close(self) -> None:
        with self.lock:
            self.conn.close()


class SharedOverlay(MemoryOverlay):
    """The overlay in `db`, mirrored into this process's dicts: `pull()` takes in what other
    processes changed; a write (alone or in a `transaction()`) pulls, writes the row and
    commits under the database's write lock, so a read-modify-write is atomic across processes."""

    def __init__(self, db: SharedDb) -> None:
        super().__init__()
        self.db = db
        self.lock = db.lock
        self._depth = 0  # nesting of transaction()
        self._dirty = False  # the open transaction wrote (a rollback must then reload the mirror)
        self.generation = -1  # nothing mirrored yet

    def pull(self, versions: tuple[int, int, int] | None = None) -> None:
        """Take in the rows changed since the last pull (all of them after a drop); `versions`:
        what `db.versions()` just said, if the caller read it."""
        with self.lock:
            if self._depth:
                return  # inside a write transaction the mirror is current
            version, generation, _ = versions or self.db.versions()
            if version == self.version and generation == self.generation:
                return
            self.db.conn.execute("BEGIN")  # one consistent read (WAL: a snapshot)
            try:
                self._load()
            finally:
                self.db.conn.execute("COMMIT")

    def _load(self) -> None:
        version, generation, _ = self.db.versions()
        if generation != self.generation:
            self.changes, self.kind_versions, self.count_deltas, self.version = {}, {}, {}, 0
            self.generation = generation
        rows = self.db.conn.execute(
            "SELECT kind, key, value, in_base, seq FROM overlay WHERE seq > ? ORDER BY seq", (self.version,)
        ).fetchall()
        for kind, key, value, in_base, seq in rows:
            self._apply(kind, key, None if value is None else orjson.loads(value), seq, bool(in_base))
        self.version = version  # a reset or a config change bumps it without a row

    def record(self, kind: str, key: str, value: Change, in_base: bool) -> None:
        with self.transaction():
            seq = self.version + 1
            self.db.conn.execute(
                "INSERT OR REPLACE INTO overlay (kind, key, value, in_base, seq) VALUES (?, ?, ?, ?, ?)",
                (kind, key, None if value is None else orjson.dumps(value), int(in_base), seq),
            )
            self.db.conn.execute("UPDATE meta SET version = ? WHERE id = 1", (seq,))
            self._dirty = True
            self._apply(kind, key, value, seq, in_base)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            with self.db.writing():
                self._depth, self._dirty = 1, False
                try:
                    self._load()
                    yield
                except BaseException:
                    if self._dirty:
                        self.generation = -1  # the mirror has what is rolled back: reload it all
                    raise
                finally:
                    self._depth = 0

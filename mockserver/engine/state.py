"""The mock's run-time state and its controls: data, seed and sizes, quirks, faults, rate
limits, tokens. The admin endpoints (admin.py) and the Python test API (app.py) both drive it.

The data (store, seed, sizes and the snapshot a reset restores) is one `Data` object. A reset
or reseed builds a new one without touching the current one, then swaps it in with a single
assignment: a request reads `state.store` once (into its RequestContext), so requests in
flight finish on the old data and later ones see only the new. The admin endpoints run the
build in a worker thread (offloop.py), the Python API in the caller's thread; both take one
lock, so rebuilds never overlap.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from mockserver.engine.auth import BasicCache
from mockserver.engine.config import MockConfig, RateLimitConfig
from mockserver.engine.faults import FaultInjector
from mockserver.engine.plugin import Quirk
from mockserver.engine.plugins import RegisteredApi
from mockserver.engine.ratelimit import RateLimiter
from mockserver.engine.secret import new_secret
from mockserver.engine.seeding import populate_all, resolve_sizes
from mockserver.engine.settings import write_settings
from mockserver.engine.snapshot import Snapshot
from mockserver.engine.store import MemoryStore
from mockserver.engine.tokens import TokenIssuer

# auth kinds of the registry whose callers hold tokens the engine issues
TOKEN_AUTH = ("bearer", "oauth2-client-credentials")


@dataclass(frozen=True)
class Data:
    """One generation of the data, swapped in as a whole."""

    store: MemoryStore
    seed: int
    sizes: dict[str, int]
    snapshot: Snapshot | None  # what a reset restores (None: regenerate from seed and sizes)


class MockState:
    def __init__(self, config: MockConfig, apis: Sequence[RegisteredApi], limiters: Mapping[str, RateLimiter]) -> None:
        self.config = config
        self.clock = config.clock
        self.apis = list(apis)
        self.secret = config.secret or new_secret()  # handlers derive their keys from it
        self.tokens = TokenIssuer(config.clock, config.token_ttl, self.secret)
        self.faults = FaultInjector(config.faults, config.max_fault_latency)
        self.limiters = dict(limiters)
        self.quirk_specs: tuple[Quirk, ...] = tuple(q for api in self.apis for q in api.plugin.quirks)
        known = {q.name for q in self.quirk_specs}
        unknown = sorted(set(config.quirks) - known)
        if unknown:
            raise ValueError(f"unknown quirks {unknown}; known: {sorted(known)}")
        self.quirks: dict[str, bool] = {q.name: bool(config.quirks.get(q.name, q.default)) for q in self.quirk_specs}
        self.accounts: dict[str, Mapping[str, Any]] = {
            api.name: config.accounts.get(api.name, api.plugin.accounts) for api in self.apis
        }
        self.auth_cache = BasicCache()  # successful Basic checks (auth.py), cleared with the data
        self._rebuild = threading.RLock()  # one reset/reseed at a time
        self._swap = threading.Lock()  # the settings written into the store, and the swap
        self._data = Data(MemoryStore(), config.seed, resolve_sizes(config.sizes, self.apis), None)

    # ---- data ----------------------------------------------------------------------
    @property
    def data(self) -> Data:
        """The current data (read it once to see one consistent generation)."""
        return self._data

    @property
    def store(self) -> MemoryStore:
        return self._data.store

    @property
    def seed(self) -> int:
        return self._data.seed

    @property
    def sizes(self) -> dict[str, int]:
        return self._data.sizes

    def reseed(self, seed: int, sizes: Mapping[str, int] | None = None) -> None:
        """New data from `seed` and `sizes` (UnknownSizeError, before any work, on bad sizes)."""
        resolved = resolve_sizes(sizes or {}, self.apis)
        with self._rebuild:
            store = MemoryStore()
            populate_all(store, self.apis, seed=seed, sizes=resolved, now=self.clock())
            self._install(Data(store, seed, resolved, store.snapshot()))

    def restore(self, snapshot: Snapshot) -> None:
        """Replace the data with a snapshot (MemoryStore.snapshot) of the same seed/sizes."""
        with self._rebuild:
            self._install(Data(MemoryStore.from_snapshot(snapshot), self.seed, self.sizes, snapshot))

    def reset(self) -> None:
        """Back to the seeded data: every change (deletes, creations) is undone."""
        with self._rebuild:
            snapshot = self._data.snapshot
            if snapshot is not None:
                self.restore(snapshot)
            else:
                self.reseed(self.seed, self.sizes)

    def _install(self, data: Data) -> None:
        with self._swap:
            self._write_settings(data)
            old, self._data = self._data, data
        self.auth_cache.clear()
        old.store.release()  # freed in steps once the last request on it is done (store.py)

    def write_settings(self) -> None:
        with self._swap:
            self._write_settings(self._data)

    def _write_settings(self, data: Data) -> None:
        quirks = {q.json_name: self.quirks[q.name] for q in self.quirk_specs}
        write_settings(data.store, seed=data.seed, **quirks)

    # ---- run-time settings -----------------------------------------------------------
    def set_quirk(self, name: str, enabled: bool) -> None:
        if name not in self.quirks:
            raise KeyError(name)
        with self._swap:
            self.quirks[name] = enabled
            self._write_settings(self._data)

    def set_rate_limit(self, config: RateLimitConfig) -> None:
        self.config.rate_limit = config
        for limiter in self.limiters.values():
            limiter.configure(config)

    # ---- tokens ----------------------------------------------------------------------
    def token_subjects(self) -> set[str]:
        """The clients the engine issues bearer tokens to (accounts of token-auth APIs)."""
        return {s for api in self.apis if api.entry.auth in TOKEN_AUTH for s in self.accounts[api.name]}

    def issue_token(self, client_id: str) -> str:
        if client_id not in self.token_subjects():
            raise KeyError(client_id)
        return self.tokens.issue(client_id)[0]

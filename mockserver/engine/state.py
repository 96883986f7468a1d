"""The mock's run-time state and its controls: data, seed and sizes, quirks, faults, rate
limits, tokens. The admin endpoints (admin.py) and the Python test API (app.py) both drive it.

The data is one `Data` object: the seeded base (a MemoryStore) with the overlay of changes laid
over it (overlay.py), and the seed and sizes. A reset drops the overlay (a new, empty one: the
base stays); a reseed builds a new base. Either makes a new `Data` without touching the current
one, then swaps it in with a single assignment: a request reads `state.store` once (into its
RequestContext), so requests in flight finish on the old data and later ones see only the new.
The admin endpoints run a rebuild in a worker thread (offloop.py), the Python API in the
caller's thread; both take one lock, so rebuilds never overlap.

With a shared state (`MockConfig.state_path`: `--state PATH`, or `--workers N`; shared.py) the
overlay, the run-time config (quirks, token lifetime, rate limit, faults) and the seed and
sizes live in that file: `sync()`, at the start of every request, takes in what other
processes changed (and builds the base of their reseed); every change made here is recorded
there. Without one nothing is shared and `sync()` is never called.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from mockserver.engine.auth import BasicCache
from mockserver.engine.config import FaultConfig, MockConfig, RateLimitConfig
from mockserver.engine.faults import FaultInjector
from mockserver.engine.offloop import off_loop
from mockserver.engine.overlay import MemoryOverlay, OverlayStore
from mockserver.engine.plugin import Quirk
from mockserver.engine.plugins import RegisteredApi
from mockserver.engine.ratelimit import RateLimiter
from mockserver.engine.runtime import faults_from_json, rate_limit_from_json
from mockserver.engine.secret import new_secret
from mockserver.engine.seeding import populate_all, resolve_sizes
from mockserver.engine.settings import write_settings
from mockserver.engine.shared import SharedDb, SharedOverlay
from mockserver.engine.snapshot import Snapshot
from mockserver.engine.store import MemoryStore
from mockserver.engine.tokens import TokenIssuer

# auth kinds of the registry whose callers hold tokens the engine issues
TOKEN_AUTH = ("bearer", "oauth2-client-credentials")


@dataclass(frozen=True)
class Data:
    """One generation of the data, swapped in as a whole."""

    store: OverlayStore
    seed: int
    sizes: dict[str, int]


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
        self.shared = SharedDb(config.state_path) if config.state_path is not None else None
        self.joined = ""  # with a shared state: what start() found there (SharedDb.open_run)
        self._config_version = -1  # the shared config last applied here
        self._following: asyncio.Future[None] | None = None  # the base of another process's reseed
        overlay = SharedOverlay(self.shared) if self.shared is not None else MemoryOverlay()
        self._data = Data(OverlayStore(MemoryStore(), overlay), config.seed, resolve_sizes(config.sizes, self.apis))

    # ---- data ----------------------------------------------------------------------
    @property
    def data(self) -> Data:
        """The current data (read it once to see one consistent generation)."""
        return self._data

    @property
    def store(self) -> OverlayStore:
        return self._data.store

    @property
    def seed(self) -> int:
        return self._data.seed

    @property
    def sizes(self) -> dict[str, int]:
        return self._data.sizes

    def start(self, seed_data: bool) -> None:
        """The data at start-up: the base seeded from the config (unless `seed_data` is False),
        and with a shared state, the changes and the run-time config recorded there (when its
        seed and sizes are these; else it starts afresh: `joined` says which)."""
        with self._rebuild:
            base = self._build(self.seed, self.sizes) if seed_data else MemoryStore()
            self._install(Data(OverlayStore(base, self.store.overlay), self.seed, self.sizes))
            if self.shared is None:
                return
            self.joined = self.shared.open_run(self.seed, self.sizes, self.runtime_config())
            self._apply_shared_config()
            self._shared_overlay().pull()

    def _build(self, seed: int, sizes: dict[str, int]) -> MemoryStore:
        base = MemoryStore()
        populate_all(base, self.apis, seed=seed, sizes=sizes, now=self.clock())
        return base

    def _overlay_of(self, seed: int, sizes: dict[str, int]) -> MemoryOverlay:
        """An overlay without changes, on the base of `seed` and `sizes`: a new one in memory;
        with a shared state the shared one, its changes dropped for every process."""
        if self.shared is None:
            return MemoryOverlay()
        self.shared.drop(seed, sizes)
        overlay = self._shared_overlay()
        overlay.pull()
        return overlay

    def _shared_overlay(self) -> SharedOverlay:
        overlay = self.store.overlay
        assert isinstance(overlay, SharedOverlay)  # with a shared state, always
        return overlay

    def reseed(self, seed: int, sizes: Mapping[str, int] | None = None) -> None:
        """New data from `seed` and `sizes` (UnknownSizeError, before any work, on bad sizes)."""
        resolved = resolve_sizes(sizes or {}, self.apis)
        with self._rebuild:
            base = self._build(seed, resolved)
            self._install(Data(OverlayStore(base, self._overlay_of(seed, resolved)), seed, resolved))

    def restore(self, snapshot: Snapshot) -> None:
        """Replace the data with a snapshot (OverlayStore.snapshot) of the same seed/sizes."""
        with self._rebuild:
            base = MemoryStore.from_snapshot(snapshot)
            self._install(Data(OverlayStore(base, self._overlay_of(self.seed, self.sizes)), self.seed, self.sizes))

    def reset(self) -> None:
        """Back to the seeded data: every change (deletes, creations) is undone (the overlay is
        dropped; the base stays)."""
        with self._rebuild:
            data = self._data
            overlay = self._overlay_of(data.seed, data.sizes)
            self._install(Data(OverlayStore(data.store.base, overlay), data.seed, data.sizes))

    def _install(self, data: Data) -> None:
        with self._swap:
            self._write_settings(data)
            old, self._data = self._data, data
        self.auth_cache.clear()
        if old.store.base is not data.store.base:
            old.store.base.release()  # freed in steps once the last request on it is done (store.py)

    def write_settings(self) -> None:
        with self._swap:
            self._write_settings(self._data)

    def _write_settings(self, data: Data) -> None:
        """The settings handlers read (settings.py): in the base, as each process derives them."""
        quirks = {q.json_name: self.quirks[q.name] for q in self.quirk_specs}
        write_settings(data.store.base, seed=data.seed, **quirks)

    # ---- the shared state ------------------------------------------------------------
    async def sync(self) -> None:
        """Take in what other processes changed: the config, the base of a reseed, the overlay
        (only with a shared state)."""
        assert self.shared is not None
        following = self._following
        if following is not None and not following.done():
            await asyncio.shield(following)  # the base of another process's reseed is on its way
        if not self.shared.changed():
            return
        versions = self.shared.versions()
        if versions[2] != self._config_version:
            self._apply_shared_config()
        overlay = self._shared_overlay()
        if versions[1] != overlay.generation:  # a reset or a reseed: perhaps another base
            self.auth_cache.clear()  # as a reset here does
            meta = self.shared.meta()
            if (meta.seed, meta.sizes) != (self.seed, self.sizes):
                await self._follow(meta.seed, meta.sizes)
                overlay.pull()  # the versions read again: more may have changed meanwhile
                return
        overlay.pull(versions)

    async def _follow(self, seed: int, sizes: dict[str, int]) -> None:
        """Build the base another process reseeded to (once: concurrent requests wait for it)."""
        task = self._following
        if task is None or task.done():
            task = self._following = asyncio.ensure_future(off_loop(self._rebase, seed, sizes))
        await asyncio.shield(task)

    def _rebase(self, seed: int, sizes: dict[str, int]) -> None:
        with self._rebuild:
            if (seed, sizes) != (self.seed, self.sizes):
                self._install(Data(OverlayStore(self._build(seed, sizes), self.store.overlay), seed, sizes))

    def runtime_config(self) -> dict[str, Any]:
        """The run-time config a shared state records (admin.yaml's field names)."""
        return {
            "quirks": dict(self.quirks),
            "tokenTtlSeconds": self.tokens.ttl,
            "rateLimit": self.config.rate_limit.to_json(),
            "faults": self.faults.config.to_json(),
        }

    def _apply_shared_config(self) -> None:
        assert self.shared is not None
        meta = self.shared.meta()
        doc = meta.config
        self.tokens.ttl = doc["tokenTtlSeconds"]
        if doc["rateLimit"] != self.config.rate_limit.to_json():  # configuring empties the buckets
            self._rate_limit(rate_limit_from_json(doc["rateLimit"]))
        if doc["faults"] != self.faults.config.to_json():  # configuring restarts the RNG
            self.faults.configure(faults_from_json(doc["faults"]))
        with self._swap:
            self.quirks.update({name: bool(on) for name, on in doc["quirks"].items() if name in self.quirks})
            self._write_settings(self._data)
        self._config_version = meta.config_version

    def _publish(self) -> None:
        """Record the run-time config for the other processes (with a shared state)."""
        if self.shared is not None:
            self._config_version = self.shared.write_config(self.runtime_config())

    # ---- run-time settings -----------------------------------------------------------
    def set_quirk(self, name: str, enabled: bool) -> None:
        if name not in self.quirks:
            raise KeyError(name)
        with self._swap:
            self.quirks[name] = enabled
            self._write_settings(self._data)
        self._publish()

    def set_rate_limit(self, config: RateLimitConfig) -> None:
        self._rate_limit(config)
        self._publish()

    def _rate_limit(self, config: RateLimitConfig) -> None:
        self.config.rate_limit = config
        for limiter in self.limiters.values():
            limiter.configure(config)

    def set_faults(self, config: FaultConfig) -> None:
        self.faults.configure(config)
        self._publish()

    def set_token_ttl(self, seconds: float) -> None:
        self.tokens.ttl = seconds
        self._publish()

    # ---- tokens ----------------------------------------------------------------------
    def token_subjects(self) -> set[str]:
        """The clients the engine issues bearer tokens to (accounts of token-auth APIs)."""
        return {s for api in self.apis if api.entry.auth in TOKEN_AUTH for s in self.accounts[api.name]}

    def issue_token(self, client_id: str) -> str:
        if client_id not in self.token_subjects():
            raise KeyError(client_id)
        return self.tokens.issue(client_id)[0]

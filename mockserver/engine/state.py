"""The mock's run-time state and its controls: data, seed and sizes, quirks, faults, rate
limits, tokens. The admin endpoints (admin.py) and the Python test API (app.py) both drive it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mockserver.engine.config import MockConfig, RateLimitConfig
from mockserver.engine.faults import FaultInjector
from mockserver.engine.plugin import Quirk
from mockserver.engine.plugins import RegisteredApi
from mockserver.engine.ratelimit import RateLimiter
from mockserver.engine.secret import new_secret
from mockserver.engine.seeding import populate_all, resolve_sizes
from mockserver.engine.settings import write_settings
from mockserver.engine.store import MemoryStore
from mockserver.engine.tokens import TokenIssuer

# auth kinds of the registry whose callers hold tokens the engine issues
TOKEN_AUTH = ("bearer", "oauth2-client-credentials")


class MockState:
    def __init__(self, config: MockConfig, apis: Sequence[RegisteredApi], limiters: Mapping[str, RateLimiter]) -> None:
        self.config = config
        self.clock = config.clock
        self.apis = list(apis)
        self.store = MemoryStore()
        self.secret = config.secret or new_secret()  # handlers derive their keys from it
        self.tokens = TokenIssuer(config.clock, config.token_ttl, self.secret)
        self.faults = FaultInjector(config.faults)
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
        self.sizes = resolve_sizes(config.sizes, self.apis)
        self.seed = config.seed
        self._snapshot: bytes | None = None

    # ---- data ----------------------------------------------------------------------
    def reseed(self, seed: int, sizes: Mapping[str, int] | None = None) -> None:
        resolved = resolve_sizes(sizes or {}, self.apis)
        with self.store.transaction():
            self.store.clear()
            populate_all(self.store, self.apis, seed=seed, sizes=resolved, now=self.clock())
            self.seed, self.sizes = seed, resolved
            self._snapshot = self.store.snapshot()
            self.write_settings()

    def restore(self, snapshot: bytes) -> None:
        """Replace the data with a snapshot (MemoryStore.snapshot) of the same seed/sizes."""
        with self.store.transaction():
            self.store.restore(snapshot)
            self._snapshot = snapshot
            self.write_settings()

    def reset(self) -> None:
        """Back to the seeded data: every change (deletes, creations) is undone."""
        if self._snapshot is not None:
            self.restore(self._snapshot)
        else:
            self.reseed(self.seed, self.sizes)

    def write_settings(self) -> None:
        quirks = {q.json_name: self.quirks[q.name] for q in self.quirk_specs}
        write_settings(self.store, seed=self.seed, **quirks)

    # ---- run-time settings -----------------------------------------------------------
    def set_quirk(self, name: str, enabled: bool) -> None:
        if name not in self.quirks:
            raise KeyError(name)
        self.quirks[name] = enabled
        self.write_settings()

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

"""Run-time configuration of the mock (one dataclass, built by the CLI or by tests)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_SPEC_DIR = PACKAGE_DIR.parent / "spec"
ADMIN_SPEC = PACKAGE_DIR / "admin.yaml"
MAX_BODY_BYTES = 1024 * 1024

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


class ManualClock:
    """A settable clock for tests: starts at `start` and moves only when told to."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            start = start.replace(tzinfo=UTC)
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        return self._now

    def advance(self, seconds: float = 0.0, **kwargs: float) -> datetime:
        with self._lock:
            self._now += timedelta(seconds=seconds, **kwargs)
            return self._now

    def set(self, when: datetime) -> None:
        with self._lock:
            self._now = when if when.tzinfo else when.replace(tzinfo=UTC)


@dataclass(frozen=True)
class EvUser:
    password: str
    can_delete: bool = False


@dataclass(frozen=True)
class CrestaClient:
    secret: str
    customers: frozenset[str]
    admin: bool = False


DEFAULT_EV_USERS: dict[str, EvUser] = {
    "ev-admin": EvUser("ev-admin-secret", can_delete=True),
    "ev-reader": EvUser("ev-reader-secret", can_delete=False),
}

DEFAULT_CRESTA_CLIENTS: dict[str, CrestaClient] = {
    "acme-client": CrestaClient("acme-secret", frozenset({"acme"}), admin=True),
    "acme-agent": CrestaClient("acme-agent-secret", frozenset({"acme"}), admin=False),
    "globex-client": CrestaClient("globex-secret", frozenset({"globex"}), admin=False),
}


@dataclass
class FaultConfig:
    """Global fault injection: each API request draws from a seeded RNG."""

    error_rate: float = 0.0  # probability of answering with one of `statuses`
    statuses: tuple[int, ...] = (500, 502, 503)
    latency_rate: float = 0.0  # probability of adding `latency_ms`
    latency_ms: int = 0
    drop_rate: float = 0.0  # probability of closing the connection without answering
    retry_after: int | None = None  # Retry-After seconds for injected 429/503
    seed: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "errorRate": self.error_rate,
            "statuses": list(self.statuses),
            "latencyRate": self.latency_rate,
            "latencyMs": self.latency_ms,
            "dropRate": self.drop_rate,
            "retryAfter": self.retry_after,
            "seed": self.seed,
        }


@dataclass
class RateLimitConfig:
    """`mode`: "off", "vendor" (the spec's x-rate-limit windows) or "fixed" (`rps`)."""

    mode: str = "off"
    rps: float | None = None
    queue_timeout_seconds: float | None = None  # None: the spec's queueTimeoutSeconds

    @classmethod
    def parse(cls, text: str) -> RateLimitConfig:
        text = text.strip().lower()
        if text in ("off", "vendor"):
            return cls(mode=text)
        rps = float(text)
        if rps <= 0:
            raise ValueError("rate limit must be > 0 requests per second")
        return cls(mode="fixed", rps=rps)

    def to_json(self) -> dict[str, Any]:
        return {"mode": self.mode, "rps": self.rps, "queueTimeoutSeconds": self.queue_timeout_seconds}


def _env_spec_dir() -> Path:
    env = os.environ.get("MOCK_SPEC_DIR")
    return Path(env) if env else DEFAULT_SPEC_DIR


@dataclass
class MockConfig:
    seed: int = 1
    sizes: Mapping[str, int] = field(default_factory=dict)  # overrides of DEFAULT_SIZES
    strict: bool = False
    spec_dir: Path = field(default_factory=_env_spec_dir)
    admin_spec: Path = ADMIN_SPEC
    clock: Clock = system_clock
    token_ttl: float = 3600.0  # seconds
    last_id_bug: bool = True  # emulate ExecVision's "next page repeats last_id" bug
    rate_limit: RateLimitConfig = field(default_factory=RateLimitConfig)
    faults: FaultConfig = field(default_factory=FaultConfig)
    ev_users: Mapping[str, EvUser] = field(default_factory=lambda: dict(DEFAULT_EV_USERS))
    cresta_clients: Mapping[str, CrestaClient] = field(default_factory=lambda: dict(DEFAULT_CRESTA_CLIENTS))
    max_body_bytes: int = MAX_BODY_BYTES
    seed_data: bool = True  # False: start with an empty store (core tests)

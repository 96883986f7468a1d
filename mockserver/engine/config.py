"""Run-time configuration of the mock (one dataclass, built by the CLI or by tests)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from specmodel.registry import SPEC_DIR
from specmodel.strictness import Level

ENGINE_DIR = Path(__file__).resolve().parent
DEFAULT_SPEC_DIR = SPEC_DIR  # where the registered specs live (the checkout's, or the installed copy)
ADMIN_SPEC = ENGINE_DIR / "admin.yaml"
MAX_BODY_BYTES = 1024 * 1024
DEFAULT_MAX_FAULT_LATENCY = 30.0  # seconds: the longest injected latency (--max-fault-latency)

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


KIB = 1024
MIB = 1024 * KIB


@dataclass(frozen=True)
class Limits:
    """Bounded resources (limits.py enforces them; each is a `python -m mockserver` flag)."""

    max_header_bytes: int = 16 * KIB
    max_field_bytes: int = 64 * KIB
    max_objects: int = 10_000  # per collection
    max_collection_bytes: int = 64 * MIB  # per collection, the objects' JSON
    max_response_bytes: int = 256 * MIB  # above the vendors' largest page (1000 calls with transcripts: ~140 MB)

    def __post_init__(self) -> None:
        for name, value in self.to_json().items():
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"limit {name} must be a positive integer, got {value!r}")

    def to_json(self) -> dict[str, int]:
        return {
            "maxHeaderBytes": self.max_header_bytes,
            "maxFieldBytes": self.max_field_bytes,
            "maxObjects": self.max_objects,
            "maxCollectionBytes": self.max_collection_bytes,
            "maxResponseBytes": self.max_response_bytes,
        }


def _env_spec_dir() -> Path | None:
    env = os.environ.get("MOCK_SPEC_DIR")
    return Path(env) if env else None


@dataclass
class MockConfig:
    """What to serve and how. Vendor settings come from the plugins, overridable here:
    `accounts` (per API name: subject -> the plugin's account record) and `quirks` (per quirk
    name, see plugin.Quirk; a quirk also reads as an attribute: `config.<quirk name>`)."""

    seed: int = 1
    sizes: Mapping[str, int] = field(default_factory=dict)  # overrides of the plugins' sizes
    strict: bool = False
    # "assumed": enforce the documented rules and our x-assumed ones; "docs": the documented
    # rules only (requests are validated against specmodel.docs_only(spec), and handlers skip
    # the behaviour rules their operation marks x-assumed)
    strictness: Level = "assumed"
    spec_dir: Path | None = field(default_factory=_env_spec_dir)  # its files replace registered specs
    admin_spec: Path = ADMIN_SPEC
    clock: Clock = system_clock
    token_ttl: float = 3600.0  # seconds
    # the key material of every signed token (secret.py); None: a random secret for this run
    secret: bytes | None = None
    rate_limit: RateLimitConfig = field(default_factory=RateLimitConfig)
    faults: FaultConfig = field(default_factory=FaultConfig)
    max_fault_latency: float = DEFAULT_MAX_FAULT_LATENCY  # seconds; a longer injected latency is a 400
    admin: bool = True  # serve the /__mock__ endpoints (admin.yaml); False: they are 404
    admin_token: str | None = None  # if set, admin requests need `Authorization: Bearer <admin_token>`
    docs: bool = True  # serve the API references at /__mock__/docs (reference.py); needs `admin`
    accounts: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    quirks: Mapping[str, bool] = field(default_factory=dict)
    max_body_bytes: int = MAX_BODY_BYTES
    limits: Limits = field(default_factory=Limits)
    seed_data: bool = True  # False: start with an empty store (core tests)
    # a shared state (shared.py: the changes, the run-time config and the faults, for every
    # worker and across restarts); None: in memory, this process only
    state_path: Path | None = None

    def __getattr__(self, name: str) -> bool:
        quirks = self.__dict__.get("quirks") or {}
        if name in quirks:
            return bool(quirks[name])
        raise AttributeError(name)

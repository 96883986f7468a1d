"""Fault injection: per request (`X-Mock-Fault` header) or globally (seeded rates).

Header syntax: directives separated by `;` (or `,`), e.g.
    latency=200ms            add latency (ms, or `1.5s`)
    status=503               answer with this status in the API's error shape
    status=500|502           one of these (seeded RNG)
    status=429;retry-after=1 with a Retry-After header
    drop                     close the connection without any response
Directives combine: `latency=100ms;status=503`.

Faults apply only to authenticated requests (the pipeline decides them after the credential
check), so an anonymous caller cannot hold connections open. Latency is capped at
`max_latency` seconds (`--max-fault-latency`, default 30): a longer one, in the header or in
the global `latencyMs`, is refused (a 400), not clamped, so a test never waits less than it
asked for without noticing. Retry-After values are at most a day (86,400 s).

`drop` over real HTTP (uvicorn) closes the socket; in-process (httpx ASGITransport or
Starlette's TestClient) the app raises httpx.RemoteProtocolError, which is what an httpx
client sees over the wire ("Server disconnected without sending a response.").

An injected status (and the 400 of a malformed header) is raised as `context.MockError`: the
tester chose it, so strict mode checks it only where the operation declares the status. The
specs declare the injector's default statuses, 500, 502 and 503, on every operation (a live
server can answer them); a status the vendor would not send (e.g. a 429 from an API whose
docs say it queues instead) stays undeclared and passes through.
"""

from __future__ import annotations

import random
import re
import threading
from dataclasses import dataclass

from mockserver.engine.config import DEFAULT_MAX_FAULT_LATENCY, FaultConfig

_LATENCY = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(ms|s)?$")
MAX_RETRY_AFTER = 86_400  # seconds (a day)


class FaultSyntaxError(ValueError):
    pass


@dataclass
class Fault:
    latency: float = 0.0  # seconds
    status: int | None = None
    retry_after: str | None = None
    drop: bool = False

    @property
    def message(self) -> str:
        return f"injected fault: HTTP {self.status}"


def _latency(text: str, cap: float) -> float:
    m = _LATENCY.match(text.strip().lower())
    if not m:
        raise FaultSyntaxError(f"bad latency {text!r} (e.g. 200ms or 1.5s)")
    value = float(m.group(1)) / (1.0 if m.group(2) == "s" else 1000.0)
    _check_latency(value, cap)
    return value


def _check_latency(seconds: float, cap: float) -> None:
    if seconds > cap:
        raise FaultSyntaxError(f"latency {seconds:g}s above the mock's --max-fault-latency of {cap:g}s")


def _digits(text: str) -> bool:
    """ASCII digits only (str.isdigit() also accepts e.g. "²", which int() refuses)."""
    return text.isascii() and text.isdigit()


def _retry_after(text: str) -> str:
    value = text.strip()
    if not _digits(value) or int(value) > MAX_RETRY_AFTER:
        raise FaultSyntaxError(f"bad retry-after {text!r} (whole seconds, 0 to {MAX_RETRY_AFTER})")
    return str(int(value))


def _statuses(text: str) -> list[int]:
    out = []
    for part in text.split("|"):
        part = part.strip()
        if not _digits(part) or not 400 <= int(part) <= 599:
            raise FaultSyntaxError(f"bad status {part!r} (a 4xx or 5xx code)")
        out.append(int(part))
    return out


class FaultInjector:
    def __init__(self, config: FaultConfig, max_latency: float = DEFAULT_MAX_FAULT_LATENCY) -> None:
        self._lock = threading.Lock()
        self.max_latency = max_latency
        self.configure(config)

    def check(self, config: FaultConfig) -> None:
        """Raise FaultSyntaxError if `config` asks for more than the caps allow."""
        _check_latency(config.latency_ms / 1000.0, self.max_latency)
        if config.retry_after is not None and not 0 <= config.retry_after <= MAX_RETRY_AFTER:
            raise FaultSyntaxError(f"retryAfter {config.retry_after} outside 0..{MAX_RETRY_AFTER}")

    def configure(self, config: FaultConfig) -> None:
        self.check(config)
        with self._lock:
            self.config = config
            self._rng = random.Random(config.seed)

    def _pick(self, options: list[int] | tuple[int, ...]) -> int:
        with self._lock:
            return options[0] if len(options) == 1 else self._rng.choice(list(options))

    def _roll(self, rate: float) -> bool:
        if rate <= 0:
            return False
        with self._lock:
            return self._rng.random() < rate

    def parse(self, header: str) -> Fault:
        fault = Fault()
        for raw in re.split(r"[;,]", header):
            item = raw.strip()
            if not item:
                continue
            key, _, value = item.partition("=")
            key = key.strip().lower()
            if key == "drop" and not value:
                fault.drop = True
            elif key == "latency":
                fault.latency = _latency(value, self.max_latency)
            elif key == "status":
                fault.status = self._pick(_statuses(value))
            elif key == "retry-after":
                fault.retry_after = _retry_after(value)
            else:
                raise FaultSyntaxError(f"unknown fault directive {item!r}")
        return fault

    def decide(self, header: str | None) -> Fault | None:
        """The fault for this request: the header's, else one drawn from the global rates."""
        if header:
            return self.parse(header)
        cfg = self.config
        if cfg.error_rate <= 0 and cfg.latency_rate <= 0 and cfg.drop_rate <= 0:
            return None
        fault = Fault()
        if self._roll(cfg.latency_rate):
            fault.latency = cfg.latency_ms / 1000.0
        if self._roll(cfg.drop_rate):
            fault.drop = True
        elif cfg.statuses and self._roll(cfg.error_rate):
            fault.status = self._pick(cfg.statuses)
            if cfg.retry_after is not None and fault.status in (429, 503):
                fault.retry_after = str(cfg.retry_after)
        if not fault.latency and not fault.drop and fault.status is None:
            return None
        return fault

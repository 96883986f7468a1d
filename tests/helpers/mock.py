"""Helpers for test suites that run the mock in-process or on a loopback port.

from tests.helpers.mock import make_config, LiveServer, MockProcess
app = create_app(make_config(seed=1, sizes={"ev_calls": 100}))
token = app.issue_token("acme-client")
with LiveServer(app) as server: httpx.get(server.url + "/api/ev/2/users", auth=EV_ADMIN)
with MockProcess("--strict", max_objects=50) as mock: httpx.get(mock.url + "/__mock__/state")
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from contract_kit_pytest._server import ThreadedServer
from mockserver.engine.config import FaultConfig, ManualClock, MockConfig, RateLimitConfig
from mockserver.engine.plugins import registered

if TYPE_CHECKING:
    from mockserver.engine.app import MockApp

NOW = datetime(2026, 11, 20, 18, 30, tzinfo=UTC)  # a Friday, 13:30 in New York
SEED = 7
SMALL_SIZES: dict[str, int] = {name: n for api in registered() for name, n in api.plugin.test_sizes.items()}
# a reseed slow enough to watch (about 0.9 s here, in-process): the calls are computed on demand
# and the ExecVision activity on first read (their sizes cost a reseed nothing), so its time comes
# from what the seed stores - the Cresta targets, the org chart and the deleted calls (the probes
# read the ExecVision topics, a listing that stays small)
SLOW_RESEED_SIZES: dict[str, int] = {
    "ev_calls": 20_000,
    "cresta_targets": 20_000,
    "ev_users": 15_000,
    "ev_deleted_calls": 9_000,
}
EV_ADMIN = ("ev-admin", "ev-admin-secret")
EV_READER = ("ev-reader", "ev-reader-secret")
EV = "/api/ev/2"
ANCHOR = "a987a7b3-74e9-421e-8c96-2fdcfbda1c8b"  # the docs' example call: seeded under every seed
PAST = "2020-01-01T00:00Z"  # a `since` before all seeded data


def make_config(**overrides: Any) -> MockConfig:
    """Test defaults: strict, seed 7, small sizes, a ManualClock at NOW."""
    values: dict[str, Any] = {"seed": SEED, "sizes": SMALL_SIZES, "strict": True, "clock": ManualClock(NOW)}
    values.update(overrides)
    return MockConfig(**values)


# uvicorn serving an app in a background thread on a free loopback port: the pytest plugin's
LiveServer = ThreadedServer


ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class MockProcess:
    """`python -m mockserver` in a subprocess on a free loopback port, with CLI options: `args`
    as written, `options` as flags (`max_objects=50` is `--max-objects 50`). It is up (it
    answers) once the `with` block starts; `url`, `host`, `port` say where; `stderr()` reads
    what it logged."""

    def __init__(self, *args: str, **options: object) -> None:
        self.host = "127.0.0.1"
        self.port = free_port()
        self.url = f"http://{self.host}:{self.port}"
        flags = [item for name, value in options.items() for item in ("--" + name.replace("_", "-"), str(value))]
        self.cmd = [sys.executable, "-m", "mockserver", "--host", self.host, "--port", str(self.port), *args, *flags]
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - closed by stop()
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> MockProcess:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(self.cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=self._log)
        deadline = time.monotonic() + timeout
        while True:
            try:
                httpx.get(self.url + "/__mock__/state", timeout=1)
                return self
            except httpx.TransportError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"the mock did not start: {self.stderr()}") from None
                time.sleep(0.1)

    def rss_bytes(self) -> int:
        """The process's resident set size (VmRSS in /proc/<pid>/status)."""
        assert self.proc is not None
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
        raise RuntimeError("no VmRSS line")

    def stderr(self) -> str:
        self._log.seek(0)
        return self._log.read().decode(errors="replace")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._log.close()

    def __enter__(self) -> MockProcess:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()


def restore(app: MockApp) -> MockApp:
    """Put a long-lived test server back to its start: data, clock, faults, limits, tokens."""
    if isinstance(app.clock, ManualClock):
        app.clock.set(NOW)
    app.reset()
    app.faults.configure(FaultConfig())
    app.set_rate_limit(RateLimitConfig())
    for quirk in app.state.quirk_specs:
        app.set_quirk(quirk.name, quirk.default)
    app.tokens.ttl = 3600.0
    app.tokens.revoke_all()
    return app

"""Helpers for test suites that run the mock in-process or on a loopback port.

from tests.helpers.mock import make_config, LiveServer
app = create_app(make_config(seed=1, sizes={"ev_calls": 100}))
token = app.issue_token("acme-client")
with LiveServer(app) as server: httpx.get(server.url + "/api/ev/2/users", auth=EV_ADMIN)
"""

from __future__ import annotations

import socket
import threading
import time
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any

import uvicorn

from mockserver.engine.config import FaultConfig, ManualClock, MockConfig, RateLimitConfig
from mockserver.engine.plugins import registered

if TYPE_CHECKING:
    from mockserver.engine.app import MockApp

NOW = datetime(2026, 11, 20, 18, 30, tzinfo=UTC)  # a Friday, 13:30 in New York
SEED = 7
SMALL_SIZES: dict[str, int] = {name: n for api in registered() for name, n in api.plugin.test_sizes.items()}
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


class LiveServer:
    """uvicorn serving `app` in a background thread on a free loopback port."""

    def __init__(self, app: Any, host: str = "127.0.0.1") -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, 0))
        self.port = int(self.sock.getsockname()[1])
        self.url = f"http://{host}:{self.port}"
        config = uvicorn.Config(app, log_level="critical", access_log=False, lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()

    def __enter__(self) -> LiveServer:
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

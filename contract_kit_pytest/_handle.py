"""`MockHandle`: one running mock as a user's test sees it: where it is, who may call it, ready
clients, and the controls of its state (the same the admin endpoints offer, in Python)."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import httpx

from contract_kit_pytest._transport import ASGITransport, SyncASGITransport
from mockserver.engine.app import MockApp
from mockserver.engine.config import FaultConfig, ManualClock, RateLimitConfig
from mockserver.engine.plugins import RegisteredApi

# the registry's credential roles -> the facade constructors' keyword arguments
_ROLE_ARGUMENTS = {
    "user": "user_id",
    "password": "password",
    "client_id": "client_id",
    "client_secret": "client_secret",
    "token_url": "token_url",
    "token": "token",
}
IN_PROCESS_URL = "http://contract-kit-mock"  # the host name of requests that never leave the process


class MockHandle:
    """A mock to test against. `in_process`: requests reach the ASGI app through httpx without a
    socket (`http_client()` and the clients use that transport); else `base_url` is a real port."""

    def __init__(
        self, app: MockApp, base_url: str, *, in_process: bool, start: datetime, seed: int, sizes: Mapping[str, int]
    ) -> None:
        self.app = app
        self.base_url = base_url
        self.in_process = in_process
        self._start = start
        self._seed, self._sizes = seed, dict(sizes)  # what reset() goes back to
        self._apis: dict[str, RegisteredApi] = {api.name: api for api in app.apis}
        self._transport: SyncASGITransport | None = None
        self._opened: list[httpx.Client] = []
        self._opened_async: list[httpx.AsyncClient] = []

    # ---- where and who -----------------------------------------------------------------
    @property
    def apis(self) -> list[str]:
        return list(self._apis)

    def url(self, api: str) -> str:
        """The base URL of one API (its spec's server path on this mock)."""
        return self.base_url + self._api(api).entry.base_path

    def credentials(self, api: str) -> dict[str, str]:
        """The default caller's credentials of `api`, by role (a token URL is absolute)."""
        found = dict(self._api(api).plugin.caller)
        if "token_url" in found:
            found["token_url"] = self.base_url + found["token_url"]
        return found

    # ---- HTTP and clients --------------------------------------------------------------
    def http_client(self, **kwargs: Any) -> httpx.Client:
        """An httpx.Client on this mock (base_url: the mock's root); closed at the test's end."""
        if self.in_process:
            if self._transport is None:
                self._transport = SyncASGITransport(self.app)
            kwargs.setdefault("transport", self._transport)
        client = httpx.Client(base_url=self.base_url, **kwargs)
        self._opened.append(client)
        return client

    def async_http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        if self.in_process:
            kwargs.setdefault("transport", ASGITransport(self.app))
        client = httpx.AsyncClient(base_url=self.base_url, **kwargs)
        self._opened_async.append(client)
        return client

    def client(self, api: str, **options: Any) -> Any:
        """The blocking SDK client of `api` (its package must be installed) on this mock."""
        return self._facade(api, asynchronous=False, options=options)

    def async_client(self, api: str, **options: Any) -> Any:
        return self._facade(api, asynchronous=True, options=options)

    def _facade(self, api: str, *, asynchronous: bool, options: Mapping[str, Any]) -> Any:
        names = self._api(api).entry.client
        module = importlib.import_module(names.package)
        cls = getattr(module, names.async_facade if asynchronous else names.facade)
        kwargs: dict[str, Any] = {_ROLE_ARGUMENTS[role]: value for role, value in self.credentials(api).items()}
        kwargs["base_url"] = self.url(api)
        if "rate_limiter" in inspect.signature(cls).parameters:
            kwargs["rate_limiter"] = None  # the mock's own limit is off unless a test turns it on
        kwargs["http_client"] = self.async_http_client() if asynchronous else self.http_client()
        kwargs.update(options)
        return cls(**kwargs)

    # ---- controls ------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to the seeded data; the clock, faults, rate limit, quirks and tokens to their start."""
        clock = self.app.clock
        if isinstance(clock, ManualClock):
            clock.set(self._start)
        if (self.app.seed, self.app.sizes) != (self._seed, self._sizes):
            self.app.reseed(self._seed, self._sizes)  # an earlier test reseeded or resized
        else:
            self.app.reset()
        self.app.faults.configure(FaultConfig())
        self.app.set_rate_limit(RateLimitConfig())
        for quirk in self.app.state.quirk_specs:
            self.app.set_quirk(quirk.name, quirk.default)
        self.app.tokens.revoke_all()

    def reseed(self, seed: int, **sizes: int) -> None:
        """New data from another seed (sizes: e.g. `ev_calls=500`; the names: `sizes()`)."""
        self.app.reseed(seed, {**self.app.sizes, **sizes})

    def set_sizes(self, **sizes: int) -> None:
        self.reseed(self.app.seed, **sizes)

    def sizes(self) -> dict[str, int]:
        return dict(self.app.sizes)

    def fault(self, **settings: Any) -> None:
        """Inject faults into every API request: error_rate, statuses, latency_rate, latency_ms,
        drop_rate, retry_after, seed (mockserver.engine.config.FaultConfig). `fault()` clears them."""
        self.app.faults.configure(FaultConfig(**settings))

    def rate_limit(self, mode: str | float) -> None:
        """ "vendor" (the spec's limits), "off", or a fixed number of requests per second."""
        self.app.set_rate_limit(RateLimitConfig.parse(str(mode)))

    def set_quirk(self, name: str, enabled: bool) -> None:
        self.app.set_quirk(name, enabled)

    @property
    def now(self) -> datetime:
        return self.app.clock()  # type: ignore[no-any-return]

    def advance(self, seconds: float = 0.0, **kwargs: float) -> datetime:
        """Move the mock's clock forward (token expiry, rate-limit windows, "recent" data)."""
        clock = self.app.clock
        if not isinstance(clock, ManualClock):
            raise RuntimeError("this mock runs on the system clock")
        return clock.advance(seconds, **kwargs)

    def close(self) -> None:
        for client in self._opened:
            client.close()
        self._opened.clear()

    async def aclose(self) -> None:
        for client in self._opened_async:
            await client.aclose()
        self._opened_async.clear()

    def _api(self, api: str) -> RegisteredApi:
        try:
            return self._apis[api]
        except KeyError:
            raise KeyError(f"no API {api!r} on this mock; registered: {sorted(self._apis)}") from None

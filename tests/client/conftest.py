"""Fixtures of the client tests: the stateful mock served by uvicorn on a free loopback port.

- `mock`: the MockApp behind the server, reset before each test (seeded data, ManualClock at
  NOW, no faults, no server-side rate limit, last_id bug on, token TTL 3600 s).
- `server_url`, `ev_url`, `token_url`: where to reach it.
- `wire`: records every request the clients send and injects `X-Mock-Fault` directives
  into chosen ones (the mock's own fault injection, over real HTTP).
- `sleeps`, `ev_retry`, `cresta_retry`: RetryPolicy objects whose sleeps are recorded instead of slept.
- `ev`, `aev`, `cresta`, `acresta`: clients on the mock, using `wire` and those policies.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import cresta_client
import execvision_client as ev_client
import httpx
import pytest
from cresta_client import AsyncCresta, Cresta
from execvision_client import AsyncExecVision, ExecVision

from mockserver.engine.app import MockApp, create_app
from tests.helpers.mock import EV, EV_ADMIN, LiveServer, make_config, restore

TOKEN_PATH = "/v1/oauth/regionalToken"
CRESTA_CLIENT = ("acme-client", "acme-secret")
PARENT = "customers/acme/profiles/default"
P = TypeVar("P", ev_client.RetryPolicy, cresta_client.RetryPolicy)


@pytest.fixture(scope="session")
def _server() -> Iterator[tuple[MockApp, LiveServer]]:
    app = create_app(make_config())
    with LiveServer(app) as server:
        yield app, server


@pytest.fixture
def mock(_server: tuple[MockApp, LiveServer]) -> MockApp:
    return restore(_server[0])


@pytest.fixture
def server_url(mock: MockApp, _server: tuple[MockApp, LiveServer]) -> str:
    return _server[1].url


@pytest.fixture
def ev_url(server_url: str) -> str:
    return server_url + EV


@pytest.fixture
def token_url(server_url: str) -> str:
    return server_url + TOKEN_PATH


@dataclass
class Wire:
    """Records requests; puts `X-Mock-Fault: <directive>` on the next matching requests."""

    requests: list[httpx.Request] = field(default_factory=list)
    _plan: list[tuple[str, str]] = field(default_factory=list)  # (path fragment, directive)

    def fail(self, directive: str, times: int = 1, path: str = "") -> None:
        self._plan.extend([(path, directive)] * times)

    def hook(self, request: httpx.Request) -> None:
        self.requests.append(request)
        if self._plan and self._plan[0][0] in request.url.path:
            request.headers["X-Mock-Fault"] = self._plan.pop(0)[1]

    async def ahook(self, request: httpx.Request) -> None:
        self.hook(request)

    def count(self, path: str = "") -> int:
        return sum(path in r.url.path for r in self.requests)


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture
def sleeps() -> list[float]:
    return []


def recorded(policy: type[P], sleeps: list[float], **overrides: Any) -> P:
    """A RetryPolicy (of either package) that records its sleeps instead of sleeping."""

    async def async_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    return policy(sleep=sleeps.append, async_sleep=async_sleep, random=lambda: 0.0, **overrides)


@pytest.fixture
def ev_retry(sleeps: list[float]) -> ev_client.RetryPolicy:
    return recorded(ev_client.RetryPolicy, sleeps)


@pytest.fixture
def cresta_retry(sleeps: list[float]) -> cresta_client.RetryPolicy:
    return recorded(cresta_client.RetryPolicy, sleeps)


@pytest.fixture
def http(wire: Wire) -> Iterator[httpx.Client]:
    with httpx.Client(event_hooks={"request": [wire.hook]}) as client:
        yield client


@pytest.fixture
async def ahttp(wire: Wire) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(event_hooks={"request": [wire.ahook]}) as client:
        yield client


@pytest.fixture
def ev(ev_url: str, ev_retry: ev_client.RetryPolicy, http: httpx.Client) -> Iterator[ExecVision]:
    with ExecVision(*EV_ADMIN, base_url=ev_url, retry=ev_retry, rate_limiter=None, http_client=http) as client:
        yield client


@pytest.fixture
async def aev(ev_url: str, ev_retry: ev_client.RetryPolicy, ahttp: httpx.AsyncClient) -> AsyncIterator[AsyncExecVision]:
    async with AsyncExecVision(*EV_ADMIN, base_url=ev_url, retry=ev_retry, rate_limiter=None, http_client=ahttp) as c:
        yield c


@pytest.fixture
def cresta(
    server_url: str, token_url: str, cresta_retry: cresta_client.RetryPolicy, http: httpx.Client
) -> Iterator[Cresta]:
    client_id, secret = CRESTA_CLIENT
    with Cresta(
        client_id=client_id,
        client_secret=secret,
        token_url=token_url,
        base_url=server_url,
        retry=cresta_retry,
        http_client=http,
    ) as client:
        yield client


@pytest.fixture
async def acresta(
    server_url: str, token_url: str, cresta_retry: cresta_client.RetryPolicy, ahttp: httpx.AsyncClient
) -> AsyncIterator[AsyncCresta]:
    client_id, secret = CRESTA_CLIENT
    async with AsyncCresta(
        client_id=client_id,
        client_secret=secret,
        token_url=token_url,
        base_url=server_url,
        retry=cresta_retry,
        http_client=ahttp,
    ) as client:
        yield client

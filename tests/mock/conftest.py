"""Shared fixtures of the mock server tests (also used by the Cresta handler tests).

- `app`: an in-process MockApp: strict, small sizes, seed 7, a ManualClock at NOW
  (`app.clock.advance(seconds)` moves time). Each test gets fresh data (restored from a
  snapshot, so it is cheap).
- `client`: a Starlette TestClient over `app` (sync httpx API).
- `live_server`: the base URL of uvicorn serving a strict app on a free loopback port
  (one server per session; data, clock and settings are reset before each test);
  `live_app` is that app.
- `ev_auth` / `ev_reader_auth`: ExecVision Basic credentials (tuples for httpx `auth=`).
- `cresta_token(client_id="acme-client")`: a bearer token issued by `app`;
  `cresta_headers(client_id)`: {"Authorization": "Bearer ..."}.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator

import pytest

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
from starlette.testclient import TestClient  # noqa: E402

from mockserver.engine.app import MockApp, create_app  # noqa: E402
from mockserver.engine.snapshot import Snapshot  # noqa: E402
from tests.helpers.mock import EV_ADMIN, EV_READER, LiveServer, make_config, restore  # noqa: E402


@pytest.fixture(scope="session")
def _snapshot() -> Snapshot:
    return create_app(make_config()).store.snapshot()


@pytest.fixture
def app(_snapshot: Snapshot) -> MockApp:
    mock = create_app(make_config(seed_data=False))
    mock.restore(_snapshot)
    return mock


@pytest.fixture
def client(app: MockApp) -> Iterator[TestClient]:
    with TestClient(app, base_url="http://testserver") as test_client:
        yield test_client


@pytest.fixture
def ev_auth() -> tuple[str, str]:
    return EV_ADMIN


@pytest.fixture
def ev_reader_auth() -> tuple[str, str]:
    return EV_READER


@pytest.fixture
def cresta_token(app: MockApp) -> Callable[..., str]:
    def issue(client_id: str = "acme-client") -> str:
        return app.issue_token(client_id)

    return issue


@pytest.fixture
def cresta_headers(cresta_token: Callable[..., str]) -> Callable[..., dict[str, str]]:
    def headers(client_id: str = "acme-client") -> dict[str, str]:
        return {"Authorization": f"Bearer {cresta_token(client_id)}"}

    return headers


@pytest.fixture(scope="session")
def _live() -> Iterator[tuple[MockApp, LiveServer]]:
    mock = create_app(make_config())
    with LiveServer(mock) as server:
        yield mock, server


@pytest.fixture
def live_app(_live: tuple[MockApp, LiveServer]) -> MockApp:
    return restore(_live[0])


@pytest.fixture
def live_server(live_app: MockApp, _live: tuple[MockApp, LiveServer]) -> str:
    return _live[1].url

"""The pytest11 entry point of contract-kit-mock: fixtures (see the package docstring)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from contract_kit_pytest._handle import IN_PROCESS_URL, MockHandle
from contract_kit_pytest._server import ThreadedServer

Session = tuple[Any, datetime, int, dict[str, int]]  # the app, its clock's start, its seed and sizes


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("contract_mock_seed", "data seed of the contract_mock fixtures", default="1")
    parser.addini("contract_mock_sizes", 'data sizes, "name=count ..." (the names: GET /__mock__/state)', default="")
    parser.addini("contract_mock_now", "the mock clock's start (ISO 8601); default: the session's start", default="")


def _sizes(text: str) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for item in text.replace(",", " ").split():
        name, _, count = item.partition("=")
        if not count.isdigit():
            raise pytest.UsageError(f"contract_mock_sizes: expected name=count, got {item!r}")
        sizes[name] = int(count)
    return sizes


@pytest.fixture(scope="session")
def _contract_mock_session(pytestconfig: pytest.Config) -> Iterator[Session]:
    from mockserver.engine.app import create_app
    from mockserver.engine.config import ManualClock, MockConfig

    now_text = str(pytestconfig.getini("contract_mock_now"))
    start = datetime.fromisoformat(now_text) if now_text else datetime.now(UTC).replace(microsecond=0)
    start = start if start.tzinfo else start.replace(tzinfo=UTC)
    config = MockConfig(
        seed=int(pytestconfig.getini("contract_mock_seed")),
        sizes=_sizes(str(pytestconfig.getini("contract_mock_sizes"))),
        strict=True,  # a mock answer that breaks the spec is a loud 500, never a silent pass
        clock=ManualClock(start),
    )
    app = create_app(config)
    yield app, start, app.seed, dict(app.sizes)


@pytest.fixture(scope="session")
def _contract_mock_socket(_contract_mock_session: Session) -> Iterator[ThreadedServer]:
    with ThreadedServer(_contract_mock_session[0]) as server:
        yield server


@pytest.fixture
def contract_mock(_contract_mock_session: Session) -> Iterator[MockHandle]:
    """The mock, in-process (no socket), back at its seeded start for this test."""
    app, start, seed, sizes = _contract_mock_session
    handle = MockHandle(app, IN_PROCESS_URL, in_process=True, start=start, seed=seed, sizes=sizes)
    handle.reset()
    yield handle
    handle.close()


@pytest.fixture
def contract_mock_server(
    _contract_mock_session: Session, _contract_mock_socket: ThreadedServer
) -> Iterator[MockHandle]:
    """The mock on a real loopback port (`base_url`), back at its seeded start for this test."""
    app, start, seed, sizes = _contract_mock_session
    handle = MockHandle(app, _contract_mock_socket.url, in_process=False, start=start, seed=seed, sizes=sizes)
    handle.reset()
    yield handle
    handle.close()


def _client_fixture(api: str, package: str, asynchronous: bool) -> Any:
    def fixture(contract_mock: MockHandle) -> Any:
        if importlib.util.find_spec(package) is None:
            pytest.skip(f"{package} is not installed (pip install it to use this fixture)")
        return contract_mock.async_client(api) if asynchronous else contract_mock.client(api)

    fixture.__name__ = f"async_{api}" if asynchronous else api
    fixture.__doc__ = f"The {'asyncio' if asynchronous else 'blocking'} {package} client on the in-process mock."
    return pytest.fixture(name=fixture.__name__)(fixture)


def _register_client_fixtures() -> None:
    """One sync and one async client fixture per registered API, named after the API."""
    from specmodel import registry

    for entry in registry.apis():
        for asynchronous in (False, True):
            fixture = _client_fixture(entry.name, entry.client.package, asynchronous)
            globals()[f"async_{entry.name}" if asynchronous else entry.name] = fixture


_register_client_fixtures()

"""--no-admin turns the /__mock__ endpoints off; --admin-token (or MOCK_ADMIN_TOKEN) protects them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from mockserver.__main__ import ENV_ADMIN_TOKEN, build_config, config_from_args, parser
from mockserver.engine import admin
from mockserver.engine.app import MockApp, create_app
from mockserver.engine.config import MockConfig
from tests.helpers.mock import EV, EV_ADMIN, SMALL_SIZES, make_config
from tests.mock.test_live import _serve

TOKEN = "s3cret-admin-token"
ADMIN_CALLS: list[tuple[str, str, dict[str, Any] | None]] = [
    ("GET", "/__mock__/state", None),
    ("POST", "/__mock__/reset", None),
    ("POST", "/__mock__/reseed", {"seed": 3, "sizes": SMALL_SIZES}),
    ("GET", "/__mock__/config", None),
    ("PATCH", "/__mock__/config", {"tokenTtlSeconds": 5}),
    ("GET", "/__mock__/faults", None),
    ("PUT", "/__mock__/faults", {}),
    ("GET", "/__mock__/rate-limit", None),
    ("PUT", "/__mock__/rate-limit", {"mode": "off"}),
    ("POST", "/__mock__/tokens", {"clientId": "acme-client"}),
]


def served(config: MockConfig) -> Iterator[tuple[MockApp, TestClient]]:
    app = create_app(config)
    with TestClient(app) as client:
        yield app, client


@pytest.fixture
def no_admin() -> Iterator[tuple[MockApp, TestClient]]:
    yield from served(make_config(admin=False))


@pytest.fixture
def guarded() -> Iterator[tuple[MockApp, TestClient]]:
    yield from served(make_config(admin_token=TOKEN))


def from_cli(*argv: str) -> MockConfig:
    """The config `python -m mockserver` builds (through JSON, as --workers pass it on)."""
    return build_config(json.loads(json.dumps(config_from_args(parser().parse_args(list(argv))))))


def assert_off(client: TestClient) -> None:
    for method, path, body in ADMIN_CALLS:
        r = client.request(method, path, json=body)
        assert r.status_code == 404, path
        assert r.json() == {"error": "not_found", "message": f"no such path {path}"}
    assert client.get(f"{EV}/users", auth=EV_ADMIN).status_code == 200


def assert_guarded(client: TestClient) -> None:
    for method, path, body in ADMIN_CALLS:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Bearer {TOKEN}x"}):
            r = client.request(method, path, json=body, headers=headers)
            assert r.status_code == 401, (path, headers)
            assert r.json()["error"] == "unauthorized" and r.headers["www-authenticate"].startswith("Bearer")
        r = client.request(method, path, json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200, (path, r.text)
    assert client.get(f"{EV}/users", auth=EV_ADMIN).status_code == 200  # the APIs need no admin token


def test_no_admin_answers_404_in_the_paths_shape(no_admin: tuple[MockApp, TestClient]) -> None:
    app, client = no_admin
    assert_off(client)
    assert not any(op.path.startswith("/__mock__") for op in app.operations())
    app.reseed(4)  # the Python test API is not an endpoint: it still works
    assert app.seed == 4 and app.issue_token("acme-client")


def test_no_admin_from_the_cli() -> None:
    config = from_cli("--no-admin", "--size", "ev_calls=20")
    assert config.admin is False
    for _, client in served(config):
        assert_off(client)
    assert from_cli().admin is True


def test_an_admin_token_guards_every_admin_endpoint(guarded: tuple[MockApp, TestClient]) -> None:
    assert_guarded(guarded[1])


def test_the_admin_token_is_checked_before_the_body(guarded: tuple[MockApp, TestClient]) -> None:
    _, client = guarded
    r = client.post("/__mock__/reseed", json={"seed": 1e20})
    assert r.status_code == 401
    for header in (f"Basic {TOKEN}", TOKEN, f"Bearer  {TOKEN} ", f"bearer {TOKEN}"):
        # Bearer's scheme is case-insensitive and the token is stripped; anything else is refused
        expected = 200 if header.lower().split()[0] == "bearer" else 401
        r = client.get("/__mock__/state", headers={"Authorization": header})
        assert r.status_code == expected, header
    r = client.post("/__mock__/reseed", json={"seed": 1e20}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 400


def test_the_admin_token_is_compared_in_constant_time(
    guarded: tuple[MockApp, TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[bytes, bytes]] = []
    real = admin.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        seen.append((a, b))
        return real(a, b)

    monkeypatch.setattr(admin.hmac, "compare_digest", spy)
    assert guarded[1].get("/__mock__/state", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert seen == [(b"nope", TOKEN.encode())]


def test_admin_token_from_the_cli_and_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_ADMIN_TOKEN, raising=False)
    assert from_cli().admin_token is None
    config = from_cli("--admin-token", TOKEN, "--size", "ev_calls=20")
    assert config.admin_token == TOKEN
    for _, client in served(config):
        assert_guarded(client)
    monkeypatch.setenv(ENV_ADMIN_TOKEN, TOKEN)
    config = from_cli("--size", "ev_calls=20")
    assert config.admin_token == TOKEN
    for _, client in served(config):
        assert_guarded(client)
    assert from_cli("--admin-token", "other").admin_token == "other"  # the flag wins
    monkeypatch.setenv(ENV_ADMIN_TOKEN, "")
    assert from_cli().admin_token is None  # empty: no token


def test_python_m_mockserver_honours_the_environment_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ADMIN_TOKEN, TOKEN)
    with _serve("--size", "ev_calls=10") as base:
        assert httpx.get(f"{base}/__mock__/state").status_code == 401
        r = httpx.get(f"{base}/__mock__/state", headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200 and r.json()["counts"]["ev.calls"] == 10
        assert httpx.get(f"{base}{EV}/users", auth=EV_ADMIN).status_code == 200

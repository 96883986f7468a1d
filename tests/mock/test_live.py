"""Over real HTTP: uvicorn on a loopback port (fixture) and `python -m mockserver`."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from mockserver.engine.app import MockApp
from tests.helpers.mock import ANCHOR, EV, EV_ADMIN, EV_READER, MockProcess

CONV = "/v1/customers/acme/profiles/default/conversations/conv-1"


def test_basic_auth_call(live_server: str) -> None:
    r = httpx.get(f"{live_server}{EV}/users", auth=EV_ADMIN)
    assert r.status_code == 200 and r.headers["content-type"] == "application/json" and r.json()
    assert httpx.get(f"{live_server}{EV}/users").status_code == 401


def test_token_then_bearer_call(live_server: str) -> None:
    token = httpx.post(
        f"{live_server}/v1/oauth/regionalToken",
        json={"grant_type": "client_credentials"},
        auth=("acme-client", "acme-secret"),
    ).json()
    r = httpx.get(live_server + CONV, headers={"Authorization": f"{token['token_type']} {token['access_token']}"})
    assert r.status_code == 200 and r.json()["conversation"]["name"].endswith("/conv-1")


def test_stateful_delete_over_http(live_server: str) -> None:
    with httpx.Client(base_url=live_server) as c:
        assert c.delete(f"{EV}/call/{ANCHOR}", auth=EV_READER).status_code == 403
        assert c.delete(f"{EV}/call/{ANCHOR}", auth=EV_ADMIN).status_code == 200
        assert c.get(f"{EV}/call/{ANCHOR}", auth=EV_ADMIN).status_code == 404
        r = c.put(f"{EV}/call/{ANCHOR}", auth=EV_ADMIN)
        assert r.status_code == 405 and r.headers["allow"] == "DELETE, GET, HEAD"


def test_drop_closes_the_connection_without_a_response(live_server: str) -> None:
    with httpx.Client(base_url=live_server, auth=EV_ADMIN) as c:
        with pytest.raises(httpx.RemoteProtocolError):
            c.get(f"{EV}/users", headers={"X-Mock-Fault": "drop"})
        assert c.get(f"{EV}/users").status_code == 200  # a new connection works
    with socket.create_connection(("127.0.0.1", int(live_server.rsplit(":", 1)[1])), timeout=5) as sock:
        basic = base64.b64encode(":".join(EV_ADMIN).encode())  # faults apply after authentication
        sock.sendall(
            b"GET /api/ev/2/check HTTP/1.1\r\nHost: x\r\nAuthorization: Basic "
            + basic
            + b"\r\nX-Mock-Fault: drop\r\n\r\n"
        )
        assert sock.recv(1024) == b""  # closed, not one byte of response


def test_faults_over_http(live_server: str) -> None:
    with httpx.Client(base_url=live_server, auth=EV_ADMIN) as c:
        r = c.get(f"{EV}/users", headers={"X-Mock-Fault": "status=429;retry-after=1"})
        assert r.status_code == 429 and r.headers["retry-after"] == "1" and r.json()["error"] == "too_many_requests"
        started = time.perf_counter()
        assert c.get(f"{EV}/check", headers={"X-Mock-Fault": "latency=200ms"}).status_code == 200
        assert time.perf_counter() - started >= 0.2


def test_concurrent_requests_are_safe(live_app: MockApp, live_server: str) -> None:
    ids = [
        c["id"]
        for c in httpx.get(
            f"{live_server}{EV}/calls", params={"since": "2020-01-01T00:00Z", "limit": 60}, auth=EV_ADMIN
        ).json()
    ]

    def work(i: int) -> tuple[int, int]:
        with httpx.Client(base_url=live_server, auth=EV_ADMIN) as c:
            deleted = c.delete(f"{EV}/call/{ids[i % 30]}").status_code
            listed = c.get(f"{EV}/calls", params={"since": "2020-01-01T00:00Z", "limit": 1000}).status_code
            return deleted, listed

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(90)))
    assert all(listed == 200 for _, listed in results)
    assert sorted(d for d, _ in results).count(200) == 30  # each call deleted exactly once
    assert {d for d, _ in results} == {200, 404}
    assert live_app.store.counts()["ev.deleted_calls"] == 5 + 30


def test_concurrent_requests_in_process(app: MockApp) -> None:
    async def run() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock", auth=EV_ADMIN) as c:
            calls = (await c.get(f"{EV}/calls", params={"since": "2020-01-01T00:00Z", "limit": 20})).json()
            tasks = [c.delete(f"{EV}/call/{calls[i % 20]['id']}") for i in range(60)]
            tasks += [c.get(f"{EV}/calls/deleted", params={"since": "2020-01-01T00:00Z"}) for _ in range(20)]
            return [r.status_code for r in await asyncio.gather(*tasks)]

    codes = asyncio.run(run())
    assert codes[:60].count(200) == 20 and set(codes[60:]) == {200}


@contextlib.contextmanager
def _serve(*args: str) -> Iterator[str]:
    """`python -m mockserver` on a free loopback port; yields its base URL once it answers."""
    with MockProcess(*args) as mock:
        yield mock.url


def _token(base: str) -> dict[str, str]:
    token = httpx.post(
        base + "/v1/oauth/regionalToken",
        json={"grant_type": "client_credentials"},
        auth=("acme-client", "acme-secret"),
    ).json()
    return {"Authorization": f"Bearer {token['access_token']}", "expires_in": str(token["expires_in"])}


def test_python_dash_m_mockserver_serves_both_apis() -> None:
    args = ["--seed", "3", "--size", "ev_calls=100", "--strict", "--token-ttl", "60"]
    with _serve(*args, "--rate-limit", "off", "--no-last-id-bug") as base:
        state = httpx.get(base + "/__mock__/state").json()
        assert state["seed"] == 3 and state["counts"]["ev.calls"] == 100
        config = httpx.get(base + "/__mock__/config").json()
        assert config["strict"] and config["tokenTtlSeconds"] == 60 and config["lastIdBug"] is False
        assert httpx.get(f"{base}{EV}/users", auth=EV_ADMIN).status_code == 200
        headers = _token(base)
        assert headers.pop("expires_in") == "60"
        assert httpx.get(base + CONV, headers=headers).status_code == 200


def test_workers_accept_each_others_tokens() -> None:
    """With --workers, each new connection may land on another process: a token must work on all."""
    with _serve("--workers", "2", "--size", "ev_calls=50") as base:
        headers = _token(base)
        del headers["expires_in"]
        codes = [httpx.get(base + CONV, headers=headers).status_code for _ in range(30)]  # a new connection each
        assert codes == [200] * 30

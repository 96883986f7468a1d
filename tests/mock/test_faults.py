"""Fault injection: per request (X-Mock-Fault) and global (admin, seeded RNG)."""

from __future__ import annotations

import asyncio
import base64
import time
from collections import Counter
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from mockserver.engine.app import MockApp, create_app
from mockserver.engine.config import FaultConfig
from mockserver.engine.faults import FaultInjector, FaultSyntaxError
from tests.helpers.mock import EV, EV_ADMIN, make_config

CONV = "/v1/customers/acme/profiles/default/conversations/conv-1"


def fault(client: TestClient, value: str, **kw: object) -> httpx.Response:
    return client.get(f"{EV}/users", auth=EV_ADMIN, headers={"X-Mock-Fault": value}, **kw)  # type: ignore[arg-type]


def test_status_faults_use_the_api_error_shape(client: TestClient, cresta_headers) -> None:  # type: ignore[no-untyped-def]
    r = fault(client, "status=503")
    assert r.status_code == 503 and r.json() == {"error": "service_unavailable", "message": "injected fault: HTTP 503"}
    r = client.get(CONV, headers={**cresta_headers(), "X-Mock-Fault": "status=503"})
    assert r.status_code == 503 and r.json()["code"] == 14 and r.json()["details"] == []
    r = client.get(CONV, headers={**cresta_headers(), "X-Mock-Fault": "status=429;retry-after=1"})
    assert r.status_code == 429 and r.json()["code"] == 8 and r.headers["retry-after"] == "1"
    r = fault(client, "status=500")
    assert r.status_code == 500 and r.json()["error"] == "internal_error"


def test_status_alternatives_are_drawn_from_a_seeded_rng(client: TestClient) -> None:
    seen = Counter(fault(client, "status=500|502").status_code for _ in range(30))
    assert set(seen) == {500, 502}
    a = FaultInjector(FaultConfig(seed=3))
    b = FaultInjector(FaultConfig(seed=3))
    assert [a.parse("status=500|502|503").status for _ in range(20)] == [
        b.parse("status=500|502|503").status for _ in range(20)
    ]


def test_latency_fault_delays_then_answers_normally(client: TestClient) -> None:
    started = time.perf_counter()
    r = fault(client, "latency=150ms")
    assert r.status_code == 200 and time.perf_counter() - started >= 0.15
    r = fault(client, "latency=50ms;status=502")
    assert r.status_code == 502


def test_drop_in_process_raises_what_httpx_raises_over_the_wire(client: TestClient) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        fault(client, "drop")


def test_bad_fault_header_is_400(client: TestClient) -> None:
    for value in ("status=200", "status=abc", "latency=fast", "explode", "latency=999s"):
        r = fault(client, value)
        assert r.status_code == 400 and "X-Mock-Fault" in r.json()["message"], value


def test_admin_endpoints_are_never_faulted_but_the_token_endpoint_is(client: TestClient) -> None:
    r = client.get("/__mock__/state", headers={"X-Mock-Fault": "status=503"})
    assert r.status_code == 200
    r = client.post(
        "/v1/oauth/regionalToken",
        json={"grant_type": "client_credentials"},
        auth=("acme-client", "acme-secret"),
        headers={"X-Mock-Fault": "status=503;retry-after=2"},
    )
    assert r.status_code == 503 and r.json()["error"] == "temporarily_unavailable" and r.headers["retry-after"] == "2"


def test_global_fault_rates_are_configured_through_admin(client: TestClient) -> None:
    config = {"errorRate": 0.5, "statuses": [500, 503], "retryAfter": 2, "seed": 11}
    r = client.put("/__mock__/faults", json=config)
    assert r.status_code == 200 and r.json()["errorRate"] == 0.5
    first = [client.get(f"{EV}/check", auth=EV_ADMIN) for _ in range(40)]
    codes = Counter(r.status_code for r in first)
    assert set(codes) == {200, 500, 503} and 8 < codes[200] < 32
    assert all(r.headers.get("retry-after") == "2" for r in first if r.status_code == 503)
    client.put("/__mock__/faults", json=config)  # the same seed replays the same sequence
    again = [client.get(f"{EV}/check", auth=EV_ADMIN).status_code for _ in range(40)]
    assert again == [r.status_code for r in first]
    assert client.put("/__mock__/faults", json={}).json()["errorRate"] == 0
    assert all(client.get(f"{EV}/check", auth=EV_ADMIN).status_code == 200 for _ in range(10))
    assert client.put("/__mock__/faults", json={"errorRate": 2}).status_code == 400


def test_parser_rejects_unknown_directives() -> None:
    with pytest.raises(FaultSyntaxError):
        FaultInjector(FaultConfig()).parse("status=503;frobnicate")
    parsed = FaultInjector(FaultConfig()).parse("latency=1.5s, status=429 ; retry-after=3")
    assert (parsed.latency, parsed.status, parsed.retry_after, parsed.drop) == (1.5, 429, "3", False)


def test_faults_apply_only_after_authentication(client: TestClient) -> None:
    for value in ("status=503", "drop", "latency=999s", "explode"):  # not even parsed without credentials
        r = client.get(f"{EV}/users", headers={"X-Mock-Fault": value})
        assert r.status_code == 401 and r.json()["error"] == "unauthorized", value
        r = client.get(f"{EV}/users", auth=("ev-admin", "wrong"), headers={"X-Mock-Fault": value})
        assert r.status_code == 401, value
    r = client.get(CONV, headers={"X-Mock-Fault": "status=503"})
    assert r.status_code == 401 and r.json()["code"] == 16
    r = client.post(
        "/v1/oauth/regionalToken",
        json={"grant_type": "client_credentials"},
        auth=("acme-client", "wrong"),
        headers={"X-Mock-Fault": "status=503"},
    )
    assert r.status_code == 401 and r.json()["error"] == "invalid_client"


def test_global_faults_spare_unauthenticated_requests(client: TestClient) -> None:
    assert client.put("/__mock__/faults", json={"errorRate": 1, "statuses": [503]}).status_code == 200
    assert client.get(f"{EV}/users").status_code == 401
    assert client.get(f"{EV}/users", auth=EV_ADMIN).status_code == 503


def test_latency_is_capped(client: TestClient) -> None:
    for value in ("latency=30.001s", "latency=31s", "latency=30001ms", "latency=100000000000000000000s"):
        r = fault(client, value)
        assert r.status_code == 400 and "--max-fault-latency" in r.json()["message"], value
    r = client.put("/__mock__/faults", json={"latencyRate": 1, "latencyMs": 30001})
    assert r.status_code == 400 and "--max-fault-latency" in r.json()["message"]
    assert client.put("/__mock__/faults", json={"latencyRate": 0, "latencyMs": 30000}).status_code == 200


def test_the_latency_cap_is_configurable() -> None:
    mock = create_app(make_config(max_fault_latency=0.2))
    with TestClient(mock) as c:
        assert fault(c, "latency=200ms").status_code == 200
        r = fault(c, "latency=201ms")
        assert r.status_code == 400 and "0.2s" in r.json()["message"]
        assert c.put("/__mock__/faults", json={"latencyRate": 1, "latencyMs": 201}).status_code == 400
    with pytest.raises(FaultSyntaxError):  # a start-up config over the cap is refused too
        create_app(make_config(max_fault_latency=0.2, faults=FaultConfig(latency_rate=1, latency_ms=201)))


def test_retry_after_is_bounded(client: TestClient) -> None:
    r = fault(client, "status=503;retry-after=86400")
    assert r.status_code == 503 and r.headers["retry-after"] == "86400"
    assert fault(client, "status=503;retry-after=007").headers["retry-after"] == "7"
    for value in ("86401", "100000000000000000000", "1e20", "-1", "soon", ""):
        r = fault(client, f"status=503;retry-after={value}")
        assert r.status_code == 400 and "retry-after" in r.json()["message"], value


def test_non_ascii_digits_in_a_fault_header_are_a_400(app: MockApp) -> None:
    # "²" (latin-1 0xB2) passes str.isdigit() but not int(): raw bytes, as a client can send them
    async def status_of(fault: bytes) -> tuple[int, bytes]:
        auth = b"Basic " + base64.b64encode(":".join(EV_ADMIN).encode())
        headers = [(b"authorization", auth), (b"x-mock-fault", fault)]
        scope = {"type": "http", "method": "GET", "path": f"{EV}/users", "query_string": b"", "headers": headers}
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b""}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await app(scope, receive, send)
        return sent[0]["status"], sent[1]["body"]

    for fault in (b"status=\xb2", b"status=50\xb3", b"status=503;retry-after=\xb2"):
        status, body = asyncio.run(status_of(fault))
        assert status == 400 and b"X-Mock-Fault" in body, fault

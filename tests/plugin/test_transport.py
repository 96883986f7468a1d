"""SyncASGITransport: a blocking httpx client reaches an ASGI app with bodies and headers intact."""

from __future__ import annotations

import json
from typing import Any

import httpx

from contract_kit_pytest import SyncASGITransport


async def echo(scope: dict[str, Any], receive: Any, send: Any) -> None:
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    out = json.dumps(
        {
            "method": scope["method"],
            "path": scope["path"],
            "body": body.decode(),
            "x": dict(scope["headers"]).get(b"x-test", b"").decode(),
        }
    ).encode()
    await send({"type": "http.response.start", "status": 201, "headers": [(b"x-reply", b"yes")]})
    await send({"type": "http.response.body", "body": out})


def test_a_blocking_request_round_trips() -> None:
    transport = SyncASGITransport(echo)
    try:
        with httpx.Client(transport=transport, base_url="http://app") as client:
            r = client.post("/p", content=b"hello", headers={"X-Test": "1"})
            assert r.status_code == 201 and r.headers["x-reply"] == "yes"
            assert r.json() == {"method": "POST", "path": "/p", "body": "hello", "x": "1"}
            streamed = client.post("/s", content=iter([b"a", b"b"]))
            assert streamed.json()["body"] == "ab"
    finally:
        transport.close()


def test_a_blocking_call_from_async_code_still_works() -> None:
    """The calling thread runs a loop: the request goes to the private loop thread."""
    import asyncio

    transport = SyncASGITransport(echo)

    async def inside_a_loop() -> int:
        with httpx.Client(transport=transport, base_url="http://app") as client:
            return client.post("/p", content=b"x").status_code

    try:
        assert asyncio.run(inside_a_loop()) == 201
    finally:
        transport.close()


def test_threads_overlap_as_on_a_server() -> None:
    """While one thread is inside the app, a second thread's request is served meanwhile (on the
    private loop), not queued behind it: the first waits for the second to arrive."""
    import asyncio
    import threading

    arrived = threading.Event()

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        await receive()
        if scope["path"] == "/first":
            for _ in range(500):  # at most 5 s
                if arrived.is_set():
                    break
                await asyncio.sleep(0.01)
        else:
            arrived.set()
        status = 200 if scope["path"] != "/first" or arrived.is_set() else 504
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    transport = SyncASGITransport(app)
    results: dict[str, int] = {}
    try:
        with httpx.Client(transport=transport, base_url="http://app") as client:
            first = threading.Thread(target=lambda: results.update(first=client.get("/first").status_code))
            first.start()
            for _ in range(500):  # the first request is inside the transport
                if transport._inline_lock.locked():
                    break
                threading.Event().wait(0.01)
            results["second"] = client.get("/second").status_code
            first.join(timeout=10)
        assert results == {"first": 200, "second": 200}
    finally:
        transport.close()

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

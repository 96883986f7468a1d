"""e) The ceiling of part e: the plugin's two transports around an ASGI app that does nothing.

With no mock and no decoding left, what remains per request is httpx's own work plus the
transport: the in-process `SyncASGITransport`, or the loopback socket to uvicorn in a thread
(the plugin's `ThreadedServer`). Their ratio bounds what any mock behind them could reach in
part e: every microsecond the mock or the client's decoding adds is added to both sides.
Runs in this process (it measures the transports, not pytest).
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from contract_kit_pytest import SyncASGITransport, ThreadedServer

REQUESTS = 2000
BODY = b'{"users":[]}'


async def noop_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    await receive()
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": BODY})


def _rate(client: httpx.Client) -> float:
    client.get("/x")  # warm: the connection
    started = time.perf_counter()
    for _ in range(REQUESTS):
        client.get("/x")
    return REQUESTS / (time.perf_counter() - started)


def one_run() -> dict[str, float]:
    """Requests per second of a bare `httpx.Client.get` in-process and over the socket."""
    transport = SyncASGITransport(noop_app)
    try:
        with httpx.Client(transport=transport, base_url="http://mock") as client:
            inprocess = _rate(client)
    finally:
        transport.close()
    with ThreadedServer(noop_app) as server, httpx.Client(base_url=server.url) as client:
        socket = _rate(client)
    return {"in-process": inprocess, "socket": socket}

"""httpx transports that hand requests straight to an ASGI app: no socket, no HTTP parsing.

Why not httpx's own `httpx.ASGITransport`: httpx 0.28 probes for trio with an `import trio` on
every request (`_transports/asgi.py: is_running_trio`), a failed import that cost about 1 ms a
request here, more than the mock's own work, and it is async only. starlette's TestClient has a
blocking transport, but it is private (`_TestClientTransport`), pulls in starlette and anyio,
and starts a thread per request outside a `with` block. These two share one small exchange:
the request body is read up front, the response is collected whole (the mock answers in one
message), so neither needs an event object.

`ASGITransport` runs the app on the caller's event loop; `SyncASGITransport` runs it on one
private event loop thread, so a blocking client reaches it with one thread hop per request.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx

Exchange = tuple[int, list[tuple[bytes, bytes]], bytes]


async def exchange(app: Any, request: httpx.Request, body: bytes) -> Exchange:
    """Call `app` once with `request` (its body already read) and collect the whole response."""
    url = request.url
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": request.method,
        "headers": [(k.lower(), v) for k, v in request.headers.raw],
        "scheme": url.scheme,
        "path": url.path,
        "raw_path": url.raw_path.split(b"?")[0],
        "query_string": url.query,
        "server": (url.host, url.port),
        "client": ("127.0.0.1", 123),
        "root_path": "",
    }
    sent = False
    status = 500
    headers: list[tuple[bytes, bytes]] = []
    parts: list[bytes] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, headers
        if message["type"] == "http.response.start":
            status, headers = message["status"], list(message.get("headers", []))
        elif message["type"] == "http.response.body" and request.method != "HEAD":
            parts.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, headers, b"".join(parts)


class ASGITransport(httpx.AsyncBaseTransport):
    def __init__(self, app: Any) -> None:
        self.app = app

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        status, headers, content = await exchange(self.app, request, await request.aread())
        return httpx.Response(status, headers=headers, content=content, request=request)


class SyncASGITransport(httpx.BaseTransport):
    def __init__(self, app: Any) -> None:
        self.app = app
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="asgi-transport", daemon=True)
        self._thread.start()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        future = asyncio.run_coroutine_threadsafe(exchange(self.app, request, request.read()), self._loop)
        status, headers, content = future.result()
        return httpx.Response(status, headers=headers, content=content, request=request)

    def close(self) -> None:
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
            self._loop.close()

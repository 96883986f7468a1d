"""The ASGI side: lifespan, one response per request, and dropping a connection.

`serve(handle, ...)` adapts a request handler (scope, receive) -> (status, headers, body),
or DROP, to the ASGI protocol.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

Headers = list[tuple[bytes, bytes]]
Response = tuple[int, Headers, bytes]
DROP = object()  # answer nothing: close the connection (faults.py)
RequestHandler = Callable[[dict[str, Any], Any], Awaitable[Response | object]]


async def serve(handle: RequestHandler, scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        await _lifespan(receive, send)
        return
    if scope["type"] != "http":
        return
    result = await handle(scope, receive)
    if result is DROP:
        await _drop(send)
        return
    assert isinstance(result, tuple)
    status, headers, body = result
    if not any(name == b"content-length" for name, _ in headers):  # a HEAD answer brings its GET's
        headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _lifespan(receive: Any, send: Any) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def read_body(receive: Any, declared: str, limit: int, too_large: Callable[[], Exception]) -> bytes:
    """The request body (raises `too_large()` past `limit` bytes, declared or received)."""
    if declared.isdigit() and int(declared) > limit:
        raise too_large()
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise too_large()
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _drop(send: Any) -> None:
    """Close the connection without a response (see faults.py)."""
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is not None:  # uvicorn: close the socket; it then skips its own 500
        transport.close()
        for _ in range(3):
            await asyncio.sleep(0)
        return
    try:
        import httpx
    except ImportError:  # pragma: no cover
        raise ConnectionResetError("mock fault: connection dropped") from None
    raise httpx.RemoteProtocolError("Server disconnected without sending a response.")

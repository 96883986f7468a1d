"""uvicorn's HTTP/1.1 protocols with the mock's request-head limit and its error shape.

uvicorn parses a request before the app sees it. Left alone it buffers a request head of any
size (httptools: a 100 MB header is read whole while other clients wait) and answers a request
it cannot parse with a plain-text `400 Invalid HTTP request received.`. The subclasses here:

- count the request head as it arrives and, once it passes `--max-header-bytes`, answer 431 and
  close, without reading the rest (httptools: the bytes since the head began; h11: its own
  `max_incomplete_event_size`, set to the limit);
- answer uvicorn's parse errors (a raw non-ASCII URL, a bad Content-Length, a garbage request
  line) in the error shape of the API whose path prefix the request has (the app's
  `early_response`), as JSON, with the parser's reason.

A head that arrives whole reaches the app, which refuses it with the same 431 (pipeline.py).
What this cannot change: uvicorn's 503 for `limit_concurrency` and its 500 when the app
fails before answering stay plain text (README, "Malformed HTTP").

This relies on uvicorn internals: that both protocols call `send_400_response` from inside
the `except` that caught the parser error, that the httptools one has the `url` and the parser
callbacks `on_headers_complete` / `on_message_complete`, and that the h11 one reads
`Config.h11_max_incomplete_event_size`. It was written against uvicorn `PINNED_UVICORN`, the
version `requirements/dev.lock` pins (a test checks the two agree); on another version
`protocol_class()` falls back to uvicorn's own protocol, with a warning.
"""

from __future__ import annotations

import asyncio
import http
import importlib.util
import logging
import sys
from typing import Any, Protocol, runtime_checkable

import orjson
import uvicorn
from uvicorn.config import Config
from uvicorn.protocols.http.h11_impl import H11Protocol as _UvicornH11
from uvicorn.server import ServerState

from mockserver.engine.asgi import Response
from mockserver.engine.config import Limits

PINNED_UVICORN = "0.54.0"
REASON_CHARS = 200  # of the parser's reason (h11 quotes the request line)
LINGER_SECONDS = 1.0  # after a refusal: how long to read and drop what the client still sends
log = logging.getLogger("mockserver")


@runtime_checkable
class EarlyResponder(Protocol):
    """What the protocols need of the app (MockApp): the limit and the error shape of a path."""

    @property
    def max_header_bytes(self) -> int: ...

    def early_response(self, path: str, status: int, message: str) -> Response: ...


def find_responder(app: Any) -> EarlyResponder | None:
    """The mock app under uvicorn's middleware (each wrapper keeps the app it wraps in `.app`)."""
    for _ in range(16):
        if isinstance(app, EarlyResponder):
            return app
        app = getattr(app, "app", None)
        if app is None:
            break
    return None


def request_path(target: bytes) -> str:
    """The path of a (possibly partial) request target, for choosing the error shape."""
    return target.split(b"?", 1)[0].decode("latin-1")


class _Refusal:
    """Shared by both protocols: answer in the API's shape once, then drop the connection."""

    transport: asyncio.Transport
    loop: asyncio.AbstractEventLoop
    server_state: ServerState

    def _setup_refusal(self, config: Config) -> None:
        if not config.loaded:
            config.load()
        self.responder = find_responder(config.loaded_app)
        self.max_head = self.responder.max_header_bytes if self.responder else Limits().max_header_bytes
        self.refused = False

    def _target(self) -> bytes:
        raise NotImplementedError

    def _too_large_message(self) -> str:
        return f"the request head is larger than {self.max_head} bytes"

    def refuse(self, status: int, message: str) -> None:
        """Write one error response, stop answering, and close once the client has stopped sending."""
        if self.refused:
            return
        self.refused = True
        path = request_path(self._target())
        if self.responder is not None:
            status, headers, body = self.responder.early_response(path, status, message)
        else:
            headers, body = [(b"content-type", b"application/json")], orjson.dumps({"message": message})
        try:
            phrase = http.HTTPStatus(status).phrase.encode()
        except ValueError:
            phrase = b""
        lines = [b"HTTP/1.1 %d %s" % (status, phrase)]
        lines += [b"%s: %s" % (name, value) for name, value in self.server_state.default_headers]
        lines += [b"%s: %s" % (name, value) for name, value in headers]
        lines += [b"content-length: %d" % len(body), b"connection: close", b"", body]
        self.transport.write(b"\r\n".join(lines))
        # a lingering close: the client may still be sending; closing now could reset the
        # connection before it reads the answer
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(LINGER_SECONDS, self.transport.close)

    def send_400_response(self, msg: str) -> None:
        """uvicorn's answer to a request its parser refused, in the API's shape."""
        exc = sys.exc_info()[1]
        status = int(getattr(exc, "error_status_hint", 400))  # h11's RemoteProtocolError has one
        if status == 431:
            self.refuse(431, self._too_large_message())
            return
        reason = (str(exc.__context__ or exc) if exc is not None else "") or msg
        if isinstance(exc, UnicodeError) or isinstance(getattr(exc, "__context__", None), UnicodeError):
            reason = "the request target is not ASCII (percent-encode it)"
        self.refuse(status, f"malformed HTTP request: {reason[:REASON_CHARS]}")


class H11Protocol(_Refusal, _UvicornH11):
    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        self._setup_refusal(config)
        config.h11_max_incomplete_event_size = self.max_head  # h11 raises a 431 error past it
        self.head_start = b""
        super().__init__(config, server_state, app_state, _loop)

    def _target(self) -> bytes:
        """From the request line: in h11's buffer, or (once h11 consumed it) where the head began."""
        parts = (self.conn.trailing_data[0] or self.head_start).split(b"\r\n", 1)[0].split(b" ")
        return parts[1] if len(parts) > 1 else b""

    def data_received(self, data: bytes) -> None:
        if self.refused:
            return
        if not self.conn.trailing_data[0]:  # nothing buffered: a request head may begin here
            self.head_start = data[:2048]
        super().data_received(data)


def _httptools_protocol() -> type[asyncio.Protocol] | None:
    if importlib.util.find_spec("httptools") is None:
        return None
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _UvicornHttpTools

    class HttpToolsProtocol(_Refusal, _UvicornHttpTools):
        def __init__(
            self,
            config: Config,
            server_state: ServerState,
            app_state: dict[str, Any],
            _loop: asyncio.AbstractEventLoop | None = None,
        ) -> None:
            self._setup_refusal(config)
            self.head: int | None = 0  # bytes received since the request head began; None in a body
            super().__init__(config, server_state, app_state, _loop)

        def _target(self) -> bytes:
            return bytes(getattr(self, "url", b""))

        def data_received(self, data: bytes) -> None:
            if self.refused:
                return
            if self.head is not None:
                self.head += len(data)
            super().data_received(data)
            if self.head is not None and self.head > self.max_head and not self.transport.is_closing():
                self.refuse(431, self._too_large_message())

        def on_headers_complete(self) -> None:
            self.head = None
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            super().on_message_complete()
            self.head = 0

    HttpToolsProtocol.__module__ = __name__
    HttpToolsProtocol.__qualname__ = "HttpToolsProtocol"
    return HttpToolsProtocol


HttpToolsProtocol = _httptools_protocol()


def protocol_class(parser: str = "auto") -> str:
    """The `http=` of uvicorn's Config (an import path, so that --workers processes find it too):
    `parser` "h11", "httptools", or "auto" (httptools when installed, as uvicorn's "auto"); on an
    unpinned uvicorn, uvicorn's own protocol."""
    if uvicorn.__version__ != PINNED_UVICORN:
        print(
            f"mockserver: uvicorn {uvicorn.__version__} is not {PINNED_UVICORN}: request heads are not limited "
            "while they arrive, and parse errors are uvicorn's plain text (engine/protocol.py)",
            file=sys.stderr,
        )
        return parser
    if parser == "auto":
        parser = "httptools" if HttpToolsProtocol is not None else "h11"
    if parser == "httptools" and HttpToolsProtocol is None:
        raise ValueError("httptools is not installed")
    return f"{__name__}:{'HttpToolsProtocol' if parser == 'httptools' else 'H11Protocol'}"

"""Malformed and oversized HTTP on raw sockets against `python -m mockserver` (a subprocess),
with each of uvicorn's parsers: the mock's protocol classes (engine/protocol.py) answer in the
API's error shape, as JSON, and refuse a huge head while it arrives without stalling others."""

from __future__ import annotations

import re
import select
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import orjson
import pytest
import uvicorn

from mockserver.engine.config import Limits
from mockserver.engine.protocol import PINNED_UVICORN
from tests.helpers.mock import EV, SMALL_SIZES, MockProcess

LIMIT = Limits().max_header_bytes  # the default: the mock runs without the flag
CRESTA = b"/v1/customers/acme/profiles/default/coachingComments"
LOCK = Path(__file__).resolve().parents[2] / "requirements" / "dev.lock"


@pytest.fixture(scope="module", params=["httptools", "h11"])
def mock(request: pytest.FixtureRequest) -> Iterator[MockProcess]:
    sizes = [item for name, n in SMALL_SIZES.items() for item in ("--size", f"{name}={n}")]
    with MockProcess("--http", request.param, *sizes) as server:
        yield server


def exchange(mock: MockProcess, data: bytes, timeout: float = 5.0) -> tuple[int, dict[str, str], bytes]:
    """Send `data`, read one response (the connection may stay open: read by content-length)."""
    with socket.create_connection((mock.host, mock.port), timeout=timeout) as sock:
        sock.sendall(data)
        return read_response(sock)


def read_response(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    raw = b""
    while b"\r\n\r\n" not in raw:
        chunk = sock.recv(65536)
        assert chunk, f"closed without a complete response: {raw!r}"
        raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    while len(body) < int(headers["content-length"]):
        chunk = sock.recv(65536)
        assert chunk, "closed in the middle of the body"
        body += chunk
    return status, headers, body


def json_error(headers: dict[str, str], body: bytes) -> dict[str, object]:
    assert headers["content-type"] == "application/json"
    parsed = orjson.loads(body)
    assert isinstance(parsed, dict) and isinstance(parsed["message"], str)
    return parsed


def padded_get(path: bytes, total: int) -> bytes:
    """A GET whose head is exactly `total` bytes."""
    start = b"GET " + path + b" HTTP/1.1\r\nHost: mock\r\nX-Pad: "
    return start + b"p" * (total - len(start) - 4) + b"\r\n\r\n"


def test_the_lock_pins_the_uvicorn_the_protocols_were_written_for() -> None:
    pinned = re.search(r"^uvicorn==(\S+)", LOCK.read_text(), re.M)
    assert pinned is not None and pinned.group(1) == PINNED_UVICORN == uvicorn.__version__


def test_a_head_at_the_limit_reaches_the_app_and_one_byte_more_is_431(mock: MockProcess) -> None:
    status, headers, body = exchange(mock, padded_get(EV.encode() + b"/users", LIMIT))
    assert status == 401 and json_error(headers, body)["error"] == "unauthorized"  # the app's answer
    status, headers, body = exchange(mock, padded_get(EV.encode() + b"/users", LIMIT + 1))
    assert status == 431 and json_error(headers, body)["error"] == "request_header_fields_too_large"
    status, headers, body = exchange(mock, padded_get(CRESTA, LIMIT + 1))
    error = json_error(headers, body)
    assert status == 431 and error["code"] == 8 and error["details"] == []


def test_a_huge_header_is_refused_while_it_uploads_and_others_are_served(mock: MockProcess) -> None:
    """A 4 MB header: 431 after the first few KB, and a client meanwhile is answered promptly."""
    answer: dict[str, object] = {}

    def upload() -> None:
        started = time.monotonic()
        with socket.create_connection((mock.host, mock.port), timeout=5) as sock:
            sock.sendall(b"GET " + CRESTA + b" HTTP/1.1\r\nHost: mock\r\nX-Huge: ")
            sent, got = 0, b""
            try:
                while sent < 4 * 1024 * 1024 and b"\r\n\r\n" not in got:
                    sock.sendall(b"h" * 65536)
                    sent += 65536
                    if select.select([sock], [], [], 0.01)[0]:  # a client that listens while it sends
                        got += sock.recv(65536)
            except OSError:  # the mock closed: what it said is in the socket
                pass
            while b"\r\n\r\n" not in got:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                got += chunk
            answer.update(raw=got, sent=sent, seconds=time.monotonic() - started)

    thread = threading.Thread(target=upload)
    thread.start()
    waits = []
    with httpx.Client(base_url=mock.url, timeout=5) as client:
        while thread.is_alive() or not waits:
            started = time.monotonic()
            assert client.get(f"{EV}/check").status_code == 401
            waits.append(time.monotonic() - started)
    thread.join(timeout=10)
    raw = answer["raw"]
    assert isinstance(raw, bytes) and raw.startswith(b"HTTP/1.1 431 "), raw[:200]
    assert b'"code":8' in raw and b"larger than 16384 bytes" in raw
    assert isinstance(answer["sent"], int) and answer["sent"] < 4 * 1024 * 1024  # not read to the end
    assert isinstance(answer["seconds"], float) and answer["seconds"] < 3
    assert max(waits) < 1.0, waits


def test_a_raw_non_ascii_url_is_400_in_json(mock: MockProcess) -> None:
    status, headers, body = exchange(mock, b"GET " + EV.encode() + b"/users/\xc3\xa9 HTTP/1.1\r\nHost: mock\r\n\r\n")
    error = json_error(headers, body)
    assert status == 400 and headers["connection"] == "close"
    assert error["error"] == "bad_request" and str(error["message"]).startswith("malformed HTTP request: ")


def test_a_bad_content_length_is_400_in_json(mock: MockProcess) -> None:
    request = b"POST " + CRESTA + b" HTTP/1.1\r\nHost: mock\r\nContent-Length: 12x\r\n\r\n"
    status, headers, body = exchange(mock, request)
    error = json_error(headers, body)
    assert status == 400 and "Content-Length" in str(error["message"])
    # httptools has read the path: Cresta's shape; h11 has consumed the head: the admin shape
    assert error.get("code") == 3 or error.get("error") == "bad_request"


@pytest.mark.parametrize("line", [b"GARBAGE", b"GET  HTTP/1.1", b"\x16\x03\x01\x02\x00"])
def test_a_garbage_request_line_is_400_in_json(mock: MockProcess, line: bytes) -> None:
    status, headers, body = exchange(mock, line + b"\r\nHost: mock\r\n\r\n")
    assert status == 400 and json_error(headers, body)["error"] == "bad_request"


def test_the_mock_still_answers_after_the_abuse(mock: MockProcess) -> None:
    assert httpx.get(mock.url + "/__mock__/state").status_code == 200
    assert "Traceback" not in mock.stderr()


def test_the_flag_sets_the_limit_the_protocol_applies() -> None:
    with MockProcess("--size", "ev_calls=5", max_header_bytes=2048) as small:
        with socket.create_connection((small.host, small.port), timeout=5) as sock:
            sock.sendall(b"GET " + EV.encode() + b"/users HTTP/1.1\r\nHost: mock\r\nX-Pad: " + b"p" * 4096)
            status, headers, body = read_response(sock)  # the head is not complete: the protocol answers
        assert status == 431 and json_error(headers, body)["message"] == "the request head is larger than 2048 bytes"
        assert exchange(small, padded_get(EV.encode() + b"/users", 2048))[0] == 401

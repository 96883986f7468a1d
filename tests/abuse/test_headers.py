"""Oversized headers: refused with a 431 while they are still arriving, and a client uploading
one does not hold up anybody else."""

from __future__ import annotations

import socket
import threading
import time

import httpx

from tests.helpers.mock import EV, EV_ADMIN, MockProcess

MiB = 1024 * 1024


def send_huge_header(mock: MockProcess, size: int, chunk: int = 64 * 1024) -> bytes:
    """Upload a request whose one header is `size` bytes, slowly; the first bytes of the answer."""
    with socket.create_connection(("127.0.0.1", mock.port), timeout=10) as sock:
        sock.sendall(f"GET {EV}/users HTTP/1.1\r\nHost: x\r\nX-Big: ".encode())
        sent = 0
        try:
            while sent < size:
                sock.sendall(b"a" * chunk)
                sent += chunk
                time.sleep(0.001)
            sock.sendall(b"\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed before the upload ended: what we want
        try:
            return sock.recv(4096)
        except ConnectionResetError:
            return b""


def test_a_huge_header_gets_a_431_early(mock: MockProcess) -> None:
    answer = send_huge_header(mock, 8 * MiB)
    assert answer.startswith(b"HTTP/1.1 431"), answer[:200]


def test_others_are_served_while_a_huge_header_uploads(mock: MockProcess) -> None:
    done = threading.Event()
    uploads: list[bytes] = []

    def upload() -> None:
        while not done.is_set():
            uploads.append(send_huge_header(mock, 4 * MiB))

    thread = threading.Thread(target=upload, daemon=True)
    thread.start()
    worst = 0.0
    try:
        with httpx.Client(base_url=mock.url, auth=EV_ADMIN, timeout=10) as c:
            for _ in range(40):
                t0 = time.perf_counter()
                assert c.get(f"{EV}/users").status_code == 200
                worst = max(worst, time.perf_counter() - t0)
    finally:
        done.set()
        thread.join(timeout=20)
    assert uploads and all(u.startswith(b"HTTP/1.1 431") for u in uploads)
    assert worst < 0.5, f"a request waited {worst:.3f} s behind a header upload"

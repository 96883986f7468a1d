"""Servers under test (our mock, Prism) as subprocesses, and the tools the bench installs."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO

import httpx

from benchmarks import ROOT

PRISM_VERSION = "5.14.2"
PRISM_PACKAGE = f"@stoplight/prism-cli@{PRISM_VERSION}"


class BenchSetupError(RuntimeError):
    """A tool or a server the bench needs is not available; the message says what to do."""


def free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class Server:
    """A process in its own session, so that stop() ends it and every worker it forked."""

    def __init__(self, name: str, argv: Sequence[str], url: str, cwd: Path = ROOT) -> None:
        self.name, self.argv, self.url, self.cwd = name, list(argv), url, cwd
        self._log: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (closed by stop())
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def command(self) -> str:
        return " ".join(self.argv)

    def start(self, healthy: Callable[[httpx.Client], bool], timeout: float = 60.0, interval: float = 0.2) -> None:
        self.proc = subprocess.Popen(
            self.argv, cwd=self.cwd, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        deadline = time.monotonic() + timeout
        with httpx.Client(base_url=self.url, timeout=2.0) as client:
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    raise BenchSetupError(f"{self.name} exited with {self.proc.returncode}: {self.log_tail()}")
                with contextlib.suppress(httpx.HTTPError):
                    if healthy(client):
                        return
                time.sleep(interval)
        raise BenchSetupError(f"{self.name} did not become healthy in {timeout:.0f}s: {self.log_tail()}")

    def max_rss_mb(self) -> float:
        """The process's peak resident set size so far (VmHWM in /proc/<pid>/status), in MB."""
        assert self.proc is not None
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        raise BenchSetupError(f"no VmHWM in /proc/{self.proc.pid}/status")

    def log_tail(self, chars: int = 600) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")[-chars:].strip()

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)  # the group of the process we started, by its id
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        self._log.close()


@contextlib.contextmanager
def running(servers: Sequence[tuple[Server, Callable[[httpx.Client], bool]]]) -> Iterator[None]:
    """Start every server (waiting until healthy); stop all of them at the end, also on errors."""
    try:
        for server, healthy in servers:
            server.start(healthy)
        yield
    finally:
        for server, _ in servers:
            server.stop()


def python() -> str:
    """This interpreter, relative to the repository when inside it (as the commands show it)."""
    exe = Path(sys.executable)
    return str(exe.relative_to(ROOT)) if exe.is_relative_to(ROOT) else str(exe)


def mock_server(name: str, host: str, *extra: str) -> Server:
    """Our mock on a free port (seed 1, request validation on, strict mode off), plus `extra` flags."""
    port = free_port(host)
    argv = [python(), "-m", "mockserver", "--host", host, "--port", str(port), "--seed", "1", *extra]
    return Server(name, argv, f"http://{host}:{port}")


def mock_healthy(client: httpx.Client) -> bool:
    return client.get("/__mock__/state").status_code == 200


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "contract-kit"


def prism_bin(prefix: Path | None = None) -> Path:
    """Prism's executable, installed into the cache (outside the repository) if absent."""
    prefix = prefix or cache_dir() / "prism"
    binary = prefix / "node_modules" / ".bin" / "prism"
    manifest = prefix / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    with contextlib.suppress(OSError, ValueError):
        if binary.exists() and json.loads(manifest.read_text(encoding="utf-8"))["version"] == PRISM_VERSION:
            return binary
    npm = shutil.which("npm")
    if npm is None:
        raise BenchSetupError(f"npm is not installed: install Node.js 20 + npm to get {PRISM_PACKAGE}")
    prefix.mkdir(parents=True, exist_ok=True)
    print(f"bench: installing {PRISM_PACKAGE} into {prefix}", file=sys.stderr, flush=True)
    cmd = [npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "--loglevel=error", PRISM_PACKAGE]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0 or not binary.exists():
        raise BenchSetupError(f"`{' '.join(cmd)}` failed: {(done.stderr or done.stdout)[-500:]}")
    return binary


def wrk_bin() -> str:
    """wrk from PATH, installed with apt-get if absent (needs root), else a clear error."""
    found = shutil.which("wrk")
    if found:
        return found
    apt = shutil.which("apt-get")
    if apt is None or os.geteuid() != 0:
        raise BenchSetupError("wrk is not installed: run `sudo apt-get install -y wrk` and retry")
    print("bench: installing wrk with apt-get", file=sys.stderr, flush=True)
    for cmd in ([apt, "install", "-y", "wrk"], [apt, "update"], [apt, "install", "-y", "wrk"]):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(cmd, capture_output=True, timeout=600, check=False, env=env)
        found = shutil.which("wrk")
        if found:
            return found
    raise BenchSetupError("`apt-get install -y wrk` failed: install wrk by hand and retry")

"""wrk: run it for a fixed time and parse its report (requests/s, p50/p99, errors)."""

from __future__ import annotations

import re
import shlex
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

THREADS, CONNECTIONS = 1, 16
_UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}


@dataclass(frozen=True)
class WrkResult:
    requests: int
    rps: float
    p50: float  # seconds
    p99: float
    non_2xx: int
    socket_errors: int

    @property
    def clean(self) -> bool:
        return self.requests > 0 and self.non_2xx == 0 and self.socket_errors == 0


def _seconds(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not match:
        raise ValueError(f"unparsable wrk duration {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def parse_wrk(output: str) -> WrkResult:
    """Parse `wrk --latency` output."""
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    total = re.search(r"(\d+) requests in", output)
    p50 = re.search(r"^\s*50%\s+(\S+)", output, re.M)
    p99 = re.search(r"^\s*99%\s+(\S+)", output, re.M)
    if not (rps and total and p50 and p99):
        raise ValueError(f"unexpected wrk output: {output[-400:]!r}")
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return WrkResult(
        requests=int(total.group(1)),
        rps=float(rps.group(1)),
        p50=_seconds(p50.group(1)),
        p99=_seconds(p99.group(1)),
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
        socket_errors=sum(int(n) for n in sock.groups()) if sock else 0,
    )


def wrk_argv(wrk: str, url: str, headers: Mapping[str, str], seconds: float) -> list[str]:
    whole = max(1, round(seconds))  # wrk takes whole seconds only
    argv = [wrk, f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{whole}s", "--latency"]
    for name, value in headers.items():
        argv += ["-H", f"{name}: {value}"]
    return [*argv, url]


def display(argv: Sequence[str], secrets: Mapping[str, str]) -> str:
    """The command as a shell line, with secret values replaced by how to obtain them."""
    text = shlex.join(argv)
    for value, shown in secrets.items():
        text = text.replace(value, shown)
    return text


def run_wrk(argv: Sequence[str], timeout: float = 60.0) -> WrkResult:
    done = subprocess.run(list(argv), capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}): {(done.stderr or done.stdout)[-400:]}")
    return parse_wrk(done.stdout)

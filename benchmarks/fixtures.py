"""e) The pytest plugin's in-process mock against its socket variant, as a user's suite sees them.

One generated user test file holds the same test twice, once on `contract_mock` (in-process:
httpx hands each request to the ASGI app) and once on `contract_mock_server` (a real loopback
port, uvicorn in a thread of the same process). Each sends the same blocking facade call (the
first vendor plugin's `FIXTURE_CALL`); pytest runs the file in a subprocess per run, and each
test reports its own requests per second, so pytest's start-up and the data seeding are not
timed. Goal: in-process >= 5x socket.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import specmodel
from benchmarks import ROOT, transport_floor
from benchmarks.results import PartResult, Row, Stat, ratio_verdict
from benchmarks.servers import python
from benchmarks.vendors import plugins

GOAL = 5.0
REQUESTS = 500
USER_TEST = """
import json, os, time

def timed(mock, label):
    call = getattr(mock.client("{api}"), "{method}")
    call()  # warm: connection, token, caches
    started = time.perf_counter()
    for _ in range({n}):
        call()
    rate = {n} / (time.perf_counter() - started)
    with open(os.environ["BENCH_OUT"], "a") as out:
        out.write(json.dumps({{"variant": label, "rps": rate}}) + "\\n")

def test_in_process(contract_mock):
    timed(contract_mock, "in-process")

def test_socket(contract_mock_server):
    timed(contract_mock_server, "socket")
"""


def _client_paths() -> str:
    dirs = [str(ROOT / "generated" / entry.client.distribution) for entry in specmodel.apis()]
    return os.pathsep.join([str(ROOT), *dirs])


def _one_run(workdir: Path) -> dict[str, float]:
    out = workdir / "rates.jsonl"
    out.unlink(missing_ok=True)
    argv = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "contract_kit_pytest.plugin",
        "-p",
        "no:cacheprovider",
        "-o",
        "contract_mock_sizes=ev_calls=100",
        str(workdir / "test_user_bench.py"),
    ]
    env = {**os.environ, "BENCH_OUT": str(out), "PYTHONPATH": _client_paths()}
    done = subprocess.run(argv, cwd=workdir, env=env, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"pytest failed: {(done.stdout + done.stderr)[-800:]}")
    rates = [json.loads(line) for line in out.read_text().splitlines()]
    return {r["variant"]: r["rps"] for r in rates}


def run(runs: int) -> PartResult:
    plugin = next((p for p in plugins() if p.get("FIXTURE_CALL")), None)
    if plugin is None:
        raise RuntimeError("no vendor bench plugin names a FIXTURE_CALL")
    api, method = plugin.api.name, plugin.get("FIXTURE_CALL")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        test = USER_TEST.format(n=REQUESTS, api=api, method=method)
        (workdir / "test_user_bench.py").write_text(test, encoding="utf-8")
        samples = [_one_run(workdir) for _ in range(runs)]
    command = (
        f"{python()} -m pytest -p contract_kit_pytest.plugin test_user_bench.py  "
        f"({REQUESTS} x {plugin.api.client.facade}(...).{method}() per test)"
    )
    rows = []
    for variant in ("in-process", "socket"):
        stat = Stat.of([s[variant] for s in samples])
        fixture = "contract_mock" if variant == "in-process" else "contract_mock_server"
        rows.append(
            Row(
                "e",
                f"e) a user's test on `{fixture}` ({variant})",
                command,
                f"{stat.median:,.0f} req/s",
                f"{stat.min:,.0f} req/s",
                f"{stat.max:,.0f} req/s",
                "",
                "info",
                {"rps": list(stat.values)},
            )
        )
    ratios = Stat.of([s["in-process"] / s["socket"] for s in samples])
    how = "req/s of each run's in-process test / its socket test"
    rows.append(
        Row(
            "e",
            "e) ratio in-process / socket, per run",
            how,
            f"{ratios.median:.2f}x",
            f"{ratios.min:.2f}x",
            f"{ratios.max:.2f}x",
            f"{ratios.median:.2f}x (goal >= {GOAL:g}x)",
            ratio_verdict(ratios.median, GOAL, at_least=True),
            {"ratios": list(ratios.values)},
        )
    )
    floors = [transport_floor.one_run() for _ in range(runs)]
    ceiling = Stat.of([f["in-process"] / f["socket"] for f in floors])
    inproc, socket = (Stat.of([f[v] for f in floors]).median for v in ("in-process", "socket"))
    rows.append(
        Row(
            "e",
            "e) ceiling: the same two transports around a no-op ASGI app",
            f"benchmarks/transport_floor.py ({transport_floor.REQUESTS} x httpx.Client.get per variant)",
            f"{ceiling.median:.2f}x",
            f"{ceiling.min:.2f}x",
            f"{ceiling.max:.2f}x",
            f"{inproc:,.0f} vs {socket:,.0f} req/s",
            "info",
            {"ratios": list(ceiling.values), "in-process": inproc, "socket": socket},
        )
    )
    note = (
        "e) Both variants are the same MockApp in the pytest process; the socket one adds uvicorn's HTTP "
        "parsing, the loopback socket and a thread switch on the GIL per request. The in-process transport is "
        "contract_kit_pytest/_transport.py (httpx's own ASGITransport probes for trio with an import on every "
        "request). The ceiling row is what remains with no mock and no decoding at all: httpx's own work and the "
        "transport; whatever the mock and the client's decoding cost is added to both sides, so the ratio of a real "
        "test is below it."
    )
    return PartResult("e", "pytest plugin: in-process vs socket", rows, [note])

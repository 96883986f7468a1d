"""d) Wall time of a full generation of both clients (`make generate FORCE=1`), 20 s goal."""

from __future__ import annotations

import subprocess
import time

import specmodel
from benchmarks import ROOT
from benchmarks.results import PartResult, Row, Stat, ratio_verdict
from benchmarks.servers import python

APIS = specmodel.names()

GOAL = 20.0


def run(runs: int) -> PartResult:
    argv = [python(), "-m", "benchmarks.gen_once"]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed: {(done.stderr or done.stdout)[-500:]}")
    stat = Stat.of(times)
    row = Row(
        "d",
        f"d) generate both clients ({', '.join(APIS)}), full, wall time",
        " ".join(argv) + "  (= make generate FORCE=1, into a temp dir)",
        f"{stat.median:.2f} s",
        f"{stat.min:.2f} s",
        f"{stat.max:.2f} s",
        f"{stat.median / GOAL:.2f} of the budget (goal < {GOAL:g} s)",
        ratio_verdict(stat.median, GOAL, at_least=False),
        {"seconds": list(stat.values)},
    )
    note = (
        "d) Timed as a subprocess, so interpreter start-up and imports count as they do in `make generate`; "
        "it runs `generator.pipeline.build` for both APIs into a temporary directory (what `make generate "
        "FORCE=1` does, without replacing generated/, which others are using) rather than `make check`, "
        "which adds a tree comparison."
    )
    return PartResult("d", "make generate wall time", [row], [note])

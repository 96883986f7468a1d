"""`python -m benchmarks [--parts abcdef] [--runs N] ...`: run, print the table, rewrite README."""

from __future__ import annotations

import argparse
import ipaddress
import shlex
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import ROOT
from benchmarks.machine import Machine, load_average
from benchmarks.report import MarkerError, render_section, render_table, write_json, write_readme
from benchmarks.results import ERROR, PartResult, error_part
from benchmarks.servers import BenchSetupError, python

TITLES = {
    "a": "Mock throughput vs Stoplight Prism",
    "b": "Client decode cost",
    "c": "Pagination efficiency",
    "d": "make generate wall time",
    "e": "pytest plugin: in-process vs socket",
    "f": "Mock data at tenant scale",
}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument("--parts", default="".join(TITLES), help=f"which parts to run (default {''.join(TITLES)})")
    p.add_argument("--runs", type=int, default=5, help="alternating runs per measurement (default 5, min 5)")
    p.add_argument("--seconds", type=float, default=3.0, help="a): seconds per wrk run (default 3)")
    p.add_argument("--warmup", type=float, default=1.0, help="a): warm-up seconds per server (default 1)")
    p.add_argument(
        "--export-items",
        type=int,
        default=None,
        help="f): items the full export reads (default 100,000; the issue's goal is at the largest size, minutes)",
    )
    p.add_argument("--host", default="127.0.0.1", help="loopback address the servers bind to")
    p.add_argument("--readme", type=Path, default=None, help="README to rewrite (default README.md, all parts only)")
    p.add_argument("--json", type=Path, default=ROOT / "reports" / "bench.json", help="raw results")
    p.add_argument("--allow-few-runs", action="store_true", help="development only: allow --runs < 5")
    return p


def _runner(name: str, args: argparse.Namespace) -> Callable[[], PartResult]:
    if name == "a":
        from benchmarks import mock_vs_prism

        return lambda: mock_vs_prism.run(args.host, args.runs, args.seconds, args.warmup)
    if name == "b":
        from benchmarks import decode

        return lambda: decode.run(args.host, args.runs)
    if name == "c":
        from benchmarks import paging

        return lambda: paging.run(args.host, args.runs)
    if name == "e":
        from benchmarks import fixtures

        return lambda: fixtures.run(args.runs)
    if name == "f":
        from benchmarks import scale

        return lambda: scale.run(args.host, args.runs, args.export_items)
    from benchmarks import generate

    return lambda: generate.run(args.runs)


def run_parts(names: str, args: argparse.Namespace) -> list[PartResult]:
    parts = []
    for name in names:
        started = time.monotonic()
        print(f"bench: part {name}) {TITLES[name]} ...", file=sys.stderr, flush=True)
        try:
            result = _runner(name, args)()
        except BenchSetupError as exc:
            result = error_part(name, TITLES[name], str(exc))
        except Exception as exc:  # one failing part must not lose the others' results
            traceback.print_exc()
            result = error_part(name, TITLES[name], f"{type(exc).__name__}: {exc}")
        result.seconds = time.monotonic() - started
        print(f"bench: part {name}) done in {result.seconds:.0f}s", file=sys.stderr, flush=True)
        parts.append(result)
    return parts


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.runs < 5 and not args.allow_few_runs:
        parser().error("--runs must be at least 5 (the issue asks for >= 5 alternating runs)")
    if not ipaddress.ip_address(args.host).is_loopback:
        parser().error("--host must be a loopback address: load tests stay on this machine")
    names = "".join(dict.fromkeys(n for n in args.parts.lower() if n in TITLES))
    machine, started, load_before = Machine.detect(), time.monotonic(), load_average()
    parts = run_parts(names, args)
    meta: dict[str, Any] = {
        "finished": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "command": shlex.join([python(), "-m", "benchmarks", *(sys.argv[1:] if argv is None else argv)]),
        "runs": args.runs,
        "seconds": time.monotonic() - started,
        "load_before": load_before,
        "load_after": load_average(),
    }
    print(render_table([row for part in parts for row in part.rows], machine))
    section = render_section(parts, machine, meta)
    write_json(args.json, parts, machine, meta)
    readme = args.readme or (ROOT / "README.md" if names == "".join(TITLES) else None)
    if readme is None:
        print("bench: README.md not updated (only a full run of every part rewrites it)", file=sys.stderr)
    else:
        try:
            write_readme(readme, section)
        except MarkerError as exc:
            print(f"bench: README not updated: {exc}", file=sys.stderr)
            return 1
    for note in (note for part in parts for note in part.notes):
        print(f"- {note}")
    return 1 if any(row.verdict.startswith(ERROR) for part in parts for row in part.rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())

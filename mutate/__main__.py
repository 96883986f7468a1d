"""`python -m mutate` (`make mutate`): what the contract suites catch, measured with mutants.

Each mutant of mutate/mutants.yaml is a realistic bug patched into a copy of the tree (the
files git tracks and a link to .venv, in a temporary directory; never into this tree). For
each, the harness runs the in-process suite of the operations the mutant touches, then starts
the copy's mock, sends the mutant's probe (to show the bug is real: the answers must differ
from the unmutated mock's) and runs the live read-only fuzzer over the touched operations that
do not write, and records which checks caught the mutant in each. First the unmutated copy must
pass both suites over every operation of the selected mutants (else every mutant would be
"caught"), and every probe must answer the same twice: otherwise it stops.

Prints the table and the two scores, writes reports/mutate.json and, for a run of the whole
catalogue, README.md between the mutate markers. Exits 1 when a score is below its threshold,
2 when the baseline fails or the catalogue is wrong.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import specmodel
from mutate.catalogue import Catalogue, CatalogueError, Mutant, load
from mutate.probe import observation
from mutate.report import Result, scores, section, table, write_json, write_readme
from mutate.suites import ERROR, MISSED, PROFILE, Outcome, in_process, live, probe, read_only, running_mock
from mutate.tree import ROOT, copy_tree

MUTANTS_VAR = "MUTANTS"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m mutate", description=__doc__.splitlines()[0])
    p.add_argument("--jobs", type=int, default=2, help="mutants run in parallel (default 2)")
    p.add_argument(
        "--mutants",
        default=os.environ.get(MUTANTS_VAR, ""),
        help=f"comma-separated mutant ids (default ${MUTANTS_VAR}, else all)",
    )
    p.add_argument("--min-in-process", type=float, default=0.9, help="the in-process score to reach (0-1)")
    p.add_argument("--min-live", type=float, default=0.7, help="the live read-only score to reach (0-1)")
    p.add_argument("--max-examples", type=int, default=10, help="live fuzzer cases per operation and phase")
    p.add_argument("--timeout", type=float, default=600.0, help="seconds one suite run may take")
    p.add_argument("--report", type=Path, default=ROOT / "reports" / "mutate.json")
    p.add_argument("--readme", choices=("auto", "yes", "no"), default="auto", help="auto: only for the whole catalogue")
    p.add_argument("--keep", action="store_true", help="keep the mutated copies (their paths are printed)")
    p.add_argument("--list", action="store_true", help="list the mutants and exit")
    return p


class BaselineError(RuntimeError):
    """The unmutated tree fails a suite, or a probe does not answer the same twice."""


def _say(text: str) -> None:
    print(text, flush=True)


def union(mutants: Sequence[Mutant]) -> dict[str, list[str]]:
    """The operations of the mutants, per API (catalogue order)."""
    out: dict[str, list[str]] = {}
    for m in mutants:
        ops = out.setdefault(m.vendor, [])
        ops.extend(op for op in m.operations if op not in ops)
    return out


class Harness:
    def __init__(self, catalogue: Catalogue, args: argparse.Namespace, work: Path) -> None:
        self.catalogue = catalogue
        self.args = args
        self.work = work
        self.entries = {api.name: api for api in specmodel.apis()}
        self.expected: dict[str, list[Any]] = {}  # the unmutated mock's probe observations

    def parallel(self, tasks: Sequence[Callable[[], Any]]) -> list[Any]:
        with ThreadPoolExecutor(max_workers=max(1, self.args.jobs)) as pool:
            return list(pool.map(lambda task: task(), tasks))

    def baseline(self, mutants: Sequence[Mutant]) -> None:
        tree = copy_tree(self.work / "baseline")
        ops = union(mutants)
        problems: list[str] = []

        def suite(api: str) -> Callable[[], None]:
            def run() -> None:
                outcome = in_process(tree, api, ops[api], self.args.timeout)
                _say(f"baseline in-process {api}: {outcome.status} ({outcome.seconds:.0f} s)")
                if outcome.status != MISSED:
                    problems.append(f"in-process {api}: {outcome.checks}\n{outcome.detail}")

            return run

        def live_and_probes() -> None:
            with running_mock(tree, self.catalogue.mock_args) as url:
                for m in mutants:
                    entry, setup = self.entries[m.vendor], self.catalogue.apis[m.vendor]
                    first = observation(m, probe(url, entry, setup, m))
                    if observation(m, probe(url, entry, setup, m)) != first:
                        problems.append(f"probe of {m.id}: the unmutated mock answers differently each time")
                    self.expected[m.id] = first
                for api, api_ops in ops.items():
                    if not read_only(self.entries[api], api_ops):
                        continue
                    outcome = self._live(tree, url, api, api_ops)
                    _say(f"baseline live {api}: {outcome.status} ({outcome.seconds:.0f} s)")
                    if outcome.status != MISSED:
                        problems.append(f"live {api}: {outcome.checks}\n{outcome.detail}")

        self.parallel([*(suite(api) for api in ops), live_and_probes])
        if problems:
            raise BaselineError("\n".join(problems))
        if not self.args.keep:
            shutil.rmtree(tree, ignore_errors=True)

    def _live(self, tree: Path, url: str, api: str, operations: Sequence[str]) -> Outcome:
        entry, setup = self.entries[api], self.catalogue.apis[api]
        return live(tree, url, entry, setup, operations, self.args.max_examples, self.args.timeout)

    def mutant(self, m: Mutant) -> Result:
        started = time.monotonic()
        tree = copy_tree(self.work / m.id)
        m.patch.apply(tree)
        ip = in_process(tree, m.vendor, m.operations, self.args.timeout)
        result = Result(m, ip, Outcome(ERROR))
        try:
            with running_mock(tree, self.catalogue.mock_args) as url:
                answers = probe(url, self.entries[m.vendor], self.catalogue.apis[m.vendor], m)
                result.probe_differs = observation(m, answers) != self.expected[m.id]
                result.live = self._live(tree, url, m.vendor, m.operations)
        except RuntimeError as exc:
            result.live = Outcome(ERROR, detail=str(exc))
        result.seconds = time.monotonic() - started
        if self.args.keep:
            result.notes.append(f"copy kept at {tree}")
        else:
            shutil.rmtree(tree, ignore_errors=True)
        probe_note = "" if result.probe_differs else ", PROBE SHOWS NO DIFFERENCE"
        _say(
            f"{m.id}: in-process {ip.status} {ip.checks or ''}, live {result.live.status} "
            f"{result.live.checks or ''} ({result.seconds:.0f} s{probe_note})"
        )
        return result


def list_mutants(mutants: Sequence[Mutant]) -> str:
    return "\n".join(f"{m.id:48} {m.vendor:12} {m.category:13} {', '.join(m.operations)}" for m in mutants)


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        catalogue = load()
        ids = [i.strip() for i in args.mutants.split(",") if i.strip()]
        mutants = catalogue.select(ids)
    except CatalogueError as exc:
        print(f"mutate: {exc}", file=sys.stderr)
        return 2
    if args.list:
        _say(list_mutants(mutants))
        return 0
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="mutate-"))
    harness = Harness(catalogue, args, work)
    try:
        _say(f"mutate: baseline (the unmutated tree) over the operations of {len(mutants)} mutants, in {work}")
        harness.baseline(mutants)
        baseline_seconds = time.monotonic() - started
        _say(f"mutate: baseline passed in {baseline_seconds:.0f} s; {len(mutants)} mutants, {args.jobs} at a time")
        # the mutants touching the most operations first, so the slow ones do not come last
        order = sorted(mutants, key=lambda m: -len(m.operations))
        done = {r.mutant.id: r for r in harness.parallel([partial(harness.mutant, m) for m in order])}
    except (BaselineError, CatalogueError) as exc:
        print(f"mutate: {exc}", file=sys.stderr)
        return 2
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    results = [done[m.id] for m in mutants]
    meta = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "jobs": args.jobs,
        "seconds": round(time.monotonic() - started, 1),
        "baseline_seconds": round(baseline_seconds, 1),
        "cpus": os.cpu_count(),
        "profile": PROFILE,
        "max_examples": args.max_examples,
        "thresholds": {"in_process": args.min_in_process, "live_read_only": args.min_live},
    }
    in_score, live_score = scores(results)
    _say("\n" + table(results))
    _say(f"\nin-process: {in_score} caught; live read-only: {live_score} caught; {meta['seconds'] / 60:.1f} min")
    write_json(args.report, results, meta)
    if args.readme == "yes" or (args.readme == "auto" and not ids):
        write_readme(ROOT / "README.md", section(results, meta))
    low = []
    if in_score.ratio < args.min_in_process:
        low.append(f"in-process {in_score.ratio:.0%} < {args.min_in_process:.0%}")
    if live_score.ratio < args.min_live:
        low.append(f"live read-only {live_score.ratio:.0%} < {args.min_live:.0%}")
    if low:
        _say("mutate: below the thresholds: " + "; ".join(low))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

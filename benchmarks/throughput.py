"""a) Mock throughput vs Stoplight Prism: same spec files, same requests, wrk on loopback."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import httpx

from benchmarks.loadgen import WrkResult, display, run_wrk, wrk_argv
from benchmarks.results import INFO, INVALID, PartResult, Row, Stat, fmt_ms, fmt_num, ratio_verdict
from benchmarks.servers import Server

GOAL = 2.0  # our single process >= 2x Prism


@dataclass(frozen=True)
class Request:
    """One GET a vendor plugin contributes to part a): its path below the API's base path."""

    path: str
    label: str = ""  # the scenario's name in the table; default "GET <base path><path>"


@dataclass
class Target:
    """One server answering one scenario's request, and what its runs measured."""

    label: str
    server: Server
    path: str
    headers: dict[str, str]
    shown: dict[str, str] = field(default_factory=dict)  # secret header values -> how to obtain them
    runs: list[WrkResult] = field(default_factory=list)
    samples: list[str] = field(default_factory=list)  # "200 1093B" per timed run
    problems: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.server.url + self.path

    @property
    def valid(self) -> bool:
        return bool(self.runs) and not self.problems

    def stat(self, metric: Callable[[WrkResult], float]) -> Stat:
        return Stat.of([metric(run) for run in self.runs])


@dataclass
class Scenario:
    name: str
    targets: list[Target]  # ours (1 process), Prism, ours (N workers): alternated in this order


def sample(client: httpx.Client, target: Target) -> str:
    """One request before a timed run: its status and size; a problem is recorded."""
    response = client.get(target.url, headers=target.headers)
    violations = response.headers.get("sl-violations")
    if response.status_code != 200 or violations:
        target.problems.append(f"sample answered {response.status_code} {violations or ''}".strip())
    return f"{response.status_code} {len(response.content)}B"


def measure(scenarios: Sequence[Scenario], wrk: str, runs: int, seconds: float, warmup: float) -> None:
    """Warm every target up, then `runs` rounds of ours, Prism, ours-workers, ... per scenario."""
    with httpx.Client(timeout=30.0) as client:
        for scenario in scenarios:
            for target in scenario.targets:
                run_wrk(wrk_argv(wrk, target.url, target.headers, warmup))
            for _ in range(runs):
                for target in scenario.targets:
                    target.samples.append(sample(client, target))
                    target.runs.append(run_wrk(wrk_argv(wrk, target.url, target.headers, seconds)))
            for target in scenario.targets:
                _wrk_problems(target)


def _wrk_problems(target: Target) -> None:
    bad = [run for run in target.runs if not run.clean]
    if bad:
        non_2xx, sockets = sum(run.non_2xx for run in bad), sum(run.socket_errors for run in bad)
        total = sum(run.requests for run in target.runs)
        target.problems.append(f"wrk: {non_2xx} non-2xx and {sockets} socket errors in {total} requests")


def _cells(target: Target) -> tuple[str, str, str]:
    rps, p50, p99 = target.stat(lambda r: r.rps), target.stat(lambda r: r.p50), target.stat(lambda r: r.p99)
    return tuple(  # type: ignore[return-value]
        f"{fmt_num(rps_v, 'req/s')}; p50 {fmt_ms(p50_v)}; p99 {fmt_ms(p99_v)}"
        for rps_v, p50_v, p99_v in (
            (rps.median, p50.median, p99.median),
            (rps.min, p50.min, p99.min),
            (rps.max, p50.max, p99.max),
        )
    )


def _command(wrk: str, target: Target, seconds: float) -> str:
    load = display(wrk_argv("wrk", target.url, target.headers, seconds), target.shown)
    return f"server: {target.server.command} ; load: {load}"


def _target_row(scenario: Scenario, target: Target, wrk: str, seconds: float, ratio: str) -> Row:
    data = {
        "url": target.url,
        "rps": [r.rps for r in target.runs],
        "p50_s": [r.p50 for r in target.runs],
        "p99_s": [r.p99 for r in target.runs],
        "requests": [r.requests for r in target.runs],
        "samples": target.samples,
        "problems": target.problems,
    }
    if not target.runs:
        return Row(
            "a", f"a) {scenario.name}: {target.label}", _command(wrk, target, seconds), "", "", "", ratio, INVALID
        )
    median, low, high = _cells(target)
    verdict = INFO if target.valid else f"{INVALID}: {'; '.join(sorted(set(target.problems)))[:200]}"
    name = f"a) {scenario.name}: {target.label} (sample {target.samples[0]})"
    return Row("a", name, _command(wrk, target, seconds), median, low, high, ratio, verdict, data)


def rows(scenarios: Sequence[Scenario], wrk: str, seconds: float) -> list[Row]:
    out: list[Row] = []
    for scenario in scenarios:
        ours, prism, workers = scenario.targets
        pairs = [a.rps / b.rps for a, b in zip(ours.runs, prism.runs, strict=False) if b.rps > 0]
        ratio_w = ""
        if workers.runs and ours.runs and prism.runs:
            w = workers.stat(lambda r: r.rps).median
            vs_prism, vs_ours = w / prism.stat(lambda r: r.rps).median, w / ours.stat(lambda r: r.rps).median
            ratio_w = f"{vs_prism:.1f}x Prism, {vs_ours:.2f}x 1 process"
        out += [
            _target_row(scenario, ours, wrk, seconds, ""),
            _target_row(scenario, prism, wrk, seconds, ""),
            _target_row(scenario, workers, wrk, seconds, ratio_w),
        ]
        if pairs:
            stat = Stat.of(pairs)
            valid = ours.valid and prism.valid
            verdict = ratio_verdict(stat.median, GOAL, at_least=True) if valid else f"{INVALID} (see rows above)"
            out.append(
                Row(
                    "a",
                    f"a) {scenario.name}: ratio ours (1 process) / Prism, per round",
                    "req/s of each ours run / req/s of the Prism run that followed it",
                    f"{stat.median:.2f}x",
                    f"{stat.min:.2f}x",
                    f"{stat.max:.2f}x",
                    f"{stat.median:.2f}x (goal >= {GOAL:g}x)",
                    verdict,
                    {"pairwise": list(stat.values)},
                )
            )
    return out


def part(scenarios: Sequence[Scenario], wrk: str, runs: int, seconds: float, warmup: float) -> PartResult:
    measure(scenarios, wrk, runs, seconds, warmup)
    result = PartResult("a", "Mock throughput vs Stoplight Prism", rows(scenarios, wrk, seconds))
    return result

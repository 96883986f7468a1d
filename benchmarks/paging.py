"""c) Pagination efficiency: list every item of a paged operation from the mock under its
fixed-rate limiter, with the client's own paging. The listing comes from the vendor plugins
(`benchmarks.vendors.<api>.PAGING`, a `PagingCase`); the base path from the registry."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

import httpx

from benchmarks.results import PartResult, Row, Stat, fmt_num, ratio_verdict
from benchmarks.servers import BenchSetupError, mock_healthy, mock_server, running
from benchmarks.vendors import contributions

RATE = 25.0  # requests per second allowed by the mock (--rate-limit)
GOAL = 0.95


@dataclass
class Run:
    done: list[float] = field(default_factory=list)  # when each response arrived
    statuses: Counter[int] = field(default_factory=Counter)
    ids: list[str] = field(default_factory=list)  # as yielded to the caller

    def hook(self, response: httpx.Response) -> None:
        self.done.append(time.perf_counter())
        self.statuses[response.status_code] += 1

    @property
    def rate(self) -> float:
        """Steady-state requests/s: (N - 1) intervals between the first and the last response."""
        span = self.done[-1] - self.done[0] if len(self.done) > 1 else 0.0
        return (len(self.done) - 1) / span if span > 0 else 0.0


class PagingCase(Protocol):
    """What a vendor plugin contributes to part c)."""

    what: str  # what is listed, e.g. "calls"
    mock_args: tuple[str, ...]  # extra mock flags, e.g. the seeded size
    truth: str  # how `expected` is read, for the note, e.g. "one `limit=1000` request"

    def expected(self, base_url: str) -> set[str]:
        """Every id, read in one request before the runs."""
        ...

    def list_all(self, base_url: str, rate: float, run: Run) -> str:
        """One full listing with the client's paging: fill run.ids (run.hook sees every response);
        returns how the client was called."""
        ...


def case_row(case: PagingCase, base_path: str, host: str, runs: int) -> tuple[Row, str]:
    server = mock_server("mock (rate limit)", host, "--rate-limit", f"{RATE:g}", *case.mock_args)
    base_url = server.url + base_path
    results: list[Run] = []
    with running([(server, mock_healthy)]):
        limiter = httpx.get(server.url + "/__mock__/rate-limit").json()
        expected = case.expected(base_url)
        for _ in range(runs):
            result = Run()
            how = case.list_all(base_url, RATE, result)
            results.append(result)
    stat = Stat.of([r.rate for r in results])
    ratios = Stat.of([r.rate / RATE for r in results])
    timeouts = sum(r.statuses[504] for r in results)
    other = sum(n for r in results for code, n in r.statuses.items() if code != 200)
    dupes = sum(len(r.ids) - len(set(r.ids)) for r in results)
    missing = sum(len(expected - set(r.ids)) for r in results)
    ok = ratios.median >= GOAL and not other and not dupes and not missing
    verdict = ratio_verdict(ratios.median, GOAL, at_least=True) if ok else "NOT met"
    command = f"server: {server.command} ; client: {how}"
    pages = [sum(r.statuses.values()) for r in results]
    ratio = (
        f"{ratios.median:.3f} of {RATE:g}/s ({ratios.min:.3f}-{ratios.max:.3f}; goal >= {GOAL}); "
        f"{pages[0]} requests a run, 504s: {timeouts}, other non-200: {other - timeouts}, duplicates: {dupes}, "
        f"missing: {missing} of {len(expected)}"
    )
    data = {
        "limiter": limiter,
        "rates": list(stat.values),
        "requests": pages,
        "statuses": [dict(r.statuses) for r in results],
    }
    row = Row(
        "c",
        f"c) paginate all {case.what} at a fixed {RATE:g} req/s",
        command,
        fmt_num(stat.median, "req/s", 2),
        fmt_num(stat.min, "req/s", 2),
        fmt_num(stat.max, "req/s", 2),
        ratio,
        verdict,
        data,
    )
    return row, case.truth


def run(host: str, runs: int) -> PartResult:
    cases = contributions("PAGING")
    if not cases:
        raise BenchSetupError("no vendor plugin in benchmarks/vendors/ contributes a PAGING case")
    found = [case_row(case, plugin.api.base_path, host, runs) for plugin, case in cases]
    truths = " and ".join(dict.fromkeys(truth for _, truth in found))
    note = (
        "c) Achieved rate = (responses - 1) / (time from the first to the last response) of one full listing; the "
        "mock queues over-limit requests (504 only past its queue timeout), so the ratio shows how much of the "
        f"allowed rate the client's paging loop leaves unused. `missing` compares each listing with {truths} "
        "made before the runs."
    )
    return PartResult("c", "Pagination efficiency", [row for row, _ in found], [note])

"""c) Pagination efficiency: list every call from the mock under a fixed-rate limiter."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
from execvision_client import AuthenticatedClient
from execvision_client.api.exec_vision import list_calls
from execvision_client.types import UNSET, Unset

from benchmarks import clients
from benchmarks.results import PartResult, Row, Stat, fmt_num, ratio_verdict
from benchmarks.servers import mock_healthy, mock_server, running

RATE = 25.0  # requests per second allowed by the mock (--rate-limit)
LIMIT = 25  # calls per page: ~40 pages of the 1000 seeded calls, ~1.7 s a run
CALLS = 1000
GOAL = 0.95
SINCE = "2000-01-01T00:00:00Z"


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


def _stamp(value: Any) -> str:
    return str(value.isoformat()).replace("+00:00", "Z")


def iter_generated(client: AuthenticatedClient) -> Iterator[str]:
    """The spec's since/last_id paging by hand, de-duplicating the repeated last_id call."""
    since, last_id, seen = SINCE, "", set()
    while True:
        page = list_calls.sync(client=client, since=since, limit=LIMIT, last_id=last_id or UNSET)
        if not isinstance(page, list):
            raise RuntimeError(f"list_calls answered {page!r}")
        for call in page:
            if call.id not in seen:
                seen.add(call.id)
                yield call.id
        if len(page) < LIMIT:
            return
        last = page[-1]
        modified = last.modified if not isinstance(last.modified, Unset) else last.call_time
        since, last_id = _stamp(modified), last.id


def one_run(base_url: str) -> tuple[Run, str]:
    run = Run()
    args = clients.http_args(hook=run.hook)
    sdk = clients.facade(base_url, args, rate=RATE)
    if sdk is not None and sdk.iter_calls is not None:
        try:
            run.ids = [str(call.id) for call in sdk.iter_calls(SINCE, page_size=LIMIT)]
        finally:
            sdk.close()
        return run, f"{sdk.note}.iter_calls({SINCE!r}, page_size={LIMIT}), client-side limit {RATE:g}/s"
    client, bare = clients.generated(base_url, args)
    try:
        run.ids = list(iter_generated(client))
    finally:
        bare.close()
    return run, f"bare generated list_calls.sync, since/last_id paging by hand (limit={LIMIT}), no client-side limiter"


def run(host: str, runs: int) -> PartResult:
    server = mock_server("mock (rate limit)", host, "--rate-limit", f"{RATE:g}", "--size", f"ev_calls={CALLS}")
    base_url = server.url + "/api/ev/2"
    results: list[Run] = []
    with running([(server, mock_healthy)]):
        limiter = httpx.get(server.url + "/__mock__/rate-limit").json()
        truth = httpx.get(
            base_url + "/calls", params={"since": SINCE, "limit": 1000}, auth=(clients.EV_USER, clients.EV_PASSWORD)
        ).json()
        for _ in range(runs):
            result, how = one_run(base_url)
            results.append(result)
    expected = {call["id"] for call in truth}
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
        f"c) paginate all calls at a fixed {RATE:g} req/s",
        command,
        fmt_num(stat.median, "req/s", 2),
        fmt_num(stat.min, "req/s", 2),
        fmt_num(stat.max, "req/s", 2),
        ratio,
        verdict,
        data,
    )
    note = (
        "c) Achieved rate = (responses - 1) / (time from the first to the last response) of one full listing; the "
        "mock queues over-limit requests (504 only past its queue timeout), so the ratio shows how much of the "
        "allowed rate the client's paging loop leaves unused. `missing` compares each listing with one "
        "`limit=1000` request made before the runs."
    )
    return PartResult("c", "Pagination efficiency", [row], [note])

"""f) Mock data at tenant scale: what the mock costs as the data grows to a tenant's size.

The vendor plugins say what grows (`benchmarks.vendors.<api>.SCALE`, a `ScaleCase`: a size
computed on demand, its sizes, a page and a full export through the client); the engine
measures, for each size, `create_app` in a fresh process (the plugin's measurement) and the
CLI to its first 200 on a socket with its max RSS; at the largest size, `POST
/__mock__/reset` and `POST /__mock__/reseed` over HTTP, and a full export with the mock's
rate limit off (`PUT /__mock__/rate-limit`). The goals are the issue's (16).
"""

from __future__ import annotations

import statistics
import threading
import time
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from benchmarks.results import INFO, MET, NOT_MET, PartResult, Row, Stat, fmt_ms, fmt_num
from benchmarks.servers import BenchSetupError, Server, mock_healthy, mock_server, running
from benchmarks.vendors import contributions

TITLE = "Mock data at tenant scale"
GOAL_STARTUP_S = 3.0  # at the largest size
GOAL_RSS_MB = 300.0
GOAL_PAGE_RATIO = 1.5  # the page at the largest size against the smallest
GOAL_ADMIN_S = 0.1  # reset and reseed
EXPORT_ITEMS = 100_000  # the export's default size: a full export of a million takes minutes


@dataclass(frozen=True)
class Export:
    """One full export through the client: what it yielded against what the mock holds."""

    expected: int  # items visible when the export started
    yielded: int
    missing: int  # expected, never yielded
    duplicated: int  # the same item (id and version) yielded twice
    repeats: int  # the documented repeats of the previous page's last item, dropped by the client
    updated: int  # items changed while the export ran, yielded again in their new version
    extra: int  # yielded, not expected (items that appeared while the export ran)
    pages: int
    seconds: float
    how: str  # how the client was called


class ScaleCase(Protocol):
    """What a vendor plugin contributes to part f)."""

    what: str  # what grows, e.g. "calls"
    size: str  # its size name (one the plugin computes on demand)
    sizes: tuple[int, ...]  # ascending; the goals are at the last

    def in_process(self, n: int, runs: int) -> list[dict[str, float]]:
        """`runs` fresh processes at size n, each a dict with `startup_s`, `rss_mb` (after the
        start-up) and `page_s` (a cold page of the plugin's largest page size)."""
        ...

    def in_process_command(self, n: int) -> str:
        """The command of one `in_process` measurement, as the table shows it."""
        ...

    def export_args(self) -> tuple[str, ...]:
        """More mock flags for the server of the export (e.g. a clock where the data is still)."""
        ...

    def export(self, base_url: str, n: int) -> Export:
        """Every item at size n through the client's paging, counted against what is visible."""
        ...


def _sized(case: ScaleCase, n: int) -> tuple[str, ...]:
    return ("--size", f"{case.size}={n}")


def _stats_row(name: str, command: str, seconds: Stat, ratio: str, verdict: str, data: dict[str, Any]) -> Row:
    return Row(
        "f", name, command, fmt_ms(seconds.median), fmt_ms(seconds.min), fmt_ms(seconds.max), ratio, verdict, data
    )


def _goal(ok: bool, at_target: bool) -> str:
    return (MET if ok else NOT_MET) if at_target else INFO


def _startup(seconds: Stat, rss: Stat, at_target: bool) -> tuple[str, str]:
    """The ratio cell and the verdict of a start-up row (the goals hold at the largest size)."""
    ok = seconds.median < GOAL_STARTUP_S and rss.max < GOAL_RSS_MB
    ratio = (
        f"max RSS {rss.median:.0f} MB ({rss.min:.0f}-{rss.max:.0f}); goal < {GOAL_STARTUP_S:g} s, < {GOAL_RSS_MB:g} MB"
    )
    return ratio, _goal(ok, at_target)


def _in_process_rows(case: ScaleCase, runs: int) -> tuple[list[Row], dict[int, Stat]]:
    """create_app at every size, the sizes alternating within each run (a load that comes and
    goes reaches them all alike)."""
    samples: dict[int, list[dict[str, float]]] = {n: [] for n in case.sizes}
    for _ in range(runs):
        for n in case.sizes:
            samples[n] += case.in_process(n, 1)
    rows, pages = [], {}
    for n, found in samples.items():
        startup, rss = Stat.of([s["startup_s"] for s in found]), Stat.of([s["rss_mb"] for s in found])
        pages[n] = Stat.of([s["page_s"] for s in found])
        ratio, verdict = _startup(startup, rss, n == case.sizes[-1])
        rows.append(
            _stats_row(
                f"f) create_app, {case.size}={n:,} (a fresh process each)",
                case.in_process_command(n),
                startup,
                ratio,
                verdict,
                {"samples": found},
            )
        )
    return rows, pages


def _cli_start(case: ScaleCase, host: str, n: int) -> tuple[float, float, str]:
    """One CLI start at size n: seconds to its first 200, its max RSS (MB), the command."""
    server = mock_server(f"mock {case.size}={n}", host, *_sized(case, n))
    started = time.perf_counter()
    try:
        server.start(mock_healthy, timeout=120, interval=0.01)
        return time.perf_counter() - started, server.max_rss_mb(), server.command
    finally:
        server.stop()


def _cli_rows(case: ScaleCase, host: str, runs: int) -> list[Row]:
    """The CLI at every size, the sizes alternating within each run."""
    found: dict[int, list[tuple[float, float, str]]] = {n: [] for n in case.sizes}
    for _ in range(runs):
        for n in case.sizes:
            found[n].append(_cli_start(case, host, n))
    rows = []
    for n, starts in found.items():
        times, peaks = [t for t, _, _ in starts], [m for _, m, _ in starts]
        startup, rss = Stat.of(times), Stat.of(peaks)
        ratio, verdict = _startup(startup, rss, n == case.sizes[-1])
        rows.append(
            _stats_row(
                f"f) CLI to its first 200 on a socket, {case.size}={n:,}",
                starts[-1][2],
                startup,
                ratio,
                verdict,
                {"seconds": times, "max_rss_mb": peaks},
            )
        )
    return rows


class _Probe:
    """GET /__mock__/state over and over in a thread, each answer's latency kept: what a
    request waits while a reseed runs."""

    def __init__(self, url: str) -> None:
        self.url, self.latencies = url, list[float]()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with httpx.Client(base_url=self.url, timeout=60) as client:
            while not self._stop.is_set():
                started = time.perf_counter()
                client.get("/__mock__/state").raise_for_status()
                self.latencies.append(time.perf_counter() - started)

    def __enter__(self) -> _Probe:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _admin_rows(case: ScaleCase, server: Server, n: int, runs: int) -> list[Row]:
    """Reset and reseed at size n, `runs` each (every reseed switches the seed: a new base),
    then `runs` reseeds more while a probe sends requests."""
    rows = []
    with httpx.Client(base_url=server.url, timeout=60) as admin:

        def timed(path: str, body: dict[str, Any] | None = None) -> float:
            started = time.perf_counter()
            r = admin.post(path, json=body) if body is not None else admin.post(path)
            elapsed = time.perf_counter() - started
            if r.status_code != 200 or r.json()["sizes"][case.size] != n:
                raise BenchSetupError(f"{path}: {r.status_code} {r.text[:300]}")
            return elapsed

        resets = [timed("/__mock__/reset") for _ in range(runs)]
        reseeds = [timed("/__mock__/reseed", {"seed": 2 + k % 2, "sizes": {case.size: n}}) for k in range(runs)]
        with _Probe(server.url) as probe:
            probed = [timed("/__mock__/reseed", {"seed": 2 + k % 2, "sizes": {case.size: n}}) for k in range(runs)]
        timed("/__mock__/reseed", {"seed": 1, "sizes": {case.size: n}})  # back to the server's seed
    served = Stat.of(probe.latencies)
    during = (
        f"; meanwhile {len(probe.latencies):,} requests answered during {runs} more reseeds"
        f" ({fmt_ms(Stat.of(probed).median)} each): median {fmt_ms(served.median)}, slowest {fmt_ms(served.max)}"
    )
    for what, values, more in (("reset", resets, ""), ("reseed", reseeds, during)):
        stat = Stat.of(values)
        rows.append(
            _stats_row(
                f"f) POST /__mock__/{what} at {case.size}={n:,}",
                f"server: {server.command} ; POST {server.url}/__mock__/{what}",
                stat,
                f"goal < {GOAL_ADMIN_S * 1000:.0f} ms (the slowest {fmt_ms(stat.max)}){more}",
                _goal(stat.max < GOAL_ADMIN_S, True),
                {"seconds": values, **({"probed_reseeds": probed, "probe_latencies": probe.latencies} if more else {})},
            )
        )
    return rows


def export_cells(done: Export, what: str) -> tuple[str, str]:
    """The ratio cell and the verdict of an export: met when nothing is missing or duplicated
    (an item updated while it ran and yielded again is since paging working, not a duplicate)."""
    ok = done.missing == 0 and done.duplicated == 0 and done.yielded > 0
    ratio = (
        f"missing {done.missing}, duplicated {done.duplicated} of {done.expected:,} (goal 0 and 0); "
        f"{done.pages:,} pages, {done.yielded / done.seconds:,.0f} {what}/s; {done.repeats:,} documented "
        f"last_id repeats dropped by the client; {done.updated} updated while it ran (yielded again, new version); "
        f"{done.extra} new"
    )
    return ratio, MET if ok else NOT_MET


def _export_row(case: ScaleCase, server: Server, base_path: str, n: int) -> Row:
    r = httpx.put(server.url + "/__mock__/rate-limit", json={"mode": "off"}, timeout=30)
    if r.status_code != 200:
        raise BenchSetupError(f"PUT /__mock__/rate-limit: {r.status_code} {r.text[:300]}")
    done = case.export(server.url + base_path, n)
    ratio, verdict = export_cells(done, case.what)
    peak = server.max_rss_mb()
    ratio += f"; the mock's max RSS after it {peak:.0f} MB"
    seconds = fmt_num(done.seconds, "s", 1)
    return Row(
        "f",
        f"f) full export of {case.size}={n:,} through the client, rate limit off (1 run)",
        f"server: {server.command} ; client: {done.how}",
        seconds,
        seconds,
        seconds,
        ratio,
        verdict,
        {"export": done.__dict__, "server_max_rss_mb": peak},
    )


def run(host: str, runs: int, export_items: int | None = None) -> PartResult:
    cases = contributions("SCALE")
    if not cases:
        raise BenchSetupError("no vendor plugin in benchmarks/vendors/ contributes a SCALE case")
    rows: list[Row] = []
    notes = []
    for plugin, case in cases:
        largest, smallest = case.sizes[-1], case.sizes[0]
        found, pages = _in_process_rows(case, runs)
        rows += found
        ratio = statistics.median(pages[largest].values) / statistics.median(pages[smallest].values)
        rows.append(
            _stats_row(
                f"f) a cold 1000-item page at {case.size}={largest:,} vs {smallest:,}",
                "the create_app rows' processes, in-process HTTP (httpx ASGI transport)",
                pages[largest],
                f"{ratio:.2f}x the page at {smallest:,} ({fmt_ms(statistics.median(pages[smallest].values))}); "
                f"goal <= {GOAL_PAGE_RATIO}x",
                _goal(ratio <= GOAL_PAGE_RATIO, True),
                {str(n): list(stat.values) for n, stat in pages.items()},
            )
        )
        rows += _cli_rows(case, host, runs)
        n = export_items or EXPORT_ITEMS
        for size in dict.fromkeys((smallest, largest, n)):  # the admin rows at both ends, the export at n
            server = mock_server(f"mock {case.size}={size:,}", host, *_sized(case, size), *case.export_args())
            with running([(server, mock_healthy)]):
                if size in (smallest, largest):
                    rows += _admin_rows(case, server, size, runs)
                if size == n:  # the reseeds ended on the server's own seed: its data as it started
                    rows.append(_export_row(case, server, plugin.api.base_path, n))
        notes.append(
            f"f) {plugin.api.name}: the {case.what} are computed on demand; start-up and RSS are those of a fresh "
            f"process per run (create_app: seeding every API, the other sizes at their defaults; the CLI: from "
            f"the process start to its first 200 on GET /__mock__/state, polled every 10 ms, and its VmHWM). "
            f"The export reads {n:,} {case.what} once (the issue's goal is at {largest:,}: `--export-items "
            f"{largest}`, minutes); `duplicated` counts an item yielded twice in the same version, an item "
            "changed while the export ran is counted as updated (since paging is meant to yield it again)."
        )
    return PartResult("f", TITLE, rows, notes)

"""ExecVision calls computed on demand (issue 16): start-up and paging cost by `ev_calls`.

    python -m benchmarks.vendors.execvision.ondemand [--sizes 2000,100000,1000000] [--runs 3]

Each size is measured in a fresh process (its max RSS is its own): the `create_app` time
(both APIs seeded, the default sizes but `ev_calls`), the max RSS after it (and after the
pages), then over
in-process HTTP (httpx's ASGI transport) `GET /calls?limit=1000` pages: the first page from
40 days back (cold: its calls are computed and rendered), the next page by `last_id`
(cold too; at 2,000 calls it holds only the rest, about 330), the first one again (served
from the page cache), and the next page again with `include_crm_matches=true` (not
page-cached: rendered from the calls cached by the first request).
The clock is fixed at 18:30 UTC of the run's day, so that sizes see the same timeline.

`ev_calls` is bounded by the plugin's on-demand maximum (`VendorPlugin.on_demand_sizes`:
1,000,000), as the CLI and the admin endpoint bound it.
Not a timed test: the numbers are printed (a table, and --json FILE).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from benchmarks import ROOT

EV = "/api/ev/2"
AUTH = ("ev-admin", "ev-admin-secret")
LIMIT = 1000


def _measure(calls: int) -> dict[str, Any]:
    """One size, in this process (a fresh one: see main)."""
    from mockserver.engine.app import create_app
    from mockserver.engine.config import ManualClock, MockConfig

    now = datetime.now(UTC).replace(hour=18, minute=30, second=0, microsecond=0)
    started = time.perf_counter()
    app = create_app(MockConfig(seed=1, sizes={"ev_calls": calls}, clock=ManualClock(now)))
    startup = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # two thirds back into the 60 days: the first page is full at every size
    since = datetime.fromtimestamp(now.timestamp() - 40 * 86400, UTC).strftime("%Y-%m-%dT%H:%MZ")

    async def pages() -> dict[str, float]:
        transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]  # an ASGI app, typed loosely
        async with httpx.AsyncClient(transport=transport, base_url="http://mock", auth=AUTH) as client:

            async def timed(**params: Any) -> tuple[float, list[dict[str, Any]]]:
                t = time.perf_counter()
                r = await client.get(EV + "/calls", params={"limit": LIMIT, **params})
                elapsed = time.perf_counter() - t
                if r.status_code != 200 or not r.json():
                    raise RuntimeError(f"{r.status_code}: {r.text[:200]}")
                return elapsed, r.json()

            first, page = await timed(since=since)
            if len(page) != LIMIT:
                raise RuntimeError(f"the first page holds {len(page)} calls, not {LIMIT}")
            last = page[-1]
            following, _ = await timed(since=last["modified"], last_id=last["id"])
            cached, _ = await timed(since=since)
            crm, _ = await timed(since=last["modified"], last_id=last["id"], include_crm_matches="true")
        return {"first_page_s": first, "next_page_s": following, "cached_page_s": cached, "crm_page_s": crm}

    timings = asyncio.run(pages())
    after_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"calls": calls, "startup_s": startup, "rss_mb": rss_mb, "rss_after_pages_mb": after_mb, **timings}


def samples(calls: int, runs: int) -> list[dict[str, Any]]:
    """`runs` measurements of one size, each in a fresh process (also part f of `make bench`)."""
    out = []
    for _ in range(runs):
        cmd = [sys.executable, "-m", "benchmarks.vendors.execvision.ondemand", "--one", str(calls)]
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False, timeout=900)
        if done.returncode != 0:
            raise RuntimeError(f"{calls} calls: {done.stderr[-2000:]}")
        out.append(json.loads(done.stdout.splitlines()[-1]))
    return out


def run(sizes: list[int], runs: int) -> list[dict[str, Any]]:
    """Each size `runs` times, each in a fresh process; the median of every measure."""
    out = []
    for calls in sizes:
        found = samples(calls, runs)
        out.append({k: statistics.median(s[k] for s in found) for k in found[0]})
    return out


def table(rows: list[dict[str, Any]]) -> str:
    base = rows[0]
    lines = [
        "| ev_calls | start-up | max RSS | after the pages | first page | next page | cached page | crm page"
        " | first page vs smallest |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {int(r['calls']):,} | {r['startup_s']:.2f} s | {r['rss_mb']:.0f} MB | {r['rss_after_pages_mb']:.0f} MB"
            f" | {r['first_page_s'] * 1000:.0f} ms"
            f" | {r['next_page_s'] * 1000:.0f} ms | {r['cached_page_s'] * 1000:.1f} ms"
            f" | {r['crm_page_s'] * 1000:.0f} ms"
            f" | {r['first_page_s'] / base['first_page_s']:.2f}x |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m benchmarks.vendors.execvision.ondemand", description=__doc__)
    p.add_argument("--sizes", default="2000,100000,1000000", help="ev_calls values (comma-separated)")
    p.add_argument("--runs", type=int, default=3, help="fresh processes per size (the median is shown)")
    p.add_argument("--json", type=Path, default=None, help="write the rows there too")
    p.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)  # one measurement, JSON on stdout
    args = p.parse_args(argv)
    if args.one is not None:
        print(json.dumps(_measure(args.one)))
        return
    rows = run([int(s) for s in args.sizes.split(",")], args.runs)
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()

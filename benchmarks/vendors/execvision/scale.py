"""f) for ExecVision: the calls at tenant scale (`ScaleCase` of `benchmarks.scale`).

`in_process` is ondemand.py's measurement (create_app and the cold 1000-call `since` page,
a fresh process each). The export runs `ExecVision.iter_calls` (the facade, no client-side
limiter, pages of 1000) against a mock whose clock starts at 06:00 UTC of the day: the day's
calls are made from 12:30 and the previous day's are processed by then, so only the calls a
user edits later change while it runs (each is yielded again: since paging). What it should
yield is read from the same seed in this process: every call whose first event is at or
before the clock (callbase.py's skeletons, not the `since` windows the server pages with).
"""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import httpx
import orjson

from benchmarks import clients
from benchmarks.scale import Export
from benchmarks.vendors.execvision.clients import facade

SINCE = "2000-01-01T00:00:00Z"
PAGE = 1000


def _visible(n: int, at: datetime) -> set[str]:
    """The ids of the seeded calls visible at `at` (seed 1, the default sizes but ev_calls)."""
    from mockserver.engine.app import create_app
    from mockserver.engine.config import ManualClock, MockConfig
    from mockserver.engine.store import virtual_of

    app = create_app(MockConfig(seed=1, sizes={"ev_calls": n}, clock=ManualClock(at)))
    found = virtual_of(app.store.base, "ev.calls")
    if found is None:
        raise RuntimeError("the calls are not computed on demand")
    base: Any = found[0]
    limit = at.timestamp()
    return {base.id_of(i) for i in range(base.n) if base.skeleton(i)[4][0] <= limit}


class TenantScale:
    what = "calls"
    size = "ev_calls"
    sizes = (2_000, 20_000, 100_000, 1_000_000)

    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(hour=6, minute=0, second=0, microsecond=0)  # the export's --now

    def in_process(self, n: int, runs: int) -> list[dict[str, float]]:
        from benchmarks.vendors.execvision import ondemand  # not at import: `-m` runs that module

        return [{**s, "page_s": s["first_page_s"]} for s in ondemand.samples(n, runs)]

    def in_process_command(self, n: int) -> str:
        return f"python -m benchmarks.vendors.execvision.ondemand --one {n}"

    def export_args(self) -> tuple[str, ...]:
        return ("--now", self.now.strftime("%Y-%m-%dT%H:%M:%SZ"))

    def export(self, base_url: str, n: int) -> Export:
        repeats = pages = 0

        def hook(response: httpx.Response) -> None:  # the documented repeat of last_id, counted
            nonlocal repeats, pages
            pages += 1
            last_id = response.request.url.params.get("last_id")
            if last_id and response.status_code == 200:
                page = orjson.loads(response.read())
                repeats += bool(page) and page[0]["id"] == last_id

        sdk = facade(base_url, clients.http_args(hook=hook), rate=None)
        if sdk is None or sdk.iter_calls is None:
            raise RuntimeError("the export needs the SDK facade execvision_client.ExecVision")
        started = time.perf_counter()
        try:
            got = [(str(call.id), str(call.modified)) for call in sdk.iter_calls(SINCE, page_size=PAGE)]
        finally:
            sdk.close()
        seconds = time.perf_counter() - started
        # what was visible when it started (no call is made or uploaded from 06:00 to 12:30)
        expected = _visible(n, self.now)
        versions = Counter(got)
        ids = Counter(cid for cid, _ in versions)
        yielded = {cid for cid, _ in got}
        return Export(
            expected=len(expected),
            yielded=len(got),
            missing=len(expected - yielded),
            duplicated=sum(k - 1 for k in versions.values() if k > 1),
            repeats=repeats,
            updated=sum(k - 1 for k in ids.values() if k > 1),
            extra=len(yielded - expected),
            pages=pages,
            seconds=seconds,
            how=f"{sdk.note}.iter_calls({SINCE!r}, page_size={PAGE}), no client-side limiter",
        )

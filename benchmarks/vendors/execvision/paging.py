"""c) for ExecVision: every call with the facade's `iter_calls` (since/last_id paging), or by hand
with the bare generated `list_calls` when the facade is absent."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
from execvision_client import AuthenticatedClient
from execvision_client.api.calls import list_calls
from execvision_client.types import UNSET, Unset

from benchmarks import clients
from benchmarks.paging import Run
from benchmarks.vendors.execvision.clients import CREDENTIALS, facade, generated

LIMIT = 25  # calls per page: ~40 pages of the 1000 seeded calls, ~1.7 s a run
CALLS = 1000
SINCE = "2000-01-01T00:00:00Z"


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


class AllCalls:
    """The `PagingCase` of `benchmarks.paging`."""

    what = "calls"
    mock_args = ("--size", f"ev_calls={CALLS}")
    truth = "one `limit=1000` request"

    def expected(self, base_url: str) -> set[str]:
        auth = (CREDENTIALS.user, CREDENTIALS.secret)
        truth = httpx.get(base_url + "/calls", params={"since": SINCE, "limit": 1000}, auth=auth).json()
        return {call["id"] for call in truth}

    def list_all(self, base_url: str, rate: float, run: Run) -> str:
        args = clients.http_args(hook=run.hook)
        sdk = facade(base_url, args, rate=rate)
        if sdk is not None and sdk.iter_calls is not None:
            try:
                run.ids = [str(call.id) for call in sdk.iter_calls(SINCE, page_size=LIMIT)]
            finally:
                sdk.close()
            return f"{sdk.note}.iter_calls({SINCE!r}, page_size={LIMIT}), client-side limit {rate:g}/s"
        client, bare = generated(base_url, args)
        try:
            run.ids = list(iter_generated(client))
        finally:
            bare.close()
        return f"bare generated list_calls.sync, since/last_id paging by hand (limit={LIMIT}), no client-side limiter"

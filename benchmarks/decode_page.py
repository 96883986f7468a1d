"""The decode benchmark's input: one `/calls` page of 1000 calls with transcripts from our mock."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import orjson

from benchmarks.servers import mock_healthy, mock_server, running

CALLS = 1000
WORDS_PER_CALL = 600  # the mock's calls average ~2,200 words (133 MB a page): trimmed to ~35 MB
QUERY: dict[str, str | int] = {"since": "2000-01-01T00:00:00Z", "limit": CALLS, "include_transcripts": "true"}
EV_AUTH = ("ev-reader", "ev-reader-secret")


@dataclass(frozen=True)
class Page:
    content: bytes
    calls: int
    words: int
    fetched_bytes: int
    command: str


def trim(calls: list[dict[str, Any]], words: int) -> list[dict[str, Any]]:
    """Each call's transcript cut to its first `words` words (None and absent stay as they are)."""
    out = []
    for call in calls:
        transcript = call.get("transcript")
        out.append({**call, "transcript": transcript[:words]} if isinstance(transcript, list) else call)
    return out


def fetch(host: str) -> Page:
    server = mock_server("mock (decode page)", host)
    with running([(server, mock_healthy)]), httpx.Client(base_url=server.url, timeout=120.0, auth=EV_AUTH) as client:
        response = client.get("/api/ev/2/calls", params=QUERY)
        response.raise_for_status()
    calls = trim(orjson.loads(response.content), WORDS_PER_CALL)
    words = sum(len(c.get("transcript") or []) for c in calls)
    query = "&".join(f"{k}={v}" for k, v in QUERY.items())
    command = (
        f"{server.command}; GET /api/ev/2/calls?{query}; transcripts cut to {WORDS_PER_CALL} words; "
        "each variant decodes the same bytes"
    )
    return Page(orjson.dumps(calls), len(calls), words, len(response.content), command)

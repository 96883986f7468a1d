"""b) for ExecVision: one `/calls` page of 1000 calls with transcripts from our mock, decoded by
the shipped msgspec Structs, the generated attrs models and the full facade call."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import httpx
import orjson
from execvision_client.models.call import Call

import specmodel
from benchmarks import canonical, clients
from benchmarks.decode import Page, Variant, fetch
from benchmarks.results import Stat
from benchmarks.vendors.execvision import decode_profile
from benchmarks.vendors.execvision.clients import CREDENTIALS, EvClient, facade, generated
from benchmarks.vendors.execvision.structs import CALLS_DECODER, COMMAND

CALLS = 1000
WORDS_PER_CALL = 600  # the mock's calls average ~2,200 words (133 MB a page): trimmed to ~35 MB
QUERY: dict[str, str | int] = {"since": "2000-01-01T00:00:00Z", "limit": CALLS, "include_transcripts": "true"}
BASE_PATH = specmodel.get("execvision").base_path
BASE_URL = "http://execvision.bench" + BASE_PATH


def trim(calls: list[dict[str, Any]], words: int) -> list[dict[str, Any]]:
    """Each call's transcript cut to its first `words` words (None and absent stay as they are)."""
    out = []
    for call in calls:
        transcript = call.get("transcript")
        out.append({**call, "transcript": transcript[:words]} if isinstance(transcript, list) else call)
    return out


def _transport(page: Page) -> httpx.MockTransport:
    headers = {"content-type": "application/json"}
    return httpx.MockTransport(lambda request: httpx.Response(200, content=page.content, headers=headers))


class CallsPage:
    """The `DecodeCase` of `benchmarks.decode`."""

    def __init__(self) -> None:
        self.client: EvClient | None = None
        self.calls = CALLS

    def page(self, host: str) -> Page:
        auth = {"Authorization": CREDENTIALS.basic}
        response, server = fetch("mock (decode page)", host, BASE_PATH + "/calls", QUERY, auth)
        calls = trim(orjson.loads(response.content), WORDS_PER_CALL)
        self.calls = len(calls)
        words = sum(len(c.get("transcript") or []) for c in calls)
        query = "&".join(f"{k}={v}" for k, v in QUERY.items())
        command = (
            f"{server}; GET {BASE_PATH}/calls?{query}; transcripts cut to {WORDS_PER_CALL} words; "
            "each variant decodes the same bytes"
        )
        return Page(orjson.dumps(calls), f"{len(calls)} calls", f"{words:,} words", len(response.content), command)

    def reference(self, page: Page) -> list[dict[str, Any]]:
        return canonical.from_models([Call.from_dict(c) for c in json.loads(page.content)])

    def variants(self, page: Page) -> list[Variant]:
        content = page.content
        args = clients.http_args(_transport(page))
        client = self.client = facade(BASE_URL, args) or generated(BASE_URL, args)[1]
        kwargs = {"since": str(QUERY["since"]), "limit": self.calls, "include_transcripts": True}
        full_label = "full facade call" if client.kind == "facade" else "full call, bare generated client"
        return [
            Variant(
                "msgspec typed decode (the shipped Structs, execvision_client.Call)",
                COMMAND,
                lambda: CALLS_DECODER.decode(content),
            ),
            Variant(
                "generated models: json.loads + Call.from_dict",
                "[Call.from_dict(c) for c in json.loads(page)]",
                lambda: [Call.from_dict(c) for c in json.loads(content)],
            ),
            Variant(
                f"{full_label} through httpx.MockTransport",
                f"{client.note}.list_calls(since=…, limit={kwargs['limit']}, include_transcripts=True)",
                lambda: client.list_calls(**kwargs),
            ),
        ]

    def notes(self, page: Page, found: Sequence[Variant]) -> list[str]:
        out = []
        if self.client is not None and self.client.kind != "facade":
            out.append(
                "b) TODO: the SDK facade (`execvision_client.ExecVision`) is not in the generated package yet, so "
                "the full call goes through the bare generated `list_calls.sync`; the bench switches to the facade "
                "by itself."
            )
        loads, structs = Stat.of(found[0].times).median, Stat.of(found[2].times).median
        return out + decode_profile.notes(page, loads, structs, found[2].identical)

"""b) Client decode cost of one 1000-call page: json, orjson, msgspec, generated models, full call."""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
import orjson
from execvision_client._fast_decode import CALLS_DECODER
from execvision_client.models.call import Call

from benchmarks import canonical, clients, decode_profile
from benchmarks.decode_page import QUERY, Page, fetch
from benchmarks.results import INFO, PartResult, Row, Stat, fmt_ms, ratio_verdict

GOAL = 1.5  # full decode <= 1.5x json.loads
BASE_URL = "http://execvision.bench/api/ev/2"


@dataclass
class Variant:
    label: str
    command: str
    fn: Callable[[], Any]
    times: list[float] = field(default_factory=list)
    identical: str = ""


def timed(fn: Callable[[], Any]) -> float:
    """One run: a collected heap first, the result dropped after (GC stays enabled, as in real use)."""
    gc.collect()
    started = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - started
    del result
    return elapsed


def measure(variants: Sequence[Variant], runs: int) -> None:
    for _ in range(runs):
        for variant in variants:
            variant.times.append(timed(variant.fn))


def _transport(page: Page) -> httpx.MockTransport:
    headers = {"content-type": "application/json"}
    return httpx.MockTransport(lambda request: httpx.Response(200, content=page.content, headers=headers))


def variants(page: Page) -> tuple[list[Variant], clients.EvClient]:
    content = page.content
    args = clients.http_args(_transport(page))
    client = clients.facade(BASE_URL, args) or clients.generated(BASE_URL, args)[1]
    kwargs = {"since": str(QUERY["since"]), "limit": page.calls, "include_transcripts": True}
    full_label = "full facade call" if client.kind == "facade" else "full call, bare generated client"
    return [
        Variant("json.loads (stdlib)", "json.loads(page)", lambda: json.loads(content)),
        Variant("orjson.loads", "orjson.loads(page)", lambda: orjson.loads(content)),
        Variant(
            "msgspec typed decode (the shipped Structs, execvision_client.Call)",
            "execvision_client._fast_decode.CALLS_DECODER.decode(page)",
            lambda: CALLS_DECODER.decode(content),
        ),
        Variant(
            "generated models: json.loads + Call.from_dict",
            "[Call.from_dict(c) for c in json.loads(page)]",
            lambda: [Call.from_dict(c) for c in json.loads(content)],
        ),
        Variant(
            f"{full_label} through httpx.MockTransport",
            f"{client.note}.list_calls(since=…, limit={page.calls}, include_transcripts=True)",
            lambda: client.list_calls(**kwargs),
        ),
    ], client


def check_identical(page: Page, found: Sequence[Variant]) -> None:
    """Compare every variant's result once with the stock models' (outside the timed runs): the
    `to_dict()` of each item, strictly (651 and 651.0 differ)."""
    reference = canonical.from_models([Call.from_dict(c) for c in json.loads(page.content)])
    loads = json.loads(page.content)
    found[0].identical = "reference"
    found[1].identical = "yes" if canonical.same(orjson.loads(page.content), loads) else "NO"
    for variant in found[2:]:
        variant.identical = "yes" if canonical.same(canonical.from_models(variant.fn()), reference) else "NO"


def rows(page: Page, found: Sequence[Variant]) -> list[Row]:
    base = found[0].times
    out = []
    for index, variant in enumerate(found):
        stat = Stat.of(variant.times)
        ratios = Stat.of([t / b for t, b in zip(variant.times, base, strict=True)])
        ratio = f"{ratios.median:.2f}x json.loads ({ratios.min:.2f}-{ratios.max:.2f}); identical: {variant.identical}"
        verdict = INFO
        if index == len(found) - 1:
            ratio += f" (goal <= {GOAL:g}x)"
            verdict = ratio_verdict(ratios.median, GOAL, at_least=False)
            if variant.identical != "yes":
                verdict += " (results differ)"
        data = {
            "seconds": list(stat.values),
            "ratio_to_json_loads": list(ratios.values),
            "identical": variant.identical,
        }
        name = f"b) decode {len(page.content) / 1e6:.1f} MB, {page.calls} calls, {page.words:,} words: {variant.label}"
        out.append(
            Row(
                "b",
                name,
                variant.command,
                fmt_ms(stat.median),
                fmt_ms(stat.min),
                fmt_ms(stat.max),
                ratio,
                verdict,
                data,
            )
        )
    return out


def run(host: str, runs: int) -> PartResult:
    page = fetch(host)
    found, client = variants(page)
    check_identical(page, found)
    measure(found, runs)
    result = PartResult("b", "Client decode cost", rows(page, found))
    result.notes.append(
        f"b) Input: {page.command}. The page as served was {page.fetched_bytes / 1e6:.0f} MB "
        f"({page.calls} calls); the decoded page is {len(page.content) / 1e6:.1f} MB with {page.words:,} words. "
        "`identical` compares each result's `to_dict()` with the stock models' `to_dict()`, JSON types included."
    )
    if client.kind != "facade":
        result.notes.append(
            "b) TODO: the SDK facade (`execvision_client.ExecVision`) is not in the generated package yet, so the "
            "full call goes through the bare generated `list_calls.sync`; the bench switches to the facade by itself."
        )
    loads, structs = Stat.of(found[0].times).median, Stat.of(found[2].times).median
    result.notes += decode_profile.notes(page, loads, structs, found[2].identical)
    return result

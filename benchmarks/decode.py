"""b) Client decode cost of one large page: json, orjson, then each client's decode paths.

The page and the client-side variants come from the vendor plugins (`benchmarks.vendors.<api>.DECODE`,
a `DecodeCase`); the engine times them against `json.loads`, checks that they decode the same data
and builds the rows. The last variant of a case is the full client call: its goal is <= 1.5x json.loads.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx
import orjson

from benchmarks import canonical
from benchmarks.results import INFO, PartResult, Row, Stat, fmt_ms, ratio_verdict
from benchmarks.servers import BenchSetupError, mock_healthy, mock_server, running
from benchmarks.vendors import contributions

GOAL = 1.5  # full decode <= 1.5x json.loads


@dataclass
class Variant:
    label: str
    command: str
    fn: Callable[[], Any]
    times: list[float] = field(default_factory=list)
    identical: str = ""


@dataclass(frozen=True)
class Page:
    content: bytes  # what every variant decodes
    served: str  # what the page holds, e.g. "1000 calls"
    contents: str  # what makes it large, e.g. "571,354 words"
    fetched_bytes: int
    command: str


class DecodeCase(Protocol):
    """What a vendor plugin contributes to part b)."""

    def page(self, host: str) -> Page: ...

    def reference(self, page: Page) -> list[dict[str, Any]]:
        """The stock models' `to_dict()` of every item: what each variant must decode to."""
        ...

    def variants(self, page: Page) -> list[Variant]:
        """The client's decode paths, the full client call last."""
        ...

    def notes(self, page: Page, found: Sequence[Variant]) -> list[str]:
        """Notes after the run; `found` is every variant, json.loads first, with its times."""
        ...


def fetch(
    name: str, host: str, path: str, params: Mapping[str, str | int], headers: Mapping[str, str]
) -> tuple[httpx.Response, str]:
    """One GET from a fresh mock; the response and the mock's command line."""
    server = mock_server(name, host)
    with running([(server, mock_healthy)]), httpx.Client(base_url=server.url, timeout=120.0) as client:
        response = client.get(path, params=params, headers=dict(headers))
        response.raise_for_status()
    return response, server.command


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


def variants(case: DecodeCase, page: Page) -> list[Variant]:
    content = page.content
    return [
        Variant("json.loads (stdlib)", "json.loads(page)", lambda: json.loads(content)),
        Variant("orjson.loads", "orjson.loads(page)", lambda: orjson.loads(content)),
        *case.variants(page),
    ]


def check_identical(case: DecodeCase, page: Page, found: Sequence[Variant]) -> None:
    """Compare every variant's result once with the stock models' (outside the timed runs): the
    `to_dict()` of each item, strictly (651 and 651.0 differ)."""
    reference = case.reference(page)
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
        name = f"b) decode {len(page.content) / 1e6:.1f} MB, {page.served}, {page.contents}: {variant.label}"
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


def run_case(case: DecodeCase, host: str, runs: int) -> tuple[list[Row], list[str]]:
    page = case.page(host)
    found = variants(case, page)
    check_identical(case, page, found)
    measure(found, runs)
    notes = [
        f"b) Input: {page.command}. The page as served was {page.fetched_bytes / 1e6:.0f} MB "
        f"({page.served}); the decoded page is {len(page.content) / 1e6:.1f} MB with {page.contents}. "
        "`identical` compares each result's `to_dict()` with the stock models' `to_dict()`, JSON types included."
    ]
    return rows(page, found), notes + case.notes(page, found)


def run(host: str, runs: int) -> PartResult:
    cases = contributions("DECODE")
    if not cases:
        raise BenchSetupError("no vendor plugin in benchmarks/vendors/ contributes a DECODE case")
    result = PartResult("b", "Client decode cost", [])
    for _, case in cases:
        found_rows, notes = run_case(case, host, runs)
        result.rows += found_rows
        result.notes += notes
    return result

"""Prints (and writes to reports/contract-counts-<profile>.json) how many cases the suite sent,
and fails a deep run (FUZZ_PROFILE=deep) that sent fewer than 10,000 cases to an API."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

from fuzz.apis import ROOT
from tests.contract import support

DEEP_MINIMUM = 10_000
STARTED = time.monotonic()


@pytest.fixture(autouse=True)
def _generation_independent_of_imports(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Hypothesis mixes constants mined from every local (non-test) module loaded in the process
    into generated data, so the cases would depend on which other tests pytest collected: a
    failing test would draw other data when re-run alone. The contract tests get none."""
    from hypothesis.internal.conjecture import providers

    monkeypatch.setattr(providers, "_get_local_constants", providers.Constants)
    providers.CONSTANTS_CACHE.cache.clear()  # filtered constants, cached per choice kind
    yield
    providers.CONSTANTS_CACHE.cache.clear()


def totals() -> dict[str, int]:
    out: dict[str, int] = {}
    for (api, _), count in support.COUNTS.items():
        out[api] = out.get(api, 0) + count
    return out


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if support.PROFILE != "deep" or exitstatus != 0:
        return
    short = {api: n for api, n in totals().items() if n < DEEP_MINIMUM}
    ran_all = {"cresta", "execvision"} <= set(totals())
    if short or not ran_all:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        print(f"\nfuzz-deep: fewer than {DEEP_MINIMUM} cases for {short or 'an API that did not run'}")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not support.COUNTS:
        return
    elapsed = round(time.monotonic() - STARTED, 1)
    data: dict[str, Any] = {"profile": support.PROFILE, "seconds": elapsed, "apis": {}}
    for (api, phase), count in sorted(support.COUNTS.items()):
        entry = data["apis"].setdefault(api, {"phases": {}, "total": 0})
        entry["phases"][phase] = count
        entry["total"] += count
    for api, entry in data["apis"].items():
        entry["operations"] = len(support.OPERATIONS.get(api, ()))
        entry["links"] = dict(sorted(support.LINKS.get(api, {}).items()))
        entry["digests"] = {
            phase: digest.hexdigest()[:12] for (name, phase), digest in sorted(support.DIGESTS.items()) if name == api
        }
    terminalreporter.section(f"contract cases ({support.PROFILE} profile, {elapsed} s)")
    for api, entry in data["apis"].items():
        phases = ", ".join(f"{phase} {count}" for phase, count in entry["phases"].items())
        terminalreporter.write_line(f"{api}: {entry['total']} cases over {entry['operations']} operations ({phases})")
        terminalreporter.write_line(f"  request digests: {entry['digests']}")
        terminalreporter.write_line(f"  links followed: {entry['links']}")
    out = ROOT / "reports" / f"contract-counts-{support.PROFILE}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")

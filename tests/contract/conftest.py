"""Prints (and writes to reports/contract-counts-<profile>.json) how many cases the suite sent,
and fails a deep run (FUZZ_PROFILE=deep) that sent fewer than 10,000 cases to an API.

With `CONTRACT_FAILURES=<path.jsonl>` every failing test appends one line per failure to that
file: the test, the check (named from the schemathesis failure's code and title), the
operation and the title; a failure that is no schemathesis check (a test's own assertion, an
error) is named after its exception type in parentheses. `make mutate` reads it."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from typing import Any

import pytest
from schemathesis.core.failures import Failure

from fuzz.apis import ROOT
from fuzz.summary import check_name
from tests.contract import support

FAILURES_VAR = "CONTRACT_FAILURES"

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


def failure_records(exc: BaseException) -> Iterator[dict[str, str]]:
    """One record per failure in `exc` (schemathesis and Hypothesis group several)."""
    if isinstance(exc, BaseExceptionGroup):
        for inner in exc.exceptions:
            yield from failure_records(inner)
    elif isinstance(exc, Failure):
        yield {"check": check_name(exc.code, exc.title), "operation": exc.operation, "title": exc.title}
    else:
        yield {"check": f"({type(exc).__name__})", "operation": "", "title": str(exc).split("\n", 1)[0][:200]}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    report = yield
    path = os.environ.get(FAILURES_VAR)
    if path and call.excinfo is not None and not call.excinfo.errisinstance(pytest.skip.Exception):
        with open(path, "a", encoding="utf-8") as out:
            for record in failure_records(call.excinfo.value):
                out.write(json.dumps({"test": item.nodeid, "when": call.when, **record}) + "\n")
    return report


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

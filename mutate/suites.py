"""The two suites run against a tree (a mutated copy, or the unmutated baseline copy), each in
subprocesses started in that tree, so the tree's own mock is the one under test.

- in-process: pytest on the API's contract tests (`tests/contract/test_<api>.py`, restricted to
  the operations by CONTRACT_OPERATIONS) and the API's identity tests
  (`tests/contract/test_identities.py::test_<api>_*`: the other tenant, the reader, token
  expiry; a few seconds), with FUZZ_PROFILE=mutate; CONTRACT_FAILURES names the file the suite
  writes its failures to.
- live read-only: the tree's mock as a process on a free loopback port, the probe, then
  `python -m fuzz` read-only over the operations that do not write (`--operation`), plus the
  read-only operations with a link to one of them (a whole live run reaches an operation through
  its links, e.g. a transcript from the calls listed, and the run should keep that path), with
  the catalogue's credentials; the checks that failed come from its JSON report.
"""

from __future__ import annotations

import ast
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fuzz import summary
from fuzz.apis import write_operation_ids
from fuzz.links import schema_links
from mutate.catalogue import ApiSetup, Mutant
from mutate.probe import Answer, ProbeClient
from specmodel import ApiEntry

PROFILE = "mutate"
IDENTITY_TESTS = "tests/contract/test_identities.py"
# variables of the caller's environment that would change what a suite runs
DROPPED_ENV = (
    "PYTHONPATH",
    "MAKEFLAGS",
    "MFLAGS",
    "ALLOW_WRITES",
    "FUZZ_PROFILE",
    "CONTRACT_OPERATIONS",
    "CONTRACT_FAILURES",
    "CONTRACT_KIT_APIS",
)
STARTUP_SECONDS = 60.0

CAUGHT, MISSED, NOT_APPLICABLE, ERROR = "caught", "missed", "n.a.", "error"


@dataclass
class Outcome:
    status: str  # CAUGHT, MISSED, NOT_APPLICABLE or ERROR
    checks: list[str] = field(default_factory=list)  # what caught it
    seconds: float = 0.0
    detail: str = ""
    failures: list[dict[str, str]] = field(default_factory=list)  # each check with where it failed

    @property
    def caught(self) -> bool:
        return self.status == CAUGHT

    def to_json(self) -> dict[str, object]:
        return {
            "status": self.status,
            "checks": self.checks,
            "seconds": round(self.seconds, 1),
            "detail": self.detail,
            "failures": self.failures,
        }


def contract_tests(tree: Path, api: str) -> list[str]:
    """The API's contract test module and its identity tests (pytest node ids)."""
    source = (tree / IDENTITY_TESTS).read_text(encoding="utf-8")
    names = [
        node.name
        for node in ast.parse(source).body
        if isinstance(node, ast.FunctionDef) and node.name.startswith(f"test_{api}_")
    ]
    return [f"tests/contract/test_{api}.py", *(f"{IDENTITY_TESTS}::{name}" for name in names)]


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in DROPPED_ENV}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra)
    return env


def _tail(text: str, lines: int = 15) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def in_process(tree: Path, api: str, operations: Sequence[str], timeout: float) -> Outcome:
    """pytest in `tree` on the API's contract tests for `operations`, and the identity tests."""
    started = time.monotonic()
    failures = tree / "reports" / f"contract-failures-{api}.jsonl"
    failures.parent.mkdir(parents=True, exist_ok=True)
    failures.unlink(missing_ok=True)
    env = clean_env(FUZZ_PROFILE=PROFILE, CONTRACT_OPERATIONS=",".join(operations), CONTRACT_FAILURES=str(failures))
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *contract_tests(tree, api)]
    try:
        run = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return Outcome(CAUGHT, ["(timeout)"], time.monotonic() - started, f"pytest ran longer than {timeout:.0f} s")
    seconds = time.monotonic() - started
    records = read_jsonl(failures)
    checks = sorted({caught_by(record) for record in records})
    where = sorted({(caught_by(r), str(r.get("operation", "")), str(r.get("test", ""))) for r in records})
    found = [{"check": check, "operation": op, "test": test} for check, op, test in where]
    if run.returncode == 0:
        return Outcome(MISSED, [], seconds)
    if run.returncode == 1:
        return Outcome(CAUGHT, checks or ["(failed)"], seconds, _tail(run.stdout), found)
    return Outcome(ERROR, checks, seconds, f"pytest exit {run.returncode}:\n{_tail(run.stdout + run.stderr)}", found)


def caught_by(record: dict[str, object]) -> str:
    """A recorded failure's check; a test's own assertion is named after the test."""
    check = str(record["check"])
    if not check.startswith("("):
        return check
    test = str(record.get("test", "")).split("::", 1)[-1].removesuffix("::runTest").split("[", 1)[0]
    return f"{test} {check}"


def read_jsonl(path: Path) -> list[dict[str, object]]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_mock(tree: Path, mock_args: Sequence[str]) -> Iterator[str]:
    """The tree's mock (`python -m mockserver`) on a free loopback port; its URL."""
    port = free_port()
    log = tree / "reports" / "mock.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "mockserver", "--host", "127.0.0.1", "--port", str(port), *mock_args]
    with log.open("wb") as out:
        process = subprocess.Popen(cmd, cwd=tree, env=clean_env(), stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not _answers(url):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the mock did not start:\n{_tail(log.read_text(errors='replace'))}")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/__mock__/state", timeout=1) as response:  # noqa: S310 - loopback
            return bool(response.status == 200)
    except OSError:
        return False


def read_only(entry: ApiEntry, operations: Sequence[str]) -> list[str]:
    writes = set(write_operation_ids(entry))
    return [op for op in operations if op not in writes]


def with_link_sources(entry: ApiEntry, operations: Sequence[str]) -> list[str]:
    """`operations` and, after them, the sources of the read-only links that lead to one of them."""
    targets = set(operations)
    sources = [link.source for link in schema_links(entry.doc) if not link.writes and link.target in targets]
    return list(dict.fromkeys([*operations, *sources]))


def live(
    tree: Path,
    url: str,
    entry: ApiEntry,
    setup: ApiSetup,
    operations: Sequence[str],
    max_examples: int,
    timeout: float,
) -> Outcome:
    """`python -m fuzz` read-only against the mock at `url` over the operations that do not write."""
    started = time.monotonic()
    selected = read_only(entry, operations)
    if not selected:
        return Outcome(NOT_APPLICABLE, [], 0.0, "every operation it touches writes")
    selected = with_link_sources(entry, selected)
    reports = tree / "reports" / f"live-{entry.name}"
    cmd = [sys.executable, "-m", "fuzz", "--api", entry.name, "--url", url, "--max-examples", str(max_examples)]
    cmd += ["--include-assumed", "--reports", str(reports)]
    for op in selected:
        cmd += ["--operation", op]
    env = clean_env(**setup.env(url))
    try:
        run = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return Outcome(
            CAUGHT, ["(timeout)"], time.monotonic() - started, f"the live run took longer than {timeout:.0f} s"
        )
    seconds = time.monotonic() - started
    result = summary.read(reports / f"fuzz-{entry.name}.json", reports / f"fuzz-{entry.name}.xml")
    checks = {failure.check for failure in result.failures}
    checks |= {f"(error: {'; '.join(p.titles)[:80]})" for p in result.problems if p.kind == "error"}
    found = [{"check": f.check, "operation": op} for f in result.failures for op in f.operations]
    if run.returncode == 0 and result.ok:
        return Outcome(MISSED, [], seconds)
    detail = _tail(run.stdout + ("" if run.returncode == 1 else run.stderr))
    return Outcome(CAUGHT if run.returncode == 1 else ERROR, sorted(checks) or ["(failed)"], seconds, detail, found)


def probe(url: str, entry: ApiEntry, setup: ApiSetup, mutant: Mutant) -> list[Answer]:
    return ProbeClient(url, entry, setup).run(mutant)

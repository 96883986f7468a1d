"""The live path over real HTTP: the mock runs as a uvicorn process on a free loopback port, and
`make fuzz` fuzzes it for each API, read-only and with writes. A read-only run must leave the
data untouched, and a Cresta run must only address the caller's customer and profile.

`make fuzz` fuzzes the docs-only view of the spec by default; against the mock in docs-only mode
(`--docs-only`) it must find nothing. With ASSUMED=1 it fuzzes the whole spec, against the mock's
default mode. At the default budget, a read-only run's stateful phase follows every link of the
docs-only view whose two ends read."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import specmodel
from fuzz.apis import ROOT
from fuzz.links import read_run, schema_links
from mockserver.engine.app import create_app
from tests.helpers.mock import SMALL_SIZES, LiveServer, make_config

# Cresta with the optional second identity (another customer), so the tenancy check runs live
# too; the mock has one ExecVision account, so ExecVision has none
CREDENTIALS = {
    "execvision": {"EXECVISION_USER": "ev-admin", "EXECVISION_PASSWORD": "ev-admin-secret"},
    "cresta": {
        "CRESTA_CLIENT_ID": "acme-client",
        "CRESTA_CLIENT_SECRET": "acme-secret",
        "CRESTA_CUSTOMER": "acme",
        "CRESTA_PROFILE": "default",
        "CRESTA_SECOND_CLIENT_ID": "globex-client",
        "CRESTA_SECOND_CLIENT_SECRET": "globex-secret",
    },
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def mock(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """(the URL of a mock process, its strictness)."""
    strictness = str(request.param)
    port = free_port()
    sizes = [arg for name, count in SMALL_SIZES.items() for arg in ("--size", f"{name}={count}")]
    cmd = [sys.executable, "-m", "mockserver", "--host", "127.0.0.1", "--port", str(port), "--strict", *sizes]
    if strictness == "docs":
        cmd.append("--docs-only")
    process = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/__mock__/state", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the mock did not start: {process.stderr.read() if process.stderr else ''!r}")
            time.sleep(0.1)
        yield url, strictness
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def counts(url: str) -> dict[str, Any]:
    return dict(httpx.get(f"{url}/__mock__/state", timeout=10).json()["counts"])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("mock", "writes"),
    # writes run once, in the assumed view (a superset of the docs-only rules): a docs-only run
    # with writes added about 50 s to CI and nothing the two others do not cover
    [("docs", False), ("assumed", True)],
    ids=["docs-only-read-only", "assumed-writes"],
    indirect=["mock"],
)
@pytest.mark.parametrize("api", ["execvision", "cresta"])
def test_make_fuzz_against_the_mock(mock: tuple[str, str], api: str, writes: bool, tmp_path: Path) -> None:
    mock_url, strictness = mock
    httpx.post(f"{mock_url}/__mock__/reset", timeout=10).raise_for_status()
    before = counts(mock_url)
    env = {k: v for k, v in os.environ.items() if k not in ("ALLOW_WRITES", "MAKEFLAGS", "MFLAGS")}
    env.update(CREDENTIALS[api], CRESTA_TOKEN_URL=f"{mock_url}/v1/oauth/regionalToken")
    url = mock_url + ("/api/ev/2" if api == "execvision" else "")
    args = [f"URL={url}", f"API={api}", "FUZZ_EXAMPLES=3", f"FUZZ_REPORTS={tmp_path}"]
    if writes:
        args.append("ALLOW_WRITES=1")
    if strictness == "assumed":
        args.append("ASSUMED=1")
    run = subprocess.run(
        ["make", "--no-print-directory", "fuzz", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-4000:]
    assert "== PASSED" in output and "operations covered:" in output, output[-2000:]
    assert ("assumptions included" if strictness == "assumed" else "documented rules only") in output
    suites = ET.parse(tmp_path / f"fuzz-{api}.xml").getroot()
    assert suites.get("failures") == "0" and suites.get("errors") == "0"
    if not writes:
        assert "write operations left out" in output
        assert counts(mock_url) == before, "a read-only run changed the data"


@pytest.mark.slow
@pytest.mark.parametrize("mock", ["docs"], indirect=True)
@pytest.mark.parametrize("api", ["execvision", "cresta"])
def test_read_only_stateful_phase_follows_every_read_only_link(mock: tuple[str, str], api: str, tmp_path: Path) -> None:
    """Read-only, the default budget, the docs-only view: every link whose source and target
    both read is followed, i.e. some step sent every value the link defines. The stateful phase
    alone keeps the test short; the whole run follows the same links (README, live mode)."""
    mock_url, _ = mock
    httpx.post(f"{mock_url}/__mock__/reset", timeout=10).raise_for_status()
    before = counts(mock_url)
    env = {k: v for k, v in os.environ.items() if k not in ("ALLOW_WRITES", "MAKEFLAGS", "MFLAGS")}
    env.update(CREDENTIALS[api], CRESTA_TOKEN_URL=f"{mock_url}/v1/oauth/regionalToken")
    url = mock_url + ("/api/ev/2" if api == "execvision" else "")
    cmd = [sys.executable, "-m", "fuzz", "--api", api, "--url", url, "--phases", "stateful", "--reports", str(tmp_path)]
    run = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-4000:]
    entry = specmodel.get(api)
    expected = {link.transition: str(link) for link in schema_links(specmodel.docs_only(entry.doc)) if not link.writes}
    assert expected
    stateful = read_run(tmp_path / f"fuzz-{api}.links.json")
    assert stateful is not None and stateful.scenarios > 0
    missed = sorted(name for transition, name in expected.items() if transition not in stateful.followed)
    assert not missed, f"the stateful phase did not follow {missed}\n{output[-3000:]}"
    assert f"links followed by the stateful phase: {len(expected)} of {len(expected)} read-only links" in output
    assert counts(mock_url) == before, "a read-only run changed the data"


@pytest.mark.slow
def test_cresta_live_run_stays_in_the_callers_tenant(tmp_path: Path) -> None:
    mock = create_app(make_config())
    paths: list[str] = []

    async def recording(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            paths.append(scope["path"])
        await mock(scope, receive, send)

    with LiveServer(recording) as server:
        env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS")}
        env.update(CREDENTIALS["cresta"], CRESTA_TOKEN_URL=f"{server.url}/v1/oauth/regionalToken", ALLOW_WRITES="1")
        cmd = [
            sys.executable,
            "-m",
            "fuzz",
            "--api",
            "cresta",
            "--url",
            server.url,
            "--max-examples",
            "3",
            "--include-assumed",
        ]
        run = subprocess.run([*cmd, "--reports", str(tmp_path)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0, (run.stdout + run.stderr)[-3000:]
    api_paths = [p for p in paths if p.startswith("/v1/customers")]
    assert len(api_paths) > 100
    foreign = sorted({p for p in api_paths if not p.startswith("/v1/customers/acme/profiles/default/")})
    assert not foreign, foreign[:10]

"""The vanilla schemathesis CLI against the mock: no hooks, no project config, only auth.

What every user of our published spec can run: the pinned CLI with an empty config file,
`--checks all`, a small budget and a fixed seed, against the mock as `make mock` starts it
(a uvicorn process on a free loopback port, default strictness: documented and assumed
rules). The run must exit 0, so the spec alone must state every rule the mock enforces.

The CLI runs in a temporary directory (its `.schemathesis/` and `.hypothesis/` state stay
there) and reads the specs from the repository.
"""

from __future__ import annotations

import base64
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import specmodel
from fuzz.apis import ROOT
from tests.contract.test_live import free_port

MAX_EXAMPLES = 10  # per operation: both APIs together take about 50 s on a 2-core machine
SEED = 1
TIMEOUT = 300  # seconds per CLI run
EV_ADMIN = "ev-admin:ev-admin-secret"
CRESTA_CLIENT = ("acme-client", "acme-secret")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    """The URL of `python -m mockserver` (as `make mock` runs it) on a free loopback port."""
    port = free_port()
    cmd = [sys.executable, "-m", "mockserver", "--host", "127.0.0.1", "--port", str(port)]
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
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def cresta_token(url: str) -> str:
    response = httpx.post(
        f"{url}/v1/oauth/regionalToken",
        auth=CRESTA_CLIENT,
        json={"grant_type": "client_credentials"},
        timeout=10,
    )
    response.raise_for_status()
    return str(response.json()["access_token"])


def failures(output: str) -> list[str]:
    """One line per failure of a CLI report: the operation, the check, the response body."""
    lines: list[str] = []
    operation = check = ""
    for line in output.splitlines():
        if header := re.match(r"^[_ ]*((?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \S+)[_ ]*$", line):
            operation = header.group(1)
        elif found := re.match(r"^- (ST\d+ .+)$", line):
            check = found.group(1)
        elif check and (body := re.match(r"^    `(.*)`$", line)):
            lines.append(f"{operation}: {check}: {body.group(1)[:200]}")
            check = ""
        elif check and line.startswith("Reproduce with:"):
            lines.append(f"{operation}: {check}")
            check = ""
    return lines


@pytest.mark.parametrize("api", ["execvision", "cresta"])
def test_vanilla_schemathesis_cli_finds_nothing(api: str, mock_url: str, tmp_path: Path) -> None:
    spec = ROOT / "spec" / f"{api}.yaml"
    operations = sum(1 for _ in specmodel.operations(specmodel.load(spec)))
    if api == "execvision":
        url = f"{mock_url}/api/ev/2"
        auth = "Basic " + base64.b64encode(EV_ADMIN.encode()).decode()
    else:
        url = mock_url
        auth = f"Bearer {cresta_token(mock_url)}"
    config = tmp_path / "empty.toml"
    config.write_text("")  # auth only: no checks, phases or hooks of ours
    cmd = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "run", str(spec)]
    cmd += ["--url", url, "-H", f"Authorization: {auth}", "--checks", "all"]
    cmd += ["--max-examples", str(MAX_EXAMPLES), "--seed", str(SEED), "--no-color"]
    run = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=TIMEOUT)
    output = run.stdout + run.stderr
    found = failures(output)
    assert run.returncode == 0, f"{len(found)} failure(s):\n" + "\n".join(found) + "\n\n" + output[-3000:]
    assert f"Tested: {operations}\n" in output, output[-2000:]  # every operation ran
    assert not found, found

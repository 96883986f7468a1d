"""The README's curl examples of the mock server run verbatim against it over real HTTP.

Only the address differs: `http://127.0.0.1:8080` (what `make mock` serves) becomes the
test server's loopback URL.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"
DEFAULT_URL = "http://127.0.0.1:8080"
BLOCK = re.compile(r"^```sh\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _mock_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("\n## The mock server\n")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def _curl_blocks() -> list[str]:
    return [block for block in BLOCK.findall(_mock_section()) if block.lstrip().startswith("curl") or "$(curl" in block]


def test_the_section_shows_basic_auth_token_and_admin_examples() -> None:
    text = "\n".join(_curl_blocks())
    assert "-u ev-reader:ev-reader-secret" in text
    assert "/v1/oauth/regionalToken" in text and "Authorization: Bearer $TOKEN" in text
    assert "/__mock__/" in text and "X-Mock-Fault" in text


@pytest.mark.parametrize("index", range(len(_curl_blocks())))
def test_curl_example_runs(index: int, live_server: str) -> None:
    script = _curl_blocks()[index]
    assert DEFAULT_URL in script
    done = subprocess.run(
        ["bash", "-c", "set -euo pipefail\n" + script.replace(DEFAULT_URL, live_server)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, f"{script}\nexit {done.returncode}\n{done.stdout}\n{done.stderr}"
    assert done.stdout.strip(), "every example prints something"
    if "X-Mock-Fault: status=503" in script:
        assert done.stdout.strip() == "503"
    if "Bearer $TOKEN" in script:
        assert '"conversation"' in done.stdout and "conv-1" in done.stdout
    if "/calls?" in script:
        assert done.stdout.lstrip().startswith("[") and '"callTime"' in done.stdout

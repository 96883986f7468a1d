"""Every ```python block of the README runs against the mock over real HTTP.

The examples read their base URLs and credentials from environment variables (with
defaults for a local `make mock`); this test points them at the test server.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import CRESTA_CLIENT

EXAMPLES = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _blocks() -> list[str]:
    return BLOCK.findall(EXAMPLES.read_text(encoding="utf-8"))


def test_there_are_examples_for_both_apis() -> None:
    text = "\n".join(_blocks())
    assert len(_blocks()) >= 3
    assert "ExecVision(" in text and "Cresta(" in text


@pytest.mark.parametrize("index", range(len(_blocks())))
def test_example_runs(
    index: int,
    server_url: str,
    ev_url: str,
    token_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    env = {
        "EXECVISION_BASE_URL": ev_url,
        "EXECVISION_USER_ID": "ev-reader",
        "EXECVISION_PASSWORD": "ev-reader-secret",
        "CRESTA_BASE_URL": server_url,
        "CRESTA_TOKEN_URL": token_url,
        "CRESTA_CLIENT_ID": CRESTA_CLIENT[0],
        "CRESTA_CLIENT_SECRET": CRESTA_CLIENT[1],
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    source = _blocks()[index]
    exec(compile(source, f"{EXAMPLES.name}[block {index}]", "exec"), {"__name__": "__example__"})
    printed = capsys.readouterr().out
    assert printed.strip(), "an example should show its result"

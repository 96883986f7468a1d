"""Every ```python block of the README runs against the mock over real HTTP.

The examples address `http://127.0.0.1:8080` with the mock's default credentials, as
`make mock` serves it; this test puts the test server's address in its place.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "README.md"
DEFAULT_URL = "http://127.0.0.1:8080"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


USER_TEST = re.compile(r"<!-- user-test:begin -->.*?<!-- user-test:end -->", re.DOTALL)


def _blocks() -> list[str]:
    """The examples; the user-test file is pytest's, run by tests/packaging/test_user_project.py."""
    return BLOCK.findall(USER_TEST.sub("", EXAMPLES.read_text(encoding="utf-8")))


def test_there_are_examples_for_both_apis() -> None:
    text = "\n".join(_blocks())
    assert len(_blocks()) >= 3
    assert "ExecVision(" in text and "Cresta(" in text


@pytest.mark.parametrize("index", range(len(_blocks())))
def test_example_runs(index: int, server_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    source = _blocks()[index]
    assert DEFAULT_URL in source, "examples address the mock as `make mock` serves it"
    source = source.replace(DEFAULT_URL, server_url)
    exec(compile(source, f"{EXAMPLES.name}[block {index}]", "exec"), {"__name__": "__example__"})
    printed = capsys.readouterr().out
    assert printed.strip(), "an example should show its result"

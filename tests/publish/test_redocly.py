"""Redocly CLI's recommended lint (``make lint-redocly``): the runner reports what Redocly
finds, and the real specs have no problem at all (warnings count).

The pinned CLI (publisher/npm) is installed into the repository's ``.cache/npm`` on first use.
Skipped only when npm/node are missing (or node is too old) and ``CI`` is not set; in CI
(``.ci/run`` installs nodejs and npm with apt) that fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from publisher import redocly
from publisher.__main__ import main
from tests.helpers.chromium import IN_CI

from .conftest import REPO, repo_specs


@pytest.fixture(scope="module")
def binary() -> Path:
    reason = redocly.npm_missing()
    if reason:
        if IN_CI:
            pytest.fail(f"CI must run Redocly CLI: {reason}")
        pytest.skip(reason)
    return redocly.install(REPO)


def found(problems: list[redocly.Problem]) -> list[tuple[str, int]]:
    return [(p.rule, p.line) for p in problems]


def test_the_fixture_spec_gets_exactly_the_problems_redocly_finds(binary: Path, demo_root: Path) -> None:
    problems = redocly.lint(binary, demo_root / "spec" / "demo.yaml", demo_root)
    assert found(problems) == [
        ("info-license", 2),
        ("no-unsafe-markdown", 5),
        ("operation-4xx-response", 48),
        ("operation-4xx-response", 79),
        ("operation-4xx-response", 106),
    ]
    assert {p.spec for p in problems} == {"spec/demo.yaml"} and {p.severity for p in problems} == {"warn"}
    assert problems[0].pointer == "#/info" and "license" in problems[0].message


def test_a_required_property_without_a_schema_is_a_problem(binary: Path, demo_root: Path) -> None:
    spec = demo_root / "spec" / "demo.yaml"
    spec.write_text(spec.read_text().replace("required: [id, title, status]", "required: [id, title, status, ghost]"))
    problems = redocly.lint(binary, spec, demo_root)
    undefined = [p for p in problems if p.rule == "no-required-schema-properties-undefined"]
    assert len(undefined) == 1 and "'ghost'" in undefined[0].message
    assert undefined[0].pointer == "#/components/schemas/Call/required/3"


def test_the_command_fails_on_any_problem(
    binary: Path, demo_root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(redocly, "CACHE", binary.parents[2])  # the installed copy, not a new one
    assert main(["--root", str(demo_root), "redocly"]) == 1
    out = capsys.readouterr().out
    assert "redocly: demo: 5 problem(s)" in out and "spec/demo.yaml:2:1: warn info-license" in out


@pytest.mark.parametrize("spec", repo_specs(), ids=lambda p: p.stem)
def test_the_real_specs_have_no_redocly_problem(binary: Path, spec: Path) -> None:
    problems = redocly.lint(binary, spec, REPO)
    assert not problems, "\n".join(map(str, problems))

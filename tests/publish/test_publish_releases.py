"""Releases (``release``), the changelog entries and the gate (``check``, ``diff``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from publisher import changelog, gate, releases
from publisher.__main__ import main
from publisher.releases import ReleaseError


def set_version(root: Path, version: str) -> Path:
    spec_file = root / "spec" / "demo.yaml"
    text = spec_file.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("  version: "))
    spec_file.write_text(text.replace(old, f"  version: {version}", 1), encoding="utf-8")
    return spec_file


def edit(root: Path, old: str, new: str) -> None:
    spec_file = root / "spec" / "demo.yaml"
    text = spec_file.read_text(encoding="utf-8")
    assert old in text
    spec_file.write_text(text.replace(old, new, 1), encoding="utf-8")


BREAKING_EDIT = ("maximum: 1000", "maximum: 500")  # narrows the `limit` query parameter
NON_BREAKING_EDIT = ("maximum: 1000", "maximum: 5000")


def test_first_release_snapshots_the_spec_and_writes_its_entry(demo_root: Path) -> None:
    target = releases.create(demo_root, "demo", "1.0.0", date="2026-01-02")
    assert target == demo_root / "spec/releases/demo/1.0.0.yaml"
    assert target.read_bytes() == (demo_root / "spec/demo.yaml").read_bytes()
    entries = releases.entries(demo_root, "demo")
    assert entries == [changelog.Entry("1.0.0", "2026-01-02", "Initial release: 4 operations.\n")]
    assert releases.latest(demo_root, "demo") == "1.0.0"


def test_release_refuses_to_overwrite(demo_root: Path) -> None:
    releases.create(demo_root, "demo", "1.0.0", date="2026-01-02")
    with pytest.raises(ReleaseError, match="already exists"):
        releases.create(demo_root, "demo", "1.0.0")


@pytest.mark.parametrize(
    ("version", "message"),
    [("1.1.0", "has info.version '1.0.0', not '1.1.0'"), ("v1", "not a MAJOR.MINOR.PATCH")],
)
def test_release_refuses_a_version_that_is_not_the_specs(demo_root: Path, version: str, message: str) -> None:
    with pytest.raises(ReleaseError, match=message):
        releases.create(demo_root, "demo", version)
    assert not (demo_root / "spec/releases").exists()


def test_release_refuses_breaking_changes_without_a_major_bump(demo_root: Path) -> None:
    releases.create(demo_root, "demo", "1.0.0", date="2026-01-02")
    edit(demo_root, *BREAKING_EDIT)
    set_version(demo_root, "1.1.0")
    with pytest.raises(ReleaseError, match=r"(?s)need a major version \(2\.0\.0\), not 1\.1\.0.*'limit'"):
        releases.create(demo_root, "demo", "1.1.0")
    set_version(demo_root, "2.0.0")
    releases.create(demo_root, "demo", "2.0.0", date="2026-02-03")
    newest = releases.entries(demo_root, "demo")[0]
    assert (newest.version, newest.date) == ("2.0.0", "2026-02-03")
    assert newest.body.startswith("### Breaking\n\n- `GET /calls query parameter 'limit'`: maximum changed from 1000")


def test_release_refuses_a_lower_version(demo_root: Path) -> None:
    set_version(demo_root, "1.5.0")
    releases.create(demo_root, "demo", "1.5.0", date="2026-01-02")
    set_version(demo_root, "1.4.0")
    with pytest.raises(ReleaseError, match="not above the last release 1.5.0"):
        releases.create(demo_root, "demo", "1.4.0")


def test_non_breaking_release_lists_its_changes_newest_first(demo_root: Path) -> None:
    releases.create(demo_root, "demo", "1.0.0", date="2026-01-02")
    edit(demo_root, *NON_BREAKING_EDIT)
    set_version(demo_root, "1.1.0")
    releases.create(demo_root, "demo", "1.1.0", date="2026-01-05")
    text = releases.changelog_path(demo_root, "demo").read_text(encoding="utf-8")
    assert text.index("## [1.1.0] - 2026-01-05") < text.index("## [1.0.0] - 2026-01-02")
    assert "### Non-breaking\n\n- `GET /calls query parameter 'limit'`: maximum changed from 1000 to 5000" in text
    assert [e.version for e in releases.entries(demo_root, "demo")] == ["1.1.0", "1.0.0"]


def test_check_fails_on_a_breaking_edit_without_a_major_bump(
    demo_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    releases.create(demo_root, "demo", "1.0.0", date="2026-01-02")
    assert main(["--root", str(demo_root), "check"]) == 0
    edit(demo_root, *BREAKING_EDIT)
    assert main(["--root", str(demo_root), "check"]) == 1
    out = capsys.readouterr().out
    assert "check: demo 1.0.0 (against 1.0.0): FAILED" in out
    assert "1 breaking change(s) against release 1.0.0, but info.version 1.0.0 keeps major version 1" in out
    assert "GET /calls query parameter 'limit': maximum changed from 1000 to 500" in out
    assert "bump info.version in demo.yaml to 2.0.0" in out
    set_version(demo_root, "2.0.0")
    assert main(["--root", str(demo_root), "check"]) == 0


def test_check_passes_non_breaking_edits_and_unreleased_apis(demo_root: Path) -> None:
    assert gate.status(demo_root, "demo", demo_root / "spec/demo.yaml").ok
    releases.create(demo_root, "demo", "1.0.0", date="2026-01-02")
    edit(demo_root, *NON_BREAKING_EDIT)
    result = gate.status(demo_root, "demo", demo_root / "spec/demo.yaml")
    assert result.ok and result.breaking == [] and len(result.changes) == 1


def test_check_flags_a_version_below_the_last_release_and_a_missing_entry(demo_root: Path) -> None:
    releases.create(demo_root, "demo", "1.0.0", date="2026-01-02")
    set_version(demo_root, "0.9.0")
    releases.changelog_path(demo_root, "demo").write_text("# demo\n", encoding="utf-8")
    problems = gate.status(demo_root, "demo", demo_root / "spec/demo.yaml").problems
    assert problems == [
        "release(s) 1.0.0 have no entry in spec/releases/demo/CHANGELOG.md",
        "info.version 0.9.0 is below the last release 1.0.0",
    ]


def test_diff_prints_changes_grouped(demo_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    releases.create(demo_root, "demo", "1.0.0", date="2026-01-02")
    edit(demo_root, "  /calls:\n", "  /calls-v2:\n")
    assert main(["--root", str(demo_root), "diff", "--api", "demo"]) == 0
    assert capsys.readouterr().out == (
        "demo: working spec 1.0.0 against release 1.0.0\n"
        "  Breaking (1):\n    - GET /calls: operation removed\n"
        "  Non-breaking (1):\n    - GET /calls-v2: operation added\n"
        "  PROBLEM: 1 breaking change(s) against release 1.0.0, but info.version 1.0.0 keeps major version 1:\n"
        "    - GET /calls: operation removed\n"
        "  Revert them, or bump info.version in demo.yaml to 2.0.0 (then `make release API=demo VERSION=2.0.0`).\n"
    )


def test_cli_reports_unknown_apis_and_refusals(demo_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(demo_root), "diff", "--api", "nope"]) == 1
    assert "unknown API 'nope'" in capsys.readouterr().err
    assert main(["--root", str(demo_root), "release", "--api", "demo", "--version", "2.0.0"]) == 1
    assert "set info.version to 2.0.0 first" in capsys.readouterr().err


def test_changelog_edits_survive_new_entries() -> None:
    text = changelog.add_entry("", "Demo", changelog.Entry("1.0.0", "2026-01-02", "Initial release.\n"))
    text = text.replace("Initial release.", "Initial release.\n\nHand-written note.")
    text = changelog.add_entry(text, "Demo", changelog.Entry("1.1.0", "2026-02-03", "### Non-breaking\n\n- x\n"))
    assert text.startswith("# Demo: release history\n")
    assert changelog.parse(text) == [
        changelog.Entry("1.1.0", "2026-02-03", "### Non-breaking\n\n- x\n"),
        changelog.Entry("1.0.0", "2026-01-02", "Initial release.\n\nHand-written note.\n"),
    ]


def test_release_refuses_a_malformed_date(demo_root: Path) -> None:
    with pytest.raises(ReleaseError, match="not a YYYY-MM-DD date"):
        releases.create(demo_root, "demo", "1.0.0", date="02/01/2026")
    assert not (demo_root / "spec/releases").exists()

"""The clients' Python API against their last release (griffe): a breaking change without a new
major client version fails here, in make test. The gate itself is tested on synthetic changes
to a copy of the generated client."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import specmodel
from generator import api_changes
from generator.__main__ import main
from generator.paths import ApiPaths

APIS = specmodel.names()


@pytest.mark.parametrize("api", APIS)
def test_no_breaking_change_without_a_major_version_bump(api: str) -> None:
    report = api_changes.report(ApiPaths(api))
    assert report.released is not None, f"{api}: no release recorded in overrides/{api}/releases/"
    assert report.problems == [], "\n".join(report.lines())


@pytest.fixture
def ev_copy(tmp_path: Path) -> Path:
    """A copy of the generated execvision-client to break."""
    paths = ApiPaths("execvision")
    shutil.copytree(paths.output(), tmp_path / paths.distribution_name)
    return tmp_path / paths.distribution_name


def _unchanged() -> api_changes.ApiReport:
    return api_changes.report(ApiPaths("execvision"))


def _edit(dist: Path, old: str, new: str) -> None:
    client = dist / "execvision_client" / "_client.py"
    text = client.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    client.write_text(text.replace(old, new), encoding="utf-8")


def test_a_removed_method_needs_a_major_version(ev_copy: Path) -> None:
    _edit(ev_copy, "def list_teams(", "def list_all_teams(")
    same_major = api_changes.report(ApiPaths("execvision"), ev_copy, version="4.9.0")
    assert any("list_teams" in change for change in same_major.breaking), same_major.breaking
    assert same_major.problems and all("need a new major version" in line for line in same_major.problems)
    assert "execvision_client.ExecVision.list_all_teams" in same_major.added
    assert "execvision_client.ExecVision.list_teams" in same_major.removed

    next_major = api_changes.report(ApiPaths("execvision"), ev_copy, version="5.0.0")
    assert next_major.breaking == same_major.breaking  # still printed ...
    assert next_major.problems == []  # ... but allowed


def test_a_parameter_made_required_is_breaking(ev_copy: Path) -> None:
    _edit(ev_copy, "limit: int = 100,", "limit: int,")
    report = api_changes.report(ApiPaths("execvision"), ev_copy, version="4.2.0")
    assert "execvision_client.ExecVision.list_calls(limit): Parameter is now required" in report.breaking
    assert report.problems


def test_an_added_method_is_not_breaking(ev_copy: Path) -> None:
    _edit(
        ev_copy,
        "    def list_users(",
        "    def list_admins(self) -> None:\n        pass\n\n    def list_users(",
    )
    report = api_changes.report(ApiPaths("execvision"), ev_copy, version="4.2.0")
    assert report.breaking == [] and report.problems == []
    assert set(report.added) - set(_unchanged().added) == {"execvision_client.ExecVision.list_admins"}


def test_private_changes_are_no_api_change(ev_copy: Path) -> None:
    _edit(ev_copy, "self._open(http_client", "self._open_pool(http_client")
    core = ev_copy / "execvision_client" / "_core" / "_facade.py"
    core.write_text(core.read_text(encoding="utf-8").replace("def _open(", "def _open_pool("), encoding="utf-8")
    report = api_changes.report(ApiPaths("execvision"), ev_copy, version="4.2.0")
    assert (report.breaking, report.added) == ([], _unchanged().added)


def test_the_snapshot_round_trips(ev_copy: Path) -> None:
    module = api_changes.load_package(ev_copy, "execvision_client")
    text = api_changes.snapshot(module)
    again = api_changes.compare(text, module, distribution="execvision-client", version="4.1.0", released="4.1.0")
    assert (again.breaking, again.added, again.removed) == ([], [], [])
    assert api_changes.snapshot(api_changes.load_snapshot(text)) == text


def test_the_cli_prints_the_changes_and_fails_on_a_problem(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], ev_copy: Path
) -> None:
    assert main(["api-changes"]) == 0
    assert "against the release" in capsys.readouterr().out
    _edit(ev_copy, "def list_teams(", "def list_all_teams(")
    real = api_changes.report
    monkeypatch.setattr(
        api_changes, "report", lambda paths: real(paths, ev_copy) if paths.api == "execvision" else real(paths)
    )
    assert main(["api-changes", "--api", "execvision"]) == 1
    captured = capsys.readouterr()
    assert "breaking:" in captured.out and "need a new major version" in captured.err


def test_a_released_version_is_not_recorded_again_with_another_api(
    ev_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = ApiPaths("execvision")
    overrides = tmp_path / "overrides"
    shutil.copytree(paths.overrides / api_changes.RELEASES, overrides / api_changes.RELEASES)
    monkeypatch.setattr(ApiPaths, "overrides", property(lambda self: overrides))
    first = api_changes.release(paths, ev_copy)  # this version, not yet released
    assert api_changes.release(paths, ev_copy) == first  # the same API again: a no-op
    _edit(ev_copy, "def list_teams(", "def list_all_teams(")
    with pytest.raises(api_changes.ReleaseError, match="bump the version"):
        api_changes.release(paths, ev_copy)

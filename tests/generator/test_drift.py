"""The drift check: any missing, extra (untracked) or changed file under generated/ counts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import pipeline
from generator.paths import ROOT, ApiPaths
from generator.pipeline import compare_trees


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_identical_trees_have_no_drift(tmp_path: Path) -> None:
    a = _tree(tmp_path / "a", {"pkg/x.py": "1", "pkg/y.py": "2"})
    b = _tree(tmp_path / "b", {"pkg/x.py": "1", "pkg/y.py": "2"})
    assert compare_trees(a, b) == []


def test_extra_missing_and_changed_files_count(tmp_path: Path) -> None:
    fresh = _tree(tmp_path / "fresh", {"pkg/x.py": "1", "pkg/gone.py": "2"})
    committed = _tree(tmp_path / "committed", {"pkg/x.py": "changed", "pkg/untracked.py": "3"})
    assert compare_trees(fresh, committed) == [
        "missing: pkg/gone.py",
        "extra (untracked or stale): pkg/untracked.py",
        "differs: pkg/x.py",
    ]


def test_caches_do_not_count(tmp_path: Path) -> None:
    fresh = _tree(tmp_path / "fresh", {"pkg/x.py": "1"})
    committed = _tree(tmp_path / "committed", {"pkg/x.py": "1", "pkg/__pycache__/x.cpython-311.pyc": "b"})
    assert compare_trees(fresh, committed) == []


def _repo_copy(tmp_path: Path) -> Path:
    """What `python -m generator check` reads, copied so that a test may edit it."""
    copy = tmp_path / "repo"
    for name in ("spec", "specmodel", "generator", "overrides", "generated", "requirements"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copyfile(ROOT / "LICENSE", copy / "LICENSE")  # shipped with every client
    return copy


@pytest.mark.slow
def test_editing_a_spec_without_regenerating_is_drift(tmp_path: Path) -> None:
    """The acceptance point: a description edit without `make generate` fails the check."""
    copy = _repo_copy(tmp_path)
    spec = copy / "spec" / "execvision.yaml"
    text = spec.read_text()
    plain = re.search(r"^( +description: )([A-Za-z][^:#\n]*)$", text, flags=re.MULTILINE)
    assert plain is not None
    spec.write_text(text.replace(plain.group(0), plain.group(1) + "Edited. " + plain.group(2), 1))
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", "--api", "execvision"],
        cwd=copy,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "has drifted" in result.stdout
    assert "Run `make generate`" in result.stdout
    assert "differs: execvision_client/_stamp.py" in result.stdout


def test_the_inputs_hash_covers_the_shared_home() -> None:
    shared = sorted((ROOT / "overrides" / "_shared").rglob("*.py"))
    assert shared
    for api in ("cresta", "execvision"):
        assert set(shared) <= set(pipeline.input_files(ApiPaths(api)))


def test_an_api_may_not_repeat_a_shared_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = _tree(tmp_path / "shared", {"_core/__init__.py": "", "_core/_send_async.py": ""})
    package = _tree(tmp_path / "package", {"__init__.py": "", "_core/_send_async.py": "# a copy"})
    monkeypatch.setattr(pipeline, "SHARED_DIR", shared)
    paths = ApiPaths("cresta")
    monkeypatch.setattr(ApiPaths, "package_overrides", property(lambda self: package))
    with pytest.raises(pipeline.OverridesError, match="_core/_send_async.py"):
        pipeline._hand_written(paths)
    (package / "_core" / "_send_async.py").unlink()
    assert sorted(str(rel) for rel in pipeline._hand_written(paths)) == [
        "__init__.py",
        "_core/__init__.py",
        "_core/_send_async.py",
    ]


@pytest.mark.slow
def test_editing_the_shared_core_without_regenerating_is_drift_in_every_client(tmp_path: Path) -> None:
    copy = _repo_copy(tmp_path)
    errors = copy / "overrides" / "_shared" / "_core" / "_errors.py"
    errors.write_text(errors.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check"], cwd=copy, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1, result.stdout + result.stderr
    for api in ("cresta", "execvision"):
        assert f"differs: {api}_client/_stamp.py" in result.stdout
        assert f"differs: {api}_client/_core/_errors.py" in result.stdout

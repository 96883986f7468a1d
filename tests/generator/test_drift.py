"""The drift check: any missing, extra (untracked) or changed file under generated/ counts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.paths import ROOT
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


@pytest.mark.slow
def test_editing_a_spec_without_regenerating_is_drift(tmp_path: Path) -> None:
    """The acceptance point: a description edit without `make generate` fails the check."""
    copy = tmp_path / "repo"
    for name in ("spec", "specmodel", "generator", "overrides", "generated", "requirements"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
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

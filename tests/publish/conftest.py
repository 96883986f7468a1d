"""Shared fixtures for the publisher tests: a throw-away repository built from fixtures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]


def repo_specs() -> list[Path]:
    """The real working specs (``spec/*.yaml``); empty while they are being written."""
    return sorted((REPO / "spec").glob("*.yaml"))


@pytest.fixture
def demo_root(tmp_path: Path) -> Path:
    """A repository root holding only ``spec/demo.yaml`` (no release yet)."""
    root = tmp_path / "repo"
    shutil.copytree(FIXTURES / "spec", root / "spec")
    return root


def tree(directory: Path) -> dict[str, bytes]:
    """Every file under *directory*, relative name -> bytes."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}

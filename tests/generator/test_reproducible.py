from __future__ import annotations

from pathlib import Path

import pytest

import specmodel
from generator.paths import ApiPaths
from generator.pipeline import build, compare_trees

APIS = specmodel.names()


@pytest.mark.slow
@pytest.mark.parametrize("api", APIS)
def test_two_generations_are_byte_identical(api: str, tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first = build(ApiPaths(api), tmp_path / "one")
    second = build(ApiPaths(api), tmp_path / "two")
    assert compare_trees(first, second) == []
    assert len(list(first.rglob("*.py"))) > 20

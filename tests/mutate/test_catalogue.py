"""The mutant catalogue: it covers both vendors and every category, and every mutant applies to
a copy of HEAD (its `old` text exactly once) and still imports."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

import specmodel
from mutate.catalogue import REQUIRED_CATEGORIES, CatalogueError, Patch, load
from mutate.tree import ROOT

CATALOGUE = load()
MUTANTS = {m.id: m for m in CATALOGUE.mutants}


def head_text(path: str) -> str:
    return subprocess.run(["git", "show", f"HEAD:{path}"], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def test_the_catalogue_covers_both_vendors_and_every_category() -> None:
    assert len(CATALOGUE.mutants) >= 24
    assert {m.vendor for m in CATALOGUE.mutants} == {api.name for api in specmodel.apis()}
    assert set(REQUIRED_CATEGORIES) <= {m.category for m in CATALOGUE.mutants}
    for vendor in CATALOGUE.apis:
        assert sum(m.vendor == vendor for m in CATALOGUE.mutants) >= 10


def test_the_issue_examples_are_in_the_catalogue() -> None:
    files = {m.patch.file for m in CATALOGUE.mutants}
    assert "mockserver/vendors/cresta/paging.py" in files
    threads = MUTANTS["cresta-comments-ignore-thread-filter"]
    assert threads.operations == ("listCoachingComments",) and "threads" in threads.patch.old
    assert MUTANTS["execvision-search-nested-field-500"].probe[0].query == {"metadata.a.b": "x"}
    assert MUTANTS["execvision-limit-above-maximum"].probe[0].query["limit"] == "1001"
    tenancy = MUTANTS["cresta-other-customer-reads"]
    assert tenancy.patch.file == "mockserver/vendors/cresta/accounts.py" and tenancy.probe[0].identity != "admin"


@pytest.mark.parametrize("mutant_id", sorted(MUTANTS))
def test_a_mutant_applies_to_head_and_still_imports(mutant_id: str, tmp_path: Path) -> None:
    patch = MUTANTS[mutant_id].patch
    mutated = patch.apply_to(head_text(patch.file))
    assert mutated != head_text(patch.file)
    path = tmp_path / Path(patch.file).name
    path.write_text(mutated, encoding="utf-8")
    name = "mutated_" + mutant_id.replace("-", "_")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]


def test_a_patch_whose_old_text_is_not_there_exactly_once_is_refused(tmp_path: Path) -> None:
    patch = Patch("mockserver/x.py", "a = 1\n", "a = 2\n")
    assert patch.apply_to("a = 1\nb = 2\n") == "a = 2\nb = 2\n"
    with pytest.raises(CatalogueError, match="0 times"):
        patch.apply_to("b = 2\n")
    with pytest.raises(CatalogueError, match="2 times"):
        patch.apply_to("a = 1\na = 1\n")
    with pytest.raises(CatalogueError, match="no such file"):
        patch.apply(tmp_path)


MINIMAL = """
apis:
  execvision:
    identities: {{admin: {{user: u, password: p}}}}
mutants:
  - id: m1
    vendor: execvision
    category: {category}
    description: d
    operations: [{operation}]
    patch: {{file: {file}, old: "a", new: "b"}}
    probe: [{{as: admin, method: get, path: /teams}}]
"""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"category": "typo"}, "unknown category"),
        ({"operation": "listGizmos"}, "operationIds of execvision"),
        ({"file": "spec/execvision.yaml"}, "Python file under mockserver"),
        ({"file": "mockserver/../fuzz/rules.py"}, "Python file under mockserver"),
    ],
)
def test_a_malformed_mutant_is_refused(change: dict[str, str], message: str, tmp_path: Path) -> None:
    fields = {"category": "crash", "operation": "listTeams", "file": "mockserver/engine/app.py", **change}
    path = tmp_path / "mutants.yaml"
    path.write_text(MINIMAL.format(**fields), encoding="utf-8")
    with pytest.raises(CatalogueError, match=message):
        load(path)


def test_a_valid_minimal_catalogue_loads(tmp_path: Path) -> None:
    path = tmp_path / "mutants.yaml"
    path.write_text(MINIMAL.format(category="crash", operation="listTeams", file="mockserver/engine/app.py"))
    catalogue = load(path)
    assert [m.id for m in catalogue.select([])] == ["m1"]
    assert catalogue.mutants[0].probe[0].method == "GET"
    with pytest.raises(CatalogueError, match="unknown mutant"):
        catalogue.select(["m2"])

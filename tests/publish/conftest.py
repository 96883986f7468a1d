"""Shared fixtures for the publisher tests: a throw-away repository built from fixtures."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest

import specmodel
from publisher import build, releases
from publisher.samples import EXTENSION
from publisher.specs import operations

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]


def repo_specs() -> list[Path]:
    """The real working specs (the registry's, ``spec/apis.yaml``)."""
    return sorted(api.spec_path for api in specmodel.apis())


def registry_for(root: Path, spec_file: Path) -> None:
    """Give a throw-away repository at *root* a registry naming the one spec *spec_file*."""
    text = (FIXTURES / "spec" / "apis.yaml").read_text(encoding="utf-8")
    (root / "spec" / "apis.yaml").write_text(
        text.replace("name: demo", f"name: {spec_file.stem}").replace("spec: demo.yaml", f"spec: {spec_file.name}"),
        encoding="utf-8",
    )


@pytest.fixture
def demo_root(tmp_path: Path) -> Path:
    """A repository root holding only ``spec/demo.yaml`` (no release yet)."""
    root = tmp_path / "repo"
    shutil.copytree(FIXTURES / "spec", root / "spec")
    return root


def tree(directory: Path) -> dict[str, bytes]:
    """Every file under *directory*, relative name -> bytes."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def _without(text: str, start: str, end: str) -> str:
    """*text* without the lines from *start* up to (not including) *end*."""
    first = text.index(start)
    return text[:first] + text[text.index(end, first) :]


def released_site(root: Path) -> Path:
    """A repository at *root* whose demo API has two releases and an unreleased change:
    1.0.0 (no ``POST /calls/{id}/notes``), 2.0.0 (adds it; ``limit`` maximum 1000 -> 500,
    breaking), working spec 2.1.0 (``limit`` maximum 500 -> 800, non-breaking)."""
    shutil.copytree(FIXTURES / "spec", root / "spec")
    spec_file = root / "spec" / "demo.yaml"
    whole = spec_file.read_text(encoding="utf-8")
    spec_file.write_text(_without(whole, "  /calls/{id}/notes:\n", "components:\n"), encoding="utf-8")
    releases.create(root, "demo", "1.0.0", date="2026-01-02")
    v2 = whole.replace("version: 1.0.0", "version: 2.0.0").replace("maximum: 1000", "maximum: 500")
    spec_file.write_text(v2, encoding="utf-8")
    releases.create(root, "demo", "2.0.0", date="2026-02-03")
    spec_file.write_text(v2.replace("version: 2.0.0", "version: 2.1.0").replace("maximum: 500", "maximum: 800"))
    return root


@pytest.fixture
def site_root(tmp_path: Path) -> Path:
    """``released_site`` in a fresh temp dir."""
    return released_site(tmp_path / "repo")


@pytest.fixture(scope="session")
def real_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real repository published once into a temp dir (read it, do not change it)."""
    out = tmp_path_factory.mktemp("real-dist")
    build.build(REPO, out)
    return out


def without_samples(doc: dict[str, Any]) -> dict[str, Any]:
    """A published spec minus the ``x-codeSamples`` the build adds (asserting every operation has
    them): what is left is the spec itself."""
    out = copy.deepcopy(doc)
    for method, path, operation in operations(out):
        assert EXTENSION in operation or path not in out.get("paths", {}), f"{method} {path} has no code samples"
        operation.pop(EXTENSION, None)
    return out


def latest_spec(dist: Path, api: str) -> Path:
    """The published latest spec of *api* in a built tree: ``<api>/latest/<api>.openapi.json``."""
    return dist / api / "latest" / f"{api}.openapi.json"


def latest_page(dist: Path, api: str) -> Path:
    """The latest reference page of *api*: ``<api>/latest/index.html``."""
    return dist / api / "latest" / "index.html"

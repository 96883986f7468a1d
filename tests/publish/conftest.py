"""Shared fixtures for the publisher tests: a throw-away repository built from fixtures."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest

import specmodel
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


def without_samples(doc: dict[str, Any]) -> dict[str, Any]:
    """A published spec minus the ``x-codeSamples`` the build adds (asserting every operation has
    them): what is left is the spec itself."""
    out = copy.deepcopy(doc)
    for method, path, operation in operations(out):
        assert EXTENSION in operation or path not in out.get("paths", {}), f"{method} {path} has no code samples"
        operation.pop(EXTENSION, None)
    return out


def latest_spec(dist: Path, api: str) -> Path:
    """The published latest spec of *api* in a built tree: ``<api>/latest/<api>.openapi.json``
    (the per-release layout), or ``<api>.openapi.json`` at the top (the layout before it)."""
    for candidate in (dist / api / "latest" / f"{api}.openapi.json", dist / f"{api}.openapi.json"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"no published spec of {api} in {dist}")


def latest_page(dist: Path, api: str) -> Path:
    """The latest reference page of *api*: ``<api>/latest/index.html``, or ``<api>.html`` before."""
    for candidate in (dist / api / "latest" / "index.html", dist / f"{api}.html"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"no reference page of {api} in {dist}")

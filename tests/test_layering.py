"""Layering rules (ARCHITECTURE.md), checked on the import statements of every module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.paths import ROOT

RULES = {
    # the spec model is the far left: it reads specs and the registry, and imports no product
    "specmodel": {"cresta_client", "execvision_client", "generator", "mockserver", "overrides", "publisher", "fuzz"},
    # package directory: top-level modules it must never import (products never import tests/)
    "mockserver": {"cresta_client", "execvision_client", "generator", "overrides", "publisher", "fuzz", "tests"},
    "generated/cresta-client/cresta_client": {"generator", "mockserver", "publisher", "execvision_client"},
    "generated/execvision-client/execvision_client": {"generator", "mockserver", "publisher", "cresta_client"},
    "overrides": {"generator", "mockserver", "publisher"},
    "publisher": {"cresta_client", "execvision_client", "mockserver"},
    "generator": {"cresta_client", "execvision_client", "mockserver"},
    # fuzz drives schemathesis against the spec: it may start the mock in-process, but it must
    # not lean on the clients (a client bug would then hide the server's).
    "fuzz": {"cresta_client", "execvision_client", "generator", "overrides", "publisher", "tests"},
    "benchmarks": {"overrides", "publisher", "tests"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", sorted(RULES))
def test_package_respects_its_layer(package: str) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"{package} has no modules"
    violations = [
        f"{path.relative_to(ROOT)} imports {name}" for path in files for name in sorted(_imports(path) & RULES[package])
    ]
    assert not violations, "\n".join(violations)

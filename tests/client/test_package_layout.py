"""How the hand-written code is laid out: one source of truth for the shared `_core`
(per-file symlinks), self-contained packages, small modules, clean public exports."""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

import cresta_client
import execvision_client
import pytest

ROOT = Path(__file__).resolve().parents[2]
OVERRIDES = ROOT / "overrides"
CORE = OVERRIDES / "cresta" / "package" / "_core"
CORE_LINKS = OVERRIDES / "execvision" / "package" / "_core"
ALLOWED_TOP_LEVEL = {"httpx", "attrs", "dateutil", "tzdata", "__future__"} | set(sys.stdlib_module_names)
EXTRA_ALLOWED = {"cresta": set(), "execvision": {"msgspec"}}  # execvision's fast decode of calls and transcripts
PACKAGES = {"cresta": cresta_client, "execvision": execvision_client}


def _modules() -> list[Path]:
    return sorted(p for api in PACKAGES for p in (OVERRIDES / api / "package").rglob("*.py"))


def test_shared_core_is_one_set_of_files_linked_into_execvision() -> None:
    sources = sorted(p.name for p in CORE.glob("*.py"))
    links = sorted(p.name for p in CORE_LINKS.glob("*.py"))
    assert sources and sources == links
    for name in links:
        link = CORE_LINKS / name
        assert link.is_symlink(), f"{link} must be a symlink to {CORE / name}, not a copy"
        assert not Path(os.readlink(link)).is_absolute()
        assert link.resolve() == (CORE / name).resolve()
        assert not (CORE / name).is_symlink()


@pytest.mark.parametrize("name", sorted(p.name for p in CORE.glob("*.py")))
def test_generated_packages_carry_identical_core_copies(name: str) -> None:
    copies = [Path(module.__file__).parent / "_core" / name for module in PACKAGES.values()]  # type: ignore[arg-type]
    assert copies[0].read_bytes() == copies[1].read_bytes()


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(OVERRIDES)))
def test_override_modules_stay_inside_their_package(path: Path) -> None:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            tops = [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            tops = [(node.module or "").split(".")[0]]
        else:
            continue
        allowed = ALLOWED_TOP_LEVEL | EXTRA_ALLOWED[path.relative_to(OVERRIDES).parts[0]]
        assert set(tops) <= allowed, f"{path.name} imports {tops}: import the package relatively"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(OVERRIDES)))
def test_override_modules_are_small(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) < 300


@pytest.mark.parametrize("api", sorted(PACKAGES))
def test_public_names_are_exported_and_generated_ones_kept(api: str) -> None:
    package = PACKAGES[api]
    assert {"Client", "AuthenticatedClient", "APIError", "RetryPolicy"} <= set(package.__all__)
    missing = [name for name in package.__all__ if not hasattr(package, name)]
    assert not missing
    errors = [getattr(package, n) for n in package.__all__ if n.endswith("Error") and n != "PaginationError"]
    assert all(issubclass(e, package.APIError) for e in errors)


def test_execvision_declares_tzdata() -> None:
    pyproject = (ROOT / "generated" / "execvision-client" / "pyproject.toml").read_text(encoding="utf-8")
    assert '"tzdata' in pyproject


@pytest.mark.parametrize("api", sorted(PACKAGES))
def test_extra_imports_are_declared_dependencies(api: str) -> None:
    pyproject = (ROOT / "generated" / f"{api}-client" / "pyproject.toml").read_text(encoding="utf-8")
    for name in EXTRA_ALLOWED[api]:
        assert f'"{name}>=' in pyproject
    assert "msgspec" in pyproject if api == "execvision" else "msgspec" not in pyproject

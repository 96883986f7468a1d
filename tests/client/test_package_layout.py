"""How the hand-written code is laid out: one home for the shared `_core` (overrides/_shared/,
copied into each package by the generator, no symlinks), self-contained packages, small
modules, clean public exports."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import cresta_client
import execvision_client
import pytest

ROOT = Path(__file__).resolve().parents[2]
OVERRIDES = ROOT / "overrides"
SHARED = OVERRIDES / "_shared"
ALLOWED_TOP_LEVEL = {"httpx", "attrs", "dateutil", "tzdata", "__future__"} | set(sys.stdlib_module_names)
# execvision: msgspec for the fast decode of calls and transcripts
EXTRA_ALLOWED = {"_shared": set(), "cresta": set(), "execvision": {"msgspec"}}
PACKAGES = {"cresta": cresta_client, "execvision": execvision_client}


def _modules() -> list[Path]:
    homes = [SHARED, *(OVERRIDES / api / "package" for api in PACKAGES)]
    return sorted(p for home in homes for p in home.rglob("*.py"))


def test_no_symlinks_under_overrides() -> None:
    """Tools, Windows and zip archives do not follow them: a shared module lives once, in _shared/."""
    links = [path for path in OVERRIDES.rglob("*") if path.is_symlink()]
    assert not links, f"symlinks under overrides/: {links}"


def test_shared_core_lives_only_in_the_shared_home() -> None:
    assert (SHARED / "_core" / "__init__.py").is_file()
    assert not [api for api in PACKAGES if (OVERRIDES / api / "package" / "_core").exists()]


def _core_files(package: object) -> dict[str, bytes]:
    core = Path(package.__file__).parent / "_core"  # type: ignore[attr-defined]
    return {path.name: path.read_bytes() for path in sorted(core.glob("*.py"))}


def test_generated_packages_carry_identical_core_copies() -> None:
    copies = [_core_files(module) for module in PACKAGES.values()]
    shared = {path.name: path.read_bytes() for path in (SHARED / "_core").glob("*.py")}
    assert copies[0] == copies[1]
    assert {name: copies[0][name] for name in shared} == shared  # copied as written
    derived = {name.removesuffix("_async.py") + ".py" for name in shared if name.endswith("_async.py")}
    assert set(copies[0]) == set(shared) | derived  # plus the blocking twins, and nothing else


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

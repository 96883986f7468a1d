"""The generation pipeline for one API (steps 1-7 of the spine issue)."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

import yaml

from generator import distribution, facades, spec, tools, unasync_step
from generator.config import load_config
from generator.paths import GENERATED_DIR, ROOT, SHARED_DIR, TEMPLATES_DIR, ApiPaths

GENERATOR_VERSION = "1.0.0"
STAMP_MODULE = "_stamp.py"
IGNORED_NAMES = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}


def _files(directory: Path) -> list[Path]:
    """Every file below directory, sorted, skipping caches."""
    if not directory.is_dir():
        return []
    return sorted(
        path
        for path in directory.rglob("*")
        if path.is_file()
        and not IGNORED_NAMES.intersection(path.relative_to(directory).parts)
        and path.suffix != ".pyc"
        and not any(part.endswith(".egg-info") for part in path.parts)
    )


def input_files(paths: ApiPaths) -> list[Path]:
    """Every file the output depends on (besides the pinned tools)."""
    recorded_releases = paths.overrides / "releases"  # the API snapshots of past releases: no input
    return [
        paths.spec,
        *(path for path in _files(paths.overrides) if not path.is_relative_to(recorded_releases)),
        *_files(SHARED_DIR),
        *_files(TEMPLATES_DIR),
        *_files(ROOT / "generator"),
        *_files(ROOT / "specmodel"),
        distribution.LICENSE,
    ]


def inputs_sha256(paths: ApiPaths) -> str:
    """A hash of everything the output depends on, used to skip needless regeneration."""
    digest = hashlib.sha256()
    for source in input_files(paths):
        digest.update(str(source.relative_to(ROOT) if source.is_relative_to(ROOT) else source.name).encode())
        digest.update(source.read_bytes())
    digest.update(repr(sorted(tools.pinned_versions().items())).encode())
    return digest.hexdigest()


def _stamp(paths: ApiPaths, versions: dict[str, str]) -> str:
    return (
        '"""Written by the generator: what this package was generated from. Do not edit."""\n\n'
        f'SPEC_SHA256 = "{spec.sha256(paths.spec)}"\n'
        f'INPUTS_SHA256 = "{inputs_sha256(paths)}"\n'
        f'GENERATOR_VERSION = "{GENERATOR_VERSION}"\n'
        f'OPENAPI_PYTHON_CLIENT_VERSION = "{versions["openapi-python-client"]}"\n'
        f'RUFF_VERSION = "{versions["ruff"]}"\n'
    )


def current_stamp(paths: ApiPaths, generated_dir: Path = GENERATED_DIR) -> str | None:
    stamp = paths.output(generated_dir) / paths.package_name / STAMP_MODULE
    return stamp.read_text(encoding="utf-8") if stamp.is_file() else None


def is_up_to_date(paths: ApiPaths, generated_dir: Path = GENERATED_DIR) -> bool:
    stamp = current_stamp(paths, generated_dir)
    return stamp is not None and f'INPUTS_SHA256 = "{inputs_sha256(paths)}"' in stamp


class OverridesError(ValueError):
    """An API's overrides would overwrite a module of the shared home."""


def _hand_written(paths: ApiPaths) -> dict[Path, Path]:
    """Package-relative path -> source: the shared home (overrides/_shared/) and the API's package/."""
    shared = {source.relative_to(SHARED_DIR): source for source in _files(SHARED_DIR)}
    own = {source.relative_to(paths.package_overrides): source for source in _files(paths.package_overrides)}
    clashes = sorted(str(rel) for rel in set(shared) & set(own))
    if clashes:
        raise OverridesError(f"{paths.package_overrides} repeats modules of {SHARED_DIR}: {', '.join(clashes)}")
    return {**shared, **own}


def _copy_overrides(paths: ApiPaths, dist: Path, spec_version: str, spec_title: str) -> None:
    """Step 4: the hand-written modules (shared ones first) and the distribution metadata."""
    package = dist / paths.package_name
    for home in (SHARED_DIR, paths.package_overrides):
        if home.is_dir():
            unasync_step.check_sources(home)
    for rel, source in sorted(_hand_written(paths).items()):
        target = package / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    unasync_step.derive_sync_modules(package)
    pyproject, version = distribution.pyproject(paths.overrides / "pyproject.toml", spec_version)
    (dist / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    (package / distribution.VERSION_MODULE).write_text(distribution.version_module(version), encoding="utf-8")
    (dist / "README.md").write_text(distribution.readme(paths, version, spec_title), encoding="utf-8")
    shutil.copyfile(distribution.LICENSE, dist / "LICENSE")


def build(paths: ApiPaths, workdir: Path) -> Path:
    """Steps 1-5 and 7 into workdir; returns the finished distribution directory."""
    doc = spec.check(paths.spec)
    versions = tools.verified_versions()
    config = workdir / "config.yaml"
    config.write_text(yaml.safe_dump(load_config(paths.config), sort_keys=True), encoding="utf-8")
    dist = workdir / paths.distribution_name
    package = dist / paths.package_name
    dist.mkdir()
    templates = TEMPLATES_DIR if TEMPLATES_DIR.is_dir() else None
    tools.openapi_python_client(paths.spec, config, package, templates)
    _copy_overrides(paths, dist, str(doc["info"]["version"]), str(doc["info"]["title"]))
    facades.emit(paths.api, paths.spec, paths.overrides, package)  # step 4c: the SDK surface
    (package / STAMP_MODULE).write_text(_stamp(paths, versions), encoding="utf-8")
    tools.ruff_format(dist)
    return dist


def generate(paths: ApiPaths, generated_dir: Path = GENERATED_DIR) -> Path:
    """The whole pipeline: build in a temporary directory, then replace the output wholesale."""
    with tempfile.TemporaryDirectory(prefix=f"gen-{paths.api}-") as tmp:
        dist = build(paths, Path(tmp))
        target = paths.output(generated_dir)
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(dist, target)
    return target


def compare_trees(expected: Path, actual: Path) -> list[str]:
    """Differences between two trees: missing, extra and changed files (caches ignored)."""
    want = {path.relative_to(expected): path for path in _files(expected)}
    have = {path.relative_to(actual): path for path in _files(actual)}
    problems = [f"missing: {rel}" for rel in sorted(set(want) - set(have))]
    problems += [f"extra (untracked or stale): {rel}" for rel in sorted(set(have) - set(want))]
    problems += [
        f"differs: {rel}" for rel in sorted(set(want) & set(have)) if want[rel].read_bytes() != have[rel].read_bytes()
    ]
    return problems


def drift(paths: ApiPaths, generated_dir: Path = GENERATED_DIR) -> list[str]:
    """Regenerate into a temporary directory and compare with the committed output."""
    with tempfile.TemporaryDirectory(prefix=f"check-{paths.api}-") as tmp:
        fresh = build(paths, Path(tmp))
        target = paths.output(generated_dir)
        return [f"{paths.distribution_name}/{line}" for line in compare_trees(fresh, target)]

"""The client's Python API against its last release, with griffe: the client-side twin of the
spec's breaking-change gate.

A release of a client is recorded as a snapshot of its public API,
`overrides/<api>/releases/<client version>.json` (`python -m generator release`): griffe's JSON
of every public object, aliases replaced by what they name (so `<package>.<Facade>`
is the class itself, with its inherited public methods), without docstrings or private objects.
`python -m generator generate` prints the changes since the last release; a breaking one
(griffe's `find_breaking_changes`: a removed object or parameter, a parameter made required or
moved, ...) is a problem unless the client's major version is above the release's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import griffe

from generator.paths import ApiPaths

__all__ = ["ApiReport", "ReleaseError", "load_package", "load_snapshot", "release", "report", "snapshot"]

RELEASES = "releases"
# what griffe does not compare (attribute values, decorators) or is no part of the API (docs, lines)
_DROPPED_KEYS = (
    "docstring",
    "endlineno",
    "filepath",
    "relative_filepath",
    "analysis",
    "imports",
    "runtime",
    "decorators",
    "value",
)


class _Encoder(griffe.JSONEncoder):
    """griffe's JSON, with expressions (annotations, defaults) as their source text."""

    def default(self, obj: Any) -> Any:
        if isinstance(obj, griffe.Expr):
            return str(obj)
        return super().default(obj)


def load_package(dist: Path, package: str) -> griffe.Module:
    """The package's API, read statically from its source (nothing is imported)."""
    module = griffe.load(package, search_paths=[str(dist)], resolve_aliases=False, store_source=False)
    if not isinstance(module, griffe.Module):  # pragma: no cover - a package name is a module
        raise TypeError(f"{package} is not a module")
    return module


def _target(member: griffe.Object | griffe.Alias) -> griffe.Object | None:
    if not isinstance(member, griffe.Alias):
        return member
    try:
        return member.final_target
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None  # names something outside the package (httpx, ...): not ours to check


def _public(obj: griffe.Object, chain: tuple[str, ...]) -> dict[str, Any]:
    data = {key: value for key, value in obj.as_dict(full=False).items() if key not in _DROPPED_KEYS}
    if "lineno" in data:
        data["lineno"] = 0  # the decoder wants one; the source lines are no part of the API
    members = obj.all_members if obj.is_class else obj.members
    data["members"] = {}
    for name, member in sorted(members.items()):
        if not member.is_public:
            continue
        target = _target(member)
        if target is None or target.path in chain:
            continue
        data["members"][name] = _public(target, (*chain, target.path)) | {"name": name, "public": True}
    if obj.is_class:
        data["bases"] = []  # inherited public members are listed above, as the class's own
    return data


def snapshot(module: griffe.Module) -> str:
    """The public API as JSON (what a release records)."""
    data = _public(module, (module.path,))
    return json.dumps(data, cls=_Encoder, full=False, sort_keys=True, indent=0) + "\n"


def load_snapshot(text: str) -> griffe.Module:
    module = json.loads(text, object_hook=griffe.json_decoder)
    if not isinstance(module, griffe.Module):
        raise ValueError("not a griffe module snapshot")
    return module


def _paths(data: dict[str, Any], prefix: str) -> Iterator[str]:
    for name, member in data.get("members", {}).items():
        yield f"{prefix}.{name}"
        yield from _paths(member, f"{prefix}.{name}")


def _major(version: str) -> int:
    return int(version.split(".", 1)[0])


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in path.stem.split(".") if part.isdigit())


def last_release(releases: Path) -> Path | None:
    """The snapshot of the highest released version, if any."""
    recorded = sorted(releases.glob("*.json"), key=_version_key)
    return recorded[-1] if recorded else None


@dataclass(frozen=True)
class ApiReport:
    """The changes of one client's API since its last release."""

    distribution: str
    version: str
    released: str | None
    breaking: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        if not self.breaking or self.released is None or _major(self.version) > _major(self.released):
            return []
        return [
            f"{self.distribution} {self.version}: breaking changes since the release {self.released} need a "
            f"new major version (the `version` in overrides/.../pyproject.toml): {change}"
            for change in self.breaking
        ]

    def lines(self) -> list[str]:
        if self.released is None:
            return [f"{self.distribution} {self.version}: no release recorded (python -m generator release)"]
        head = f"{self.distribution} {self.version} against the release {self.released}:"
        if not (self.breaking or self.added or self.removed):
            return [f"{head} no API changes"]
        lines = [f"{head} {len(self.breaking)} breaking, {len(self.added)} added"]
        lines += [f"  breaking: {change}" for change in self.breaking]
        lines += [f"  added: {path}" for path in self.added]
        return lines


def _explain(change: griffe.Breakage) -> str:
    """griffe's one-line explanation without its file location (a snapshot has no files)."""
    old = change._format_old_value(colors=False)  # griffe's own wording of the values
    new = change._format_new_value(colors=False)
    values = f"{old} -> {new}" if old and new else old or new
    where = f"{change._module_path}.{change._format_title(colors=False)}"  # a parameter's name included
    return f"{where}: {change.kind.value}" + (f": {values}" if values else "")


def compare(old_text: str, new: griffe.Module, *, distribution: str, version: str, released: str | None) -> ApiReport:
    new_text = snapshot(new)  # both sides as snapshots: expressions compare as text
    changes = griffe.find_breaking_changes(load_snapshot(old_text), load_snapshot(new_text))
    breaking = [_explain(change) for change in changes]
    old_paths = set(_paths(json.loads(old_text), new.path))
    new_paths = set(_paths(json.loads(new_text), new.path))
    return ApiReport(
        distribution,
        version,
        released,
        breaking=breaking,
        added=sorted(new_paths - old_paths),
        removed=sorted(old_paths - new_paths),
    )


def report(paths: ApiPaths, dist: Path | None = None, version: str | None = None) -> ApiReport:
    """The client in `dist` (default: generated/) at `version` (default: its own) against its last release."""
    dist = dist or paths.output()
    version = version or _package_version(dist, paths.package_name)
    recorded = last_release(paths.overrides / RELEASES)
    if recorded is None:
        return ApiReport(paths.distribution_name, version, None)
    new = load_package(dist, paths.package_name)
    text = recorded.read_text(encoding="utf-8")
    return compare(text, new, distribution=paths.distribution_name, version=version, released=recorded.stem)


def _package_version(dist: Path, package: str) -> str:
    module = load_package(dist, package)
    value = module["_version"]["__version__"].value
    return str(value).strip("'\"")


class ReleaseError(ValueError):
    """A release of this version is already recorded, with another API."""


def release(paths: ApiPaths, dist: Path | None = None) -> Path:
    """Record the generated client's public API as the release of its current version (once: a
    released version's API is not rewritten; bump the version instead)."""
    dist = dist or paths.output()
    version = _package_version(dist, paths.package_name)
    target = paths.overrides / RELEASES / f"{version}.json"
    text = snapshot(load_package(dist, paths.package_name))
    if target.is_file() and target.read_text(encoding="utf-8") != text:
        raise ReleaseError(
            f"{paths.distribution_name} {version} is released with another API ({target}): bump the version"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target

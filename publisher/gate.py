"""The release gate: compare each working spec with its last release.

``status()`` says what changed and what is wrong; ``check`` (and ``make test``) fail when
the working spec has breaking changes but its ``info.version`` does not bump the major
version of the last release.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from publisher import breaking, releases, versions
from publisher.changes import Change
from publisher.specs import Spec, load_spec, version_of


@dataclass
class Status:
    """How the working spec of one API stands against its last release."""

    api: str
    version: str
    last_release: str | None
    changes: list[Change] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        """The breaking changes."""
        return breaking.breaking_only(self.changes)

    @property
    def ok(self) -> bool:
        """Whether the gate passes."""
        return not self.problems


def status(
    root: Path, api: str, spec_path: Path, spec: Spec | None = None, view: Callable[[Spec], Spec] | None = None
) -> Status:
    """Compare the working spec (at *spec_path*, or *spec*) with the last release; with
    *view* (e.g. ``internal.public``), compare that view of both."""
    spec = load_spec(spec_path) if spec is None else spec
    if view is not None:
        spec = view(spec)
    version = version_of(spec)
    last = releases.latest(root, api)
    result = Status(api, version, last)
    valid = versions.is_version(version)
    if not valid:
        result.problems.append(f"info.version {version!r} is not MAJOR.MINOR.PATCH")
    recorded = {e.version for e in releases.entries(root, api)}
    missing = [v for v in releases.released_versions(root, api) if v not in recorded]
    if missing:
        result.problems.append(
            f"release(s) {', '.join(missing)} have no entry in {releases.changelog_path(root, api).relative_to(root)}"
        )
    if last is None:
        return result
    released = releases.load_release(root, api, last)
    result.changes = breaking.diff(released if view is None else view(released), spec)
    if valid and versions.parse(version) < versions.parse(last):
        result.problems.append(f"info.version {version} is below the last release {last}")
    if valid and result.breaking and versions.parse(version)[0] <= versions.parse(last)[0]:
        listing = "\n".join(f"    - {c}" for c in result.breaking)
        result.problems.append(
            f"{len(result.breaking)} breaking change(s) against release {last}, but "
            f"info.version {version} keeps major version {versions.parse(last)[0]}:\n"
            f"{listing}\n"
            f"  Revert them, or bump info.version in {spec_path.name} to "
            f"{versions.next_major(last)} (then `make release API={api} "
            f"VERSION={versions.next_major(last)}`)."
        )
    return result


def report(result: Status) -> str:
    """Human-readable diff, grouped breaking / non-breaking (what ``make diff`` prints)."""
    against = f"release {result.last_release}" if result.last_release else "no release yet"
    lines = [f"{result.api}: working spec {result.version} against {against}"]
    if result.last_release is not None:
        for kind, title in (("breaking", "Breaking"), ("non-breaking", "Non-breaking")):
            selected = [c for c in result.changes if c.kind == kind]
            lines.append(f"  {title} ({len(selected)}):")
            lines += [f"    - {c}" for c in selected] or ["    (none)"]
    lines += [f"  PROBLEM: {p}" for p in result.problems]
    return "\n".join(lines)

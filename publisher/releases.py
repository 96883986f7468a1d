"""Released versions: ``spec/releases/<api>/<version>.yaml`` (verbatim copies of the spec
at release time) and ``spec/releases/<api>/CHANGELOG.md`` (one entry per release)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openapi_spec_validator import validate

from publisher import breaking, changelog, internal, versions
from publisher.specs import SPEC_DIR, Spec, SpecError, find_api, load_spec, operations, parse_spec, version_of

RELEASES_DIR = f"{SPEC_DIR}/releases"


class ReleaseError(Exception):
    """A release was refused; the message says why and what to do."""


def release_dir(root: Path, api: str) -> Path:
    """``spec/releases/<api>/``."""
    return root / RELEASES_DIR / api


def changelog_path(root: Path, api: str) -> Path:
    """``spec/releases/<api>/CHANGELOG.md``."""
    return release_dir(root, api) / "CHANGELOG.md"


def released_versions(root: Path, api: str) -> list[str]:
    """The released versions of *api*, oldest first."""
    found = [p.stem for p in release_dir(root, api).glob("*.yaml") if versions.is_version(p.stem)]
    return sorted(found, key=versions.parse)


def latest(root: Path, api: str) -> str | None:
    """The newest released version of *api*, or None before the first release."""
    found = released_versions(root, api)
    return found[-1] if found else None


def load_release(root: Path, api: str, version: str) -> Spec:
    """The spec as released under *version*."""
    return load_spec(release_dir(root, api) / f"{version}.yaml")


def entries(root: Path, api: str) -> list[changelog.Entry]:
    """The changelog entries of *api* (newest first); empty before the first release."""
    path = changelog_path(root, api)
    return changelog.parse(path.read_text(encoding="utf-8")) if path.exists() else []


def validate_spec(spec: Spec, source: str) -> None:
    """Raise SpecError unless *spec* is a valid OpenAPI document."""
    try:
        validate(spec)
    except Exception as exc:  # the validator raises several unrelated exception types
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SpecError(f"{source}: not a valid OpenAPI document: {first}") from exc


def create(root: Path, api_name: str, version: str, date: str | None = None) -> Path:
    """Snapshot the working spec of *api_name* as *version* and add its changelog entry.

    Refuses when *version* is not MAJOR.MINOR.PATCH, differs from the spec's
    ``info.version``, already exists, is not above the last release, or does not bump the
    major version although the spec has breaking changes against the last release.
    """
    api = find_api(root, api_name)
    try:
        versions.parse(version)
    except versions.VersionError as exc:
        raise ReleaseError(str(exc)) from exc
    try:
        date = dt.date.fromisoformat(date).isoformat() if date else dt.date.today().isoformat()
    except ValueError as exc:
        raise ReleaseError(f"--date {date!r} is not a YYYY-MM-DD date") from exc
    text = api.path.read_text(encoding="utf-8")
    spec = parse_spec(text, str(api.path))
    validate_spec(spec, str(api.path))
    if version_of(spec) != version:
        raise ReleaseError(
            f"spec/{api.name}.yaml has info.version {version_of(spec)!r}, not {version!r}: "
            f"set info.version to {version} first, then release"
        )
    target = release_dir(root, api.name) / f"{version}.yaml"
    if target.exists():
        raise ReleaseError(
            f"{target.relative_to(root)} already exists: released versions "
            "are never overwritten; choose a higher version"
        )
    last = latest(root, api.name)
    changes = breaking.diff(load_release(root, api.name, last), spec) if last else []
    if last is not None:
        if versions.parse(version) <= versions.parse(last):
            raise ReleaseError(f"{version} is not above the last release {last}")
        broken = breaking.breaking_only(changes)
        if broken and versions.parse(version)[0] <= versions.parse(last)[0]:
            listing = "\n".join(f"  - {c}" for c in broken)
            raise ReleaseError(
                f"{len(broken)} breaking change(s) since {last} need a major version "
                f"({versions.next_major(last)}), not {version}:\n{listing}"
            )
    # the entry is published in the public changelog too: it lists the public view's changes
    public = internal.public(spec)
    public_changes = breaking.diff(internal.public(load_release(root, api.name, last)), public) if last else []
    body = changelog.entry_body(public_changes, last is None, len(operations(public)))
    entry = changelog.Entry(version, date, body)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(api.path.read_bytes())
    log = changelog_path(root, api.name)
    old_log = log.read_text(encoding="utf-8") if log.exists() else ""
    title = str((spec.get("info") or {}).get("title") or api.name)
    log.write_text(changelog.add_entry(old_log, title, entry), encoding="utf-8")
    return target

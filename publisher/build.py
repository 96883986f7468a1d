"""``build``: write the published tree (``dist/``) from the working specs and the releases.

The layout is ``site.py``'s: per API ``latest/`` (the working spec), one directory per
release in ``spec/releases/<api>/`` (built from that release file alone), ``changelog.html``;
``index.html`` at the top. The public build is at the top, the internal build (``x-internal``
operations kept) under ``internal/``.

Every output is a pure function of the files in the repository (specs, releases,
changelog entries, the pinned Swagger UI, ``assets/``): no clock, no environment, no
network. Files are only rewritten when their bytes change, and stale published files
(anywhere in the tree) are removed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from publisher import breaking, changelog, changelog_page, gate, internal, releases, samples, site
from publisher.html import reference_page
from publisher.normalise import normalise, to_json, to_yaml
from publisher.specs import Api, Spec, SpecError, discover, load_spec, operations

_OWNED_SUFFIXES = (".openapi.yaml", ".openapi.json", ".html")
_OWNED_NAMES = ("CHANGELOG.md",)  # the Markdown changelog of earlier builds
INTERNAL_DIR = "internal"  # the internal build: dist/internal/


@dataclass(frozen=True)
class _Source:
    """What one API publishes: its working spec and its releases (oldest first)."""

    api: Api
    spec: Spec
    releases: dict[str, Spec]
    entries: dict[str, changelog.Entry]
    hidden: frozenset[tuple[str, str]]  # what the working spec marks internal (internal.operation_keys)

    def view(self, internal_build: bool) -> Callable[[Spec], Spec]:
        """The build's view of any version: the whole spec, or its public view."""
        if internal_build:
            return lambda spec: spec
        return lambda spec: internal.public(spec, self.hidden)


def _title(spec: Spec, default: str) -> str:
    return str((spec.get("info") or {}).get("title") or default)


def _load(root: Path) -> list[_Source]:
    apis = discover(root)
    if not apis:
        raise SpecError(f"no specs found: {root / 'spec'}/*.yaml")
    sources = []
    for api in apis:
        if api.name == INTERNAL_DIR:
            raise SpecError(f"an API cannot be named {INTERNAL_DIR!r}: dist/{INTERNAL_DIR}/ is the internal build")
        spec = load_spec(api.path)
        releases.validate_spec(spec, str(api.path))
        spec = samples.annotate(spec, api.entry)  # the working spec only: releases stay as released
        released = {v: releases.load_release(root, api.name, v) for v in releases.released_versions(root, api.name)}
        entries = {e.version: e for e in releases.entries(root, api.name)}
        source = _Source(api, spec, released, entries, internal.operation_keys(spec))
        public = source.view(internal_build=False)
        for version, whole in [("working spec", spec), *released.items()]:
            view = public(whole)
            if view is not whole:
                releases.validate_spec(view, f"{api.name} {version} (public view)")
        sources.append(source)
    return sources


def _api_files(
    root: Path, source: _Source, internal_build: bool, whole: dict[str, str]
) -> tuple[dict[str, str], site.IndexRow]:
    """One API's pages, spec files and changelog, and its row in the index. *whole*: the
    internal build's files, whose spec files the public build reuses for a version that has
    no internal operation (the same bytes; YAML is the slow part of a build)."""
    api, view = source.api, source.view(internal_build)
    files: dict[str, str] = {}
    versions = list(source.releases)
    views = {version: view(spec) for version, spec in source.releases.items()}
    latest = view(source.spec)
    for version, spec in [(site.LATEST, latest), *views.items()]:
        norm = normalise(spec)
        unchanged = spec is (source.spec if version == site.LATEST else source.releases[version])
        for extension, dump in (("yaml", to_yaml), ("json", to_json)):
            name = site.spec_file(api.name, version, extension)
            files[name] = whole[name] if unchanged and name in whole else dump(norm)
        nav = site.switcher(api.name, _title(spec, api.name), version, versions)
        files[site.reference(api.name, version)] = reference_page(norm, api.name, internal=internal_build, nav=nav)

    status = gate.status(root, api.name, api.path, source.spec, view=None if internal_build else view)
    if internal_build:  # the gate judges the whole spec
        for problem in status.problems:
            print(f"publish: warning: {api.name}: {problem}", file=sys.stderr)
    notes = []
    for i, version in enumerate(versions):
        entry = source.entries.get(version)
        changes = breaking.diff(views[versions[i - 1]], views[version]) if i else None
        prose = changelog.prose(entry.body) if entry else ""
        notes.append(
            changelog_page.Release(
                version, entry.date if entry else None, prose, changes, len(operations(views[version]))
            )
        )
    title = _title(source.spec, api.name)
    unreleased = changelog_page.Unreleased(status.version, status.last_release, status.changes)
    files[site.changelog(api.name)] = changelog_page.page(title, unreleased, notes[::-1], internal=internal_build)
    row = site.IndexRow(
        api.name,
        title,
        status.version,
        versions,
        len(operations(latest)),
        len(status.breaking),
        len(status.changes) - len(status.breaking),
    )
    return files, row


def _tree(root: Path, sources: list[_Source], internal_build: bool, whole: dict[str, str]) -> dict[str, str]:
    """One build (public or internal; *whole*: the internal build's files, or empty)."""
    files: dict[str, str] = {}
    rows = []
    for source in sources:
        api_files, row = _api_files(root, source, internal_build, whole)
        files.update(api_files)
        rows.append(row)
    files["index.html"] = site.index_page(rows, internal=internal_build)
    return files


def render(root: Path) -> dict[str, bytes]:
    """The published files (relative name -> bytes) for the repository at *root*: the public
    build at the top, the internal build (``x-internal`` operations included) under ``internal/``."""
    sources = _load(root)
    whole = _tree(root, sources, internal_build=True, whole={})
    files = {f"{INTERNAL_DIR}/{name}": text for name, text in whole.items()}
    files.update(_tree(root, sources, internal_build=False, whole=whole))
    return {name: text.encode("utf-8") for name, text in sorted(files.items())}


def _owned(path: Path) -> bool:
    return path.name.endswith(_OWNED_SUFFIXES) or path.name in _OWNED_NAMES


def write(out: Path, files: dict[str, bytes]) -> tuple[int, int]:
    """Write *files* (relative names) into *out*; return (files changed, stale files
    removed). A stale file is a published kind of file (spec, page, old changelog) that
    *files* does not name, anywhere under *out*; a directory it leaves empty goes too.
    Anything else (``dist/python/`` wheels, notes) is left alone."""
    changed = removed = 0
    for directory in sorted({out} | {(out / name).parent for name in files}):
        directory.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        target = out / name
        if not target.exists() or target.read_bytes() != data:
            tmp = target.with_name(f".{target.name}.tmp")
            tmp.write_bytes(data)
            tmp.replace(target)
            changed += 1
    emptied: set[Path] = set()
    for stale in sorted(out.rglob("*")):
        if stale.is_file() and _owned(stale) and stale.relative_to(out).as_posix() not in files:
            stale.unlink()
            emptied.add(stale.parent)
            removed += 1
    for directory in sorted(emptied, key=lambda d: len(d.parts), reverse=True):
        while directory != out and directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()
            directory = directory.parent
    return changed, removed


def build(root: Path, out: Path) -> tuple[int, int, int]:
    """Render and write; return (files, changed, removed)."""
    files = render(root)
    changed, removed = write(out, files)
    return len(files), changed, removed

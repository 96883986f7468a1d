"""``build``: write the published tree (``dist/``) from the working specs.

Every output is a pure function of the files in the repository (specs, releases,
changelog entries, the pinned Swagger UI): no clock, no environment, no network. Files
are only rewritten when their bytes change, and stale per-API files are removed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from publisher import changelog, gate, internal, releases, samples
from publisher.html import IndexRow, index_page, reference_page
from publisher.normalise import normalise, to_json, to_yaml
from publisher.specs import Api, Spec, SpecError, discover, load_spec, operations

_OWNED_SUFFIXES = (".openapi.yaml", ".openapi.json", ".html")
INTERNAL_DIR = "internal"  # the internal build: dist/internal/


def _tree(root: Path, apis: list[tuple[Api, Spec, Spec]], internal_build: bool) -> dict[str, str]:
    """One build (public or internal): per-API spec files and page, index, changelog."""
    files: dict[str, str] = {}
    rows: list[IndexRow] = []
    histories: list[changelog.History] = []
    for api, spec, view in apis:
        norm = normalise(view)
        files[f"{api.name}.openapi.yaml"] = to_yaml(norm)
        files[f"{api.name}.openapi.json"] = to_json(norm)
        files[f"{api.name}.html"] = reference_page(norm, api.name, internal=internal_build)
        status = gate.status(root, api.name, api.path, spec, view=None if internal_build else internal.public)
        if internal_build:  # the gate judges the whole spec
            for problem in status.problems:
                print(f"publish: warning: {api.name}: {problem}", file=sys.stderr)
        title = str((spec.get("info") or {}).get("title") or api.name)
        rows.append(
            IndexRow(
                api.name,
                title,
                status.version,
                status.last_release,
                len(operations(view)),
                len(status.breaking),
                len(status.changes) - len(status.breaking),
            )
        )
        histories.append(
            changelog.History(
                api.name, title, status.version, status.last_release, status.changes, releases.entries(root, api.name)
            )
        )
    files["index.html"] = index_page(rows, internal=internal_build)
    files["CHANGELOG.md"] = changelog.render(histories)
    return files


def render(root: Path) -> dict[str, bytes]:
    """The published files (name -> bytes) for the repository at *root*: the public build at
    the top, the internal build (``x-internal`` operations included) under ``internal/``."""
    apis = discover(root)
    if not apis:
        raise SpecError(f"no specs found: {root / 'spec'}/*.yaml")
    specs: list[tuple[Api, Spec]] = []
    for api in apis:
        spec = load_spec(api.path)
        releases.validate_spec(spec, str(api.path))
        specs.append((api, samples.annotate(spec, api.entry)))
    public = [(api, spec, internal.public(spec)) for api, spec in specs]
    for api, spec, view in public:
        if view is not spec:
            releases.validate_spec(view, f"{api.path} (public view)")
    files = _tree(root, [(api, spec, spec) for api, spec in specs], internal_build=True)
    files = {f"{INTERNAL_DIR}/{name}": text for name, text in files.items()}
    files.update(_tree(root, public, internal_build=False))
    return {name: text.encode("utf-8") for name, text in sorted(files.items())}


def write(out: Path, files: dict[str, bytes]) -> tuple[int, int]:
    """Write *files* (names may have one directory part) into *out*; return (files changed,
    stale files removed)."""
    changed = removed = 0
    directories = {out} | {(out / name).parent for name in files}
    for directory in sorted(directories):
        directory.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        target = out / name
        if not target.exists() or target.read_bytes() != data:
            tmp = target.with_name(f".{target.name}.tmp")
            tmp.write_bytes(data)
            tmp.replace(target)
            changed += 1
    for directory in sorted(directories):
        for stale in sorted(directory.iterdir()):
            name = str(stale.relative_to(out))
            if stale.is_file() and name not in files and stale.name.endswith(_OWNED_SUFFIXES):
                stale.unlink()
                removed += 1
    return changed, removed


def build(root: Path, out: Path) -> tuple[int, int, int]:
    """Render and write; return (files, changed, removed)."""
    files = render(root)
    changed, removed = write(out, files)
    return len(files), changed, removed

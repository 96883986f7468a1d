"""``build``: write the published tree (``dist/``) from the working specs.

Every output is a pure function of the files in the repository (specs, releases,
changelog entries, the pinned Swagger UI): no clock, no environment, no network. Files
are only rewritten when their bytes change, and stale per-API files are removed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from publisher import changelog, gate, releases
from publisher.html import IndexRow, index_page, reference_page
from publisher.normalise import normalise, to_json, to_yaml
from publisher.specs import SpecError, discover, load_spec, operations

_OWNED_SUFFIXES = (".openapi.yaml", ".openapi.json", ".html")


def render(root: Path) -> dict[str, bytes]:
    """The published files (name -> bytes) for the repository at *root*."""
    apis = discover(root)
    if not apis:
        raise SpecError(f"no specs found: {root / 'spec'}/*.yaml")
    files: dict[str, str] = {}
    rows: list[IndexRow] = []
    histories: list[changelog.History] = []
    for api in apis:
        spec = load_spec(api.path)
        releases.validate_spec(spec, str(api.path))
        norm = normalise(spec)
        files[f"{api.name}.openapi.yaml"] = to_yaml(norm)
        files[f"{api.name}.openapi.json"] = to_json(norm)
        files[f"{api.name}.html"] = reference_page(norm, api.name)
        status = gate.status(root, api.name, api.path, spec)
        for problem in status.problems:
            print(f"publish: warning: {api.name}: {problem}", file=sys.stderr)
        title = str((spec.get("info") or {}).get("title") or api.name)
        rows.append(
            IndexRow(
                api.name,
                title,
                status.version,
                status.last_release,
                len(operations(spec)),
                len(status.breaking),
                len(status.changes) - len(status.breaking),
            )
        )
        histories.append(
            changelog.History(
                api.name, title, status.version, status.last_release, status.changes, releases.entries(root, api.name)
            )
        )
    files["index.html"] = index_page(rows)
    files["CHANGELOG.md"] = changelog.render(histories)
    return {name: text.encode("utf-8") for name, text in sorted(files.items())}


def write(out: Path, files: dict[str, bytes]) -> tuple[int, int]:
    """Write *files* into *out*; return (files changed, stale files removed)."""
    out.mkdir(parents=True, exist_ok=True)
    changed = removed = 0
    for name, data in files.items():
        target = out / name
        if not target.exists() or target.read_bytes() != data:
            tmp = target.with_name(f".{name}.tmp")
            tmp.write_bytes(data)
            tmp.replace(target)
            changed += 1
    for stale in sorted(out.iterdir()):
        if stale.is_file() and stale.name not in files and stale.name.endswith(_OWNED_SUFFIXES):
            stale.unlink()
            removed += 1
    return changed, removed


def build(root: Path, out: Path) -> tuple[int, int, int]:
    """Render and write; return (files, changed, removed)."""
    files = render(root)
    changed, removed = write(out, files)
    return len(files), changed, removed

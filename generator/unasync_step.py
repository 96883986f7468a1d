"""Step 4b: derive the blocking facade modules from their asyncio twins, with unasync.

Every `<name>_async.py` of an overrides package is written once by hand; the generator writes
`<name>.py` from it with unasync (the tool httpcore uses): `async`/`await` dropped,
`AsyncIterator` → `Iterator`, `AsyncX` → `SyncX`, plus the project's own names below. A
hand-written `<name>.py` beside its `_async` twin is an error, so the two cannot drift.
Docstrings are kept as they are: write them for both clients.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import unasync

ASYNC_SUFFIX = "_async.py"
REPLACEMENTS = {
    "iterate_async": "iterate",
    "AsyncCresta": "Cresta",
    "AsyncExecVision": "ExecVision",
}


class UnasyncError(ValueError):
    """An overrides package has both a module and the `_async` twin it would be derived from."""


def derived_name(source: Path) -> str:
    return source.name.removesuffix(ASYNC_SUFFIX) + ".py"


def check_sources(package_overrides: Path) -> None:
    for source in sorted(package_overrides.rglob("*" + ASYNC_SUFFIX)):
        twin = source.with_name(derived_name(source))
        if twin.exists():
            raise UnasyncError(f"{twin} is written by the generator from {source.name}; delete the hand-written copy")


def derive_sync_modules(package: Path) -> list[Path]:
    """Write `<name>.py` beside every `<name>_async.py` below package; returns the written files."""
    sources = sorted(package.rglob("*" + ASYNC_SUFFIX))
    written = []
    with tempfile.TemporaryDirectory(prefix="unasync-") as scratch:
        from_dir, to_dir = Path(scratch, "async"), Path(scratch, "sync")
        rule = unasync.Rule(fromdir=str(from_dir) + "/", todir=str(to_dir) + "/", additional_replacements=REPLACEMENTS)
        for source in sources:
            staged = from_dir / source.relative_to(package).with_name(derived_name(source))
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_bytes(source.read_bytes())
            unasync.unasync_files([str(staged)], rules=[rule])
            target = source.with_name(derived_name(source))
            target.write_bytes((to_dir / staged.relative_to(from_dir)).read_bytes())
            written.append(target)
    return written

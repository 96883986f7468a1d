"""Changelog entries: ``spec/releases/<api>/CHANGELOG.md``, one per release.

It holds one entry per release, newest first, under a ``## [<version>] - <YYYY-MM-DD>``
heading (Keep a Changelog style). ``make release`` writes the entry, with the date of the
release; the text under a heading may be edited. The published changelog
(``changelog_page.py``) takes the dates and the prose from these entries, so it never
depends on the clock at build time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from publisher.changes import Change

_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2})[ \t]*$")
_INTRO = (
    "Written by `make release`, newest first. Keep the `## [version] - date` headings;\n"
    "the text under them may be edited.\n"
)


@dataclass(frozen=True)
class Entry:
    """One release entry: version, date (YYYY-MM-DD) and the Markdown body under it."""

    version: str
    date: str
    body: str


def parse(text: str) -> list[Entry]:
    """The entries of a per-API changelog, in file order (newest first)."""
    entries: list[Entry] = []
    current: tuple[str, str] | None = None
    body: list[str] = []

    def close() -> None:
        if current is not None:
            entries.append(Entry(current[0], current[1], "\n".join(body).strip() + "\n"))

    for line in text.splitlines():
        if line.startswith("## "):
            close()
            match = _HEADING.match(line)
            current, body = ((match["version"], match["date"]) if match else None), []
        elif current is not None:
            body.append(line)
    close()
    return entries


def change_lines(changes: Sequence[Change]) -> list[str]:
    """Markdown bullets, one per change."""
    return [f"- `{c.location}`: {c.message}" for c in changes]


def grouped(changes: Sequence[Change], level: str = "###") -> str:
    """Changes as Markdown grouped under Breaking / Non-breaking headings."""
    parts: list[str] = []
    for kind, title in (("breaking", "Breaking"), ("non-breaking", "Non-breaking")):
        selected = [c for c in changes if c.kind == kind]
        if selected:
            parts.append(f"{level} {title}\n\n" + "\n".join(change_lines(selected)) + "\n")
    return "\n".join(parts)


def entry_body(changes: Sequence[Change], first: bool, operation_count: int) -> str:
    """The body of a new release entry."""
    if first:
        return f"Initial release: {operation_count} operations.\n"
    if not changes:
        return "No interface changes (documentation and examples only).\n"
    return grouped(changes)


def add_entry(text: str, title: str, entry: Entry) -> str:
    """*text* (a per-API changelog, possibly empty) with *entry* inserted as the newest."""
    block = f"## [{entry.version}] - {entry.date}\n\n{entry.body.rstrip()}\n"
    if not text.strip():
        return f"# {title}: release history\n\n{_INTRO}\n{block}"
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if _HEADING.match(line.rstrip("\n")):
            return "".join(lines[:i]) + block + "\n" + "".join(lines[i:])
    return text.rstrip("\n") + "\n\n" + block


def prose(body: str) -> str:
    """The hand-written part of an entry: its text before the first ``###`` heading (the
    change lists under the headings are recomputed from the release files when published)."""
    match = re.search(r"^### ", body, flags=re.MULTILINE)
    return (body[: match.start()] if match else body).strip()

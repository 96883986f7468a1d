"""The assumptions table: every `x-assumed` mark of the specs, as Markdown.

`python -m generator assumptions` prints it; the README carries it, apart from the table of
documented facts, and a test keeps the two in step. The marks themselves are read by
`specmodel.strictness`, which also gives the docs-only view they define.
"""

from __future__ import annotations

import specmodel
from generator.discrepancies import label


def _path(pointer: str) -> tuple[str, ...]:
    parts = pointer.removeprefix("#").split("/")[1:]
    return tuple(p.replace("~1", "/").replace("~0", "~") for p in parts)


def rows() -> list[tuple[str, str, str, str]]:
    """(API, where, which part: a keyword, a rule, or "" for the node, what and why)."""
    found = []
    for api in specmodel.apis():
        for mark in specmodel.assumptions(api.doc):
            where = label(api.doc, _path(mark.where))
            found.append((api.name, where, mark.part or "", " ".join(mark.text.split())))
    return found


def markdown() -> str:
    lines = ["| API | Where | What | Our assumption, and why |", "|---|---|---|---|"]
    for api, where, part, text in rows():
        escaped = text.replace("|", "\\|")
        lines.append(f"| {api} | `{where}` | {f'`{part}`' if part else 'the whole rule'} | {escaped} |")
    return "\n".join(lines)

"""The table (stdout and README.md between the bench markers) and reports/bench.json."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.machine import Machine
from benchmarks.results import PartResult, Row

START, END = "<!-- bench:start -->", "<!-- bench:end -->"
HEADER = ("benchmark", "machine", "command", "median", "min", "max", "ratio / goal", "verdict")


class MarkerError(ValueError):
    """README.md lacks the bench markers (or has them out of order)."""


def cell(text: str, *, code: bool = False) -> str:
    """Text made safe for one Markdown table cell."""
    text = " ".join(text.split()).replace("|", "\\|")
    if code and text:
        return "`" + text.replace("`", "'") + "`"
    return text


def render_table(rows: Sequence[Row], machine: Machine) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for row in rows:
        cells = [
            cell(row.benchmark),
            cell(machine.short),
            cell(row.command, code=True),
            cell(row.median),
            cell(row.min),
            cell(row.max),
            cell(row.ratio),
            cell(row.verdict),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def render_section(parts: Sequence[PartResult], machine: Machine, meta: dict[str, Any]) -> str:
    """Everything that goes between the markers: a preamble, the table, the notes."""
    rows = [row for part in parts for row in part.rows]
    preamble = (
        f"Last run {meta['finished']} with `{meta['command']}` ({meta['runs']} alternating runs per measurement, "
        f"{meta['seconds']:.0f} s in all). Machine: {machine.short}, Python {machine.python}; load average "
        f"{meta['load_before']:.2f} before and {meta['load_after']:.2f} after the run. The cores are shared "
        "with the load generator and whatever else runs, so compare rows only within one run. "
        "Raw numbers: `reports/bench.json`."
    )
    notes = [note for part in parts for note in part.notes]
    out = [preamble, "", render_table(rows, machine)]
    if notes:
        out += ["", "Notes:", ""] + [f"- {' '.join(note.split())}" for note in notes]
    return "\n".join(out)


def replace_section(text: str, section: str) -> str:
    """`text` with everything between the markers replaced by `section`; the rest untouched."""
    start = text.find(START)
    end = text.find(END, start + len(START)) if start >= 0 else -1
    if start < 0 or end < 0:
        raise MarkerError(f"README.md needs the markers {START} and {END}, in that order")
    return text[: start + len(START)] + "\n" + section.strip("\n") + "\n" + text[end:]


def write_readme(path: Path, section: str) -> None:
    """Read-modify-write in one go, so concurrent edits outside the markers survive."""
    original = path.read_text(encoding="utf-8")
    updated = replace_section(original, section)
    if updated != original:
        path.write_text(updated, encoding="utf-8")


def write_json(path: Path, parts: Sequence[PartResult], machine: Machine, meta: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"meta": meta, "machine": machine.to_json(), "parts": [part.to_json() for part in parts]}
    path.write_text(json.dumps(data, indent=2, sort_keys=False) + "\n", encoding="utf-8")

"""The results of a mutation run: the table (stdout and README.md between the mutate markers),
the two scores, and reports/mutate.json."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mutate.catalogue import Mutant
from mutate.suites import ERROR, NOT_APPLICABLE, Outcome

BEGIN, END = "<!-- mutate:begin -->", "<!-- mutate:end -->"
_SECTION = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)


class MarkerError(ValueError):
    """README.md lacks the mutate markers."""


@dataclass
class Result:
    mutant: Mutant
    in_process: Outcome
    live: Outcome
    probe_differs: bool | None = None  # None: not probed (the mock did not start)
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        m = self.mutant
        return {
            "id": m.id,
            "vendor": m.vendor,
            "category": m.category,
            "description": m.description,
            "operations": list(m.operations),
            "patch": m.patch.file,
            "in_process": self.in_process.to_json(),
            "live_read_only": self.live.to_json(),
            "probe_differs": self.probe_differs,
            "seconds": round(self.seconds, 1),
            "notes": self.notes,
        }


@dataclass(frozen=True)
class Score:
    caught: int
    total: int

    @property
    def ratio(self) -> float:
        return self.caught / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.caught}/{self.total} ({self.ratio:.0%})"


def scores(results: Sequence[Result]) -> tuple[Score, Score]:
    """(in-process, live read-only), each over every mutant: a mutant the read-only run cannot
    reach (it touches only writes) counts as missed live."""
    total = len(results)
    return (
        Score(sum(r.in_process.caught for r in results), total),
        Score(sum(r.live.caught for r in results), total),
    )


def verdict(outcome: Outcome) -> str:
    if outcome.caught:
        return ", ".join(outcome.checks)
    if outcome.status == NOT_APPLICABLE:
        return "n.a. (writes only)"
    if outcome.status == ERROR:
        return "error"
    return "**missed**"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def table(results: Sequence[Result]) -> str:
    lines = [
        "| mutant | vendor | category | in-process: caught by | live read-only: caught by |",
        "|---|---|---|---|---|",
    ]
    for r in results:
        m = r.mutant
        name = f"`{m.id}`: {m.description}"
        lines.append(
            f"| {_cell(name)} | {m.vendor} | {m.category} | {_cell(verdict(r.in_process))} | {_cell(verdict(r.live))} |"
        )
    return "\n".join(lines)


def section(results: Sequence[Result], meta: dict[str, Any]) -> str:
    in_process, live = scores(results)
    applicable = sum(r.live.status != NOT_APPLICABLE for r in results)
    unverified = [r.mutant.id for r in results if r.probe_differs is not True]
    out = [
        f"Last run: {meta['date']}, {len(results)} mutants, {meta['jobs']} in parallel, "
        f"{meta['seconds'] / 60:.1f} min on {meta['cpus']} cores (`FUZZ_PROFILE={meta['profile']}`, "
        f"live `--max-examples {meta['max_examples']}`).",
        "",
        f"**In-process: {in_process} caught. Live read-only: {live} caught** "
        f"({live.caught} of the {applicable} it can reach; the other {len(results) - applicable} touch only "
        "write operations, which a read-only run leaves out).",
        "",
        table(results),
    ]
    if unverified:
        out += ["", f"Probe showed no difference (check these mutants): {', '.join(unverified)}."]
    return "\n".join(out)


def replace_section(text: str, body: str) -> str:
    if not _SECTION.search(text):
        raise MarkerError(f"README.md needs the markers {BEGIN} and {END}, in that order")
    return _SECTION.sub(lambda _: f"{BEGIN}\n{body.strip()}\n{END}", text, count=1)


def write_readme(path: Path, body: str) -> None:
    original = path.read_text(encoding="utf-8")
    updated = replace_section(original, body)
    if updated != original:
        path.write_text(updated, encoding="utf-8")


def write_json(path: Path, results: Sequence[Result], meta: dict[str, Any]) -> None:
    in_process, live = scores(results)
    data = {
        **meta,
        "scores": {
            "in_process": {"caught": in_process.caught, "total": in_process.total},
            "live_read_only": {"caught": live.caught, "total": live.total},
        },
        "mutants": [r.to_json() for r in results],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")

"""What a benchmark produces: samples of runs, summarised as median / min / max, and table rows."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

MET, NOT_MET, INFO, INVALID, ERROR = "met", "NOT met", "info", "invalid", "error"


@dataclass(frozen=True)
class Stat:
    """Median, min and max of one metric over the runs (the raw values are kept too)."""

    median: float
    min: float
    max: float
    values: tuple[float, ...]

    @classmethod
    def of(cls, values: Sequence[float]) -> Stat:
        if not values:
            raise ValueError("no values")
        return cls(statistics.median(values), min(values), max(values), tuple(values))


@dataclass
class Row:
    """One line of the table. `cells` are the already formatted median / min / max."""

    part: str  # "a" ... "e"
    benchmark: str
    command: str
    median: str
    min: str
    max: str
    ratio: str = ""
    verdict: str = INFO
    data: dict[str, Any] = field(default_factory=dict)  # raw numbers for reports/bench.json

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PartResult:
    """A part's rows plus free-text notes (profiles, caveats) printed under the table."""

    part: str
    title: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "part": self.part,
            "title": self.title,
            "seconds": round(self.seconds, 2),
            "rows": [row.to_json() for row in self.rows],
            "notes": self.notes,
        }


def error_part(part: str, title: str, message: str) -> PartResult:
    """A part that could not run: one row that says why."""
    row = Row(part, f"{part}) {title}", "", "", "", "", "", f"{ERROR}: {message}")
    return PartResult(part, title, [row], [f"{part}) could not run: {message}"])


def fmt_num(value: float, unit: str = "", digits: int = 0) -> str:
    """1234.5 -> '1,234' (digits=0) or '1,234.5' (digits=1), with an optional unit."""
    text = f"{value:,.{digits}f}"
    return f"{text} {unit}".strip()


def fmt_ms(seconds: float) -> str:
    ms = seconds * 1000.0
    return f"{ms:,.0f} ms" if ms >= 100 else f"{ms:.2f} ms" if ms < 10 else f"{ms:.1f} ms"


def ratio_verdict(value: float, goal: float, *, at_least: bool) -> str:
    ok = value >= goal if at_least else value <= goal
    return MET if ok else NOT_MET

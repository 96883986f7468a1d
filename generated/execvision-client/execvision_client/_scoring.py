"""ExecVision scoring schemes: a score's raw answer (0..5) as the documented percentage."""

from __future__ import annotations

from ._spec_rules import X_SCORING_TABLE
from .models import Score

__all__ = ["SCORING_SCHEMES", "score_percentage"]

# scheme -> {raw answer: percentage}
SCORING_SCHEMES: dict[str, dict[float, int]] = {
    scheme: {float(row["rawAnswer"]): int(row["percentage"]) for row in rows}
    for scheme, rows in X_SCORING_TABLE.items()
}


def score_percentage(scheme: str | Score, raw_answer: float | None = None) -> int:
    """The normalized percentage of a raw answer under a scheme (or of a `Score`).

    `score_percentage("OneToThree", 3) == 66`; `score_percentage(score)` reads the score's
    scheme and raw answer. ValueError for an unknown scheme or a raw answer not in its table.
    """
    if isinstance(scheme, Score):
        name, raw = scheme.scheme, scheme.raw_answer
    elif raw_answer is None:
        raise TypeError("raw_answer is required with a scheme name")
    else:
        name, raw = scheme, raw_answer
    table = SCORING_SCHEMES.get(name)
    if table is None:
        raise ValueError(f"unknown scoring scheme {name!r} (known: {', '.join(SCORING_SCHEMES)})")
    try:
        return table[float(raw)]
    except KeyError:
        allowed = ", ".join(f"{value:g}" for value in table)
        raise ValueError(f"{name}: raw answer {raw!r} is not one of {allowed}") from None

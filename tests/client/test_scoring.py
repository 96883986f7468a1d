"""ExecVision scoring schemes: raw answer -> percentage, per the documented table."""

from __future__ import annotations

import pytest
from execvision_client import SCORING_SCHEMES, ExecVision, score_percentage


@pytest.mark.parametrize(
    ("scheme", "raw", "percentage"),
    [
        ("OneToFive", 0, 0),
        ("OneToFive", 3, 60),
        ("OneToFive", 5, 100),
        ("OneToThree", 1, 33),
        ("OneToThree", 3, 66),
        ("OneToThree", 5, 100),
        ("OneTwo", 3, 50),
        ("YesNo", 5, 100),
        ("YesNo", 0, 0),
        ("PassFail", 5.0, 100),
    ],
)
def test_documented_table(scheme: str, raw: float, percentage: int) -> None:
    assert score_percentage(scheme, raw) == percentage


def test_unknown_scheme_or_raw_answer() -> None:
    with pytest.raises(ValueError, match="unknown scoring scheme"):
        score_percentage("OneToTen", 1)
    with pytest.raises(ValueError, match="not one of 0, 1, 3, 5"):
        score_percentage("OneToThree", 2)
    with pytest.raises(TypeError):
        score_percentage("OneToThree")


def test_every_score_of_the_mock_has_a_percentage(ev: ExecVision) -> None:
    scores = list(ev.iter_scores("2020-01-01T00:00Z"))
    assert scores
    for score in scores:
        assert score_percentage(score) == SCORING_SCHEMES[score.scheme][score.raw_answer]

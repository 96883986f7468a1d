"""Every x-doc-discrepancy in the specs is listed in the README's discrepancy table."""

from __future__ import annotations

from generator.discrepancies import markdown, rows
from generator.paths import ROOT


def test_readme_lists_every_discrepancy() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [line for line in markdown().splitlines()[2:] if line not in readme]
    assert not missing, "README is stale; paste `python -m generator discrepancies`:\n" + "\n".join(missing)


def test_the_issue_s_required_discrepancies_are_recorded() -> None:
    where = {(api, location) for api, location, _ in rows()}
    for expected in [
        ("execvision", "Plan.coachId"),
        ("execvision", "Plan.recipientId"),
        ("execvision", "Plan.planId"),
        ("execvision", "Meeting.dateTime"),
        ("execvision", "Listen.modified"),
        ("execvision", "ScorecardQuestion.questionId"),
        ("execvision", "TopicDefinition.words"),
        ("execvision", "Score.answer"),
        ("execvision", "server URL"),
    ]:
        assert expected in where, expected

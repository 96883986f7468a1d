"""The README section rewrite and the table: only the text between the markers changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.machine import Machine
from benchmarks.report import END, START, MarkerError, cell, render_section, render_table, replace_section, write_readme
from benchmarks.results import PartResult, Row

MACHINE = Machine("x86_64", "AMD EPYC", 2, "3.11.9")
META = {"finished": "2026-11-22 06:00 UTC", "command": "make bench", "runs": 5, "seconds": 200.0}
META |= {"load_before": 1.5, "load_after": 2.0}


def _row(name: str = "a) users: ours") -> Row:
    return Row(
        "a", name, "wrk -H 'X: a|b' http://127.0.0.1:1/x", "1,000 req/s", "900 req/s", "1,100 req/s", "2.0x", "met"
    )


def test_replace_section_keeps_everything_outside_the_markers() -> None:
    before, after = "# Title\n\nintro ✓ text\n", "\n## Next\ntrailing  spaces  \n"
    text = f"{before}{START}\n(not yet measured)\n{END}{after}"
    new = replace_section(text, "| table |")
    assert new == f"{before}{START}\n| table |\n{END}{after}"
    assert replace_section(new, "| table |") == new


def test_replace_section_needs_both_markers_in_order() -> None:
    with pytest.raises(MarkerError):
        replace_section("no markers", "x")
    with pytest.raises(MarkerError):
        replace_section(f"{END}\n{START}\n", "x")


def test_write_readme_touches_only_the_section(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"top\n{START}\nold\n{END}\nbottom\n", encoding="utf-8")
    write_readme(readme, "new table")
    assert readme.read_text(encoding="utf-8") == f"top\n{START}\nnew table\n{END}\nbottom\n"


def test_cell_escapes_pipes_and_newlines() -> None:
    assert cell("a | b\nc") == "a \\| b c"
    assert cell("wrk -c16", code=True) == "`wrk -c16`"
    assert cell("", code=True) == ""


def test_table_has_one_line_per_row_with_every_column() -> None:
    table = render_table([_row(), _row("b) decode")], MACHINE).splitlines()
    assert table[0] == "| benchmark | machine | command | median | min | max | ratio / goal | verdict |"
    assert len(table) == 4
    cells = table[2][2:-2].split(" | ")
    assert len(cells) == 8
    assert cells[1] == "x86_64, AMD EPYC, 2 cores"
    assert cells[2] == "`wrk -H 'X: a\\|b' http://127.0.0.1:1/x`"
    assert cells[3:] == ["1,000 req/s", "900 req/s", "1,100 req/s", "2.0x", "met"]


def test_section_has_preamble_table_and_notes() -> None:
    part = PartResult("a", "throughput", [_row()], ["a) Prism strips\n  the base path."])
    section = render_section([part], MACHINE, META)
    assert section.startswith("Last run 2026-11-22 06:00 UTC with `make bench` (5 alternating runs")
    assert "load average 1.50 before and 2.00 after" in section
    assert "| a) users: ours |" in section
    assert section.endswith("- a) Prism strips the base path.")

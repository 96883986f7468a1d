"""The harness without a mutation run: the tree copy, probes, the table, the scores, README."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mutate.__main__ import list_mutants, union
from mutate.catalogue import load
from mutate.probe import Answer, observation, substitute
from mutate.report import MarkerError, Result, replace_section, scores, section, table, write_json
from mutate.suites import (
    CAUGHT,
    MISSED,
    NOT_APPLICABLE,
    Outcome,
    caught_by,
    contract_tests,
    read_only,
    with_link_sources,
)
from mutate.tree import ROOT, copy_tree, tracked_files
from specmodel import get

CATALOGUE = load()
FIRST, SECOND, THIRD = CATALOGUE.mutants[:3]


def test_the_copy_has_the_tracked_files_and_the_venv(tmp_path: Path) -> None:
    files = ["pyproject.toml", "mockserver/engine/app.py"]
    tree = copy_tree(tmp_path / "tree", files=files)
    assert (tree / "mockserver/engine/app.py").read_bytes() == (ROOT / "mockserver/engine/app.py").read_bytes()
    assert sorted(str(p.relative_to(tree)) for p in tree.rglob("*") if p.is_file() and ".venv" not in p.parts) == [
        "mockserver/engine/app.py",
        "pyproject.toml",
    ]
    if (ROOT / ".venv").exists():
        assert (tree / ".venv").resolve() == (ROOT / ".venv").resolve()
    assert {"pyproject.toml", "mockserver/engine/app.py"} <= set(tracked_files())


def test_a_patch_changes_the_copy_only(tmp_path: Path) -> None:
    patch = FIRST.patch
    tree = copy_tree(tmp_path / "tree", files=[patch.file])
    patch.apply(tree)
    assert (tree / patch.file).read_text() != (ROOT / patch.file).read_text()
    assert patch.old in (ROOT / patch.file).read_text()


def test_probe_values_come_from_earlier_answers() -> None:
    answers = [Answer(200, "application/json", {"nextPageToken": "t1", "items": [{"id": "a"}, {"id": "b"}]})]
    query = {"pageToken": "$0.nextPageToken", "last": "$0.items.1.id", "missing": "$0.nope.3", "plain": "$x"}
    assert substitute(query, answers) == {"pageToken": "t1", "last": "b", "missing": None, "plain": "$x"}
    assert substitute({"a": ["$1.x"]}, answers) == {"a": [None]}


def test_an_observation_is_the_status_or_the_whole_answer() -> None:
    answers = [Answer(200, "application/json; charset=utf-8", {"a": 1}), Answer(404, "", None)]
    status_only = next(m for m in CATALOGUE.mutants if m.observe == "status")
    body = next(m for m in CATALOGUE.mutants if m.observe == "body")
    assert observation(status_only, answers) == [200, 404]
    assert observation(body, answers) == [[200, "application/json", {"a": 1}], [404, "", None]]


def test_union_and_read_only_operations() -> None:
    ops = union([FIRST, SECOND, THIRD])
    assert ops == {FIRST.vendor: list(dict.fromkeys([*FIRST.operations, *SECOND.operations, *THIRD.operations]))}
    entry = get("execvision")
    assert read_only(entry, ["deleteCall", "getCall"]) == ["getCall"]
    assert FIRST.id in list_mutants(CATALOGUE.mutants)


def test_the_live_run_keeps_the_operations_that_link_to_the_touched_ones() -> None:
    """A transcript is reached from the calls listed (and from a call): both stay in the run; a
    link that writes (deleteCall -> getCall) adds nothing to a read-only run."""
    entry = get("execvision")
    assert with_link_sources(entry, ["getTranscript"]) == ["getTranscript", "listCalls", "getCall"]
    assert "deleteCall" not in with_link_sources(entry, ["getCall"])
    assert with_link_sources(entry, ["listUsers"]) == ["listUsers"]


def results() -> list[Result]:
    return [
        Result(
            FIRST,
            Outcome(
                CAUGHT, ["not_a_server_error", "[own]"], failures=[{"check": "not_a_server_error", "operation": "x"}]
            ),
            Outcome(MISSED),
        ),
        Result(SECOND, Outcome(MISSED), Outcome(NOT_APPLICABLE, detail="writes")),
        Result(THIRD, Outcome(CAUGHT, ["use_after_free"]), Outcome(CAUGHT, ["x|y"]), probe_differs=True),
    ]


def test_the_scores_count_a_live_n_a_as_missed() -> None:
    in_process, live = scores(results())
    assert (in_process.caught, in_process.total, live.caught, live.total) == (2, 3, 1, 3)
    assert str(in_process) == "2/3 (67%)"


def test_the_table_and_the_section() -> None:
    text = table(results())
    lines = text.splitlines()
    assert lines[0].startswith("| mutant | vendor | category | in-process")
    assert f"`{FIRST.id}`" in lines[2] and "not_a_server_error, [own]" in lines[2] and "**missed**" in lines[2]
    assert "n.a. (writes only)" in lines[3]
    assert "x\\|y" in lines[4]  # a pipe would split the cell
    meta = {"date": "2026-12-02", "jobs": 2, "seconds": 600.0, "cpus": 2, "profile": "mutate", "max_examples": 10}
    body = section(results(), meta)
    assert "**In-process: 2/3 (67%) caught. Live read-only: 1/3 (33%) caught**" in body
    assert "1 of the 2 it can reach" in body and "10.0 min on 2 cores" in body
    assert f"Probe showed no difference (check these mutants): {FIRST.id}, {SECOND.id}." in body


def test_readme_section_is_replaced_between_the_markers() -> None:
    text = "intro\n<!-- mutate:begin -->\nold\n<!-- mutate:end -->\noutro\n"
    assert replace_section(text, "new\n") == "intro\n<!-- mutate:begin -->\nnew\n<!-- mutate:end -->\noutro\n"
    with pytest.raises(MarkerError):
        replace_section("no markers", "new")
    assert "<!-- mutate:begin -->" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_json_report(tmp_path: Path) -> None:
    path = tmp_path / "mutate.json"
    write_json(path, results(), {"date": "2026-12-02"})
    data = json.loads(path.read_text())
    assert data["scores"] == {"in_process": {"caught": 2, "total": 3}, "live_read_only": {"caught": 1, "total": 3}}
    assert data["mutants"][1]["live_read_only"]["status"] == NOT_APPLICABLE
    assert data["mutants"][0]["operations"] == list(FIRST.operations)
    assert data["mutants"][0]["in_process"]["failures"] == [{"check": "not_a_server_error", "operation": "x"}]


def test_the_in_process_run_is_the_apis_contract_tests_and_identity_tests() -> None:
    assert contract_tests(ROOT, "execvision") == [
        "tests/contract/test_execvision.py",
        "tests/contract/test_identities.py::test_execvision_reader_may_not_delete_calls",
    ]
    cresta = contract_tests(ROOT, "cresta")
    assert cresta[0] == "tests/contract/test_cresta.py" and len(cresta) == 3
    assert all("::test_cresta_" in node for node in cresta[1:])


def test_a_tests_own_assertion_is_named_after_the_test() -> None:
    assert caught_by(
        {"check": "use_after_free", "test": "tests/contract/test_cresta.py::TestCrestaStateful::runTest"}
    ) == ("use_after_free")
    stateful = {"check": "(AssertionError)", "test": "tests/contract/test_cresta.py::TestCrestaStateful::runTest"}
    assert caught_by(stateful) == "TestCrestaStateful (AssertionError)"
    param = {"check": "(KeyError)", "test": "tests/contract/test_x.py::test_x[GET /a]"}
    assert caught_by(param) == "test_x (KeyError)"

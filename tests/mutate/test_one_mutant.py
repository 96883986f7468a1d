"""One mutant end to end (about 30 s): the copy is patched, its in-process suite and its live
read-only fuzzer both catch the mutant and name the check, and the probe shows the bug."""

from __future__ import annotations

from pathlib import Path

import pytest

from mutate.catalogue import load
from mutate.probe import observation
from mutate.suites import CAUGHT, in_process, live, probe, running_mock
from mutate.tree import ROOT, copy_tree
from specmodel import get

pytestmark = pytest.mark.slow
CATALOGUE = load()
MUTANT = CATALOGUE.select(["execvision-check-without-credentials"])[0]


def test_a_mutant_is_caught_by_both_suites_and_its_probe_shows_it(tmp_path: Path) -> None:
    tree = copy_tree(tmp_path / "tree")
    MUTANT.patch.apply(tree)
    assert MUTANT.patch.old in (ROOT / MUTANT.patch.file).read_text(encoding="utf-8")  # this tree is untouched

    outcome = in_process(tree, MUTANT.vendor, MUTANT.operations, timeout=300)
    assert outcome.status == CAUGHT and "ignored_auth" in outcome.checks, outcome.detail

    entry, setup = get(MUTANT.vendor), CATALOGUE.apis[MUTANT.vendor]
    with running_mock(tree, CATALOGUE.mock_args) as url:
        assert observation(MUTANT, probe(url, entry, setup, MUTANT)) == [200]  # the unmutated mock: 401
        outcome = live(tree, url, entry, setup, MUTANT.operations, max_examples=3, timeout=300)
    assert outcome.status == CAUGHT and "ignored_auth" in outcome.checks, outcome.detail

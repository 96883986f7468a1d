"""Part f) (the mock at tenant scale): the export's counts and verdict, and the ExecVision case
against a real mock process (a small size: the bench itself measures the large ones)."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
import pytest

from benchmarks.results import MET, NOT_MET
from benchmarks.scale import Export, export_cells
from benchmarks.vendors.execvision import SCALE
from mockserver.engine.seeding import size_limits
from tests.helpers.mock import EV, MockProcess

CLEAN = Export(
    expected=10, yielded=12, missing=0, duplicated=0, repeats=3, updated=2, extra=0, pages=4, seconds=1.0, how="x"
)


@pytest.mark.parametrize(
    ("changes", "verdict"),
    [({}, MET), ({"missing": 1}, NOT_MET), ({"duplicated": 1}, NOT_MET), ({"yielded": 0}, NOT_MET)],
)
def test_an_export_is_met_only_with_nothing_missing_or_duplicated(changes: dict[str, Any], verdict: str) -> None:
    ratio, found = export_cells(dataclasses.replace(CLEAN, **changes), "calls")
    assert found == verdict
    assert "missing" in ratio and "3 documented last_id repeats" in ratio and "2 updated" in ratio


def test_the_scale_case_grows_a_size_computed_on_demand_up_to_its_maximum() -> None:
    assert list(SCALE.sizes) == sorted(SCALE.sizes) and SCALE.sizes[-1] == 1_000_000
    assert SCALE.sizes[-1] <= size_limits()[SCALE.size]


def test_the_export_yields_every_visible_call_once() -> None:
    n = 2500  # three pages of 1000: the mock repeats the last_id of about one next page in three
    with MockProcess("--size", f"{SCALE.size}={n}", *SCALE.export_args()) as mock:
        httpx.put(mock.url + "/__mock__/rate-limit", json={"mode": "off"}).raise_for_status()
        done = SCALE.export(mock.url + EV, n)
    assert 0.9 * n < done.expected <= n  # the day's calls are not made yet at 06:00
    assert (done.missing, done.duplicated, done.extra) == (0, 0, 0)
    assert done.yielded == done.expected + done.updated and done.pages == 3
    assert 0 <= done.repeats <= done.pages - 1

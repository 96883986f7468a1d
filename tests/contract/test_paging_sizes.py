"""The paging check walks sinceLastId lists only at page sizes that can progress: it reads the
spec's `x-pagination.minProgressLimit` / `repeatsLastId`, not a constant (issue 14, finding 9)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from fuzz.checks.paging import Walker, small_sizes
from specmodel.extensions import Pagination

FEW = list(range(3))  # too few items to raise the sizes above the smallest ones


def _walker(**paging: Any) -> Walker:
    return cast(Walker, SimpleNamespace(paging=Pagination(style="sinceLastId", **paging)))


@pytest.mark.parametrize("smallest", [2, 3, 5])
def test_the_walked_sizes_start_at_min_progress_limit(smallest: int) -> None:
    walker = _walker(repeats_last_id=True, min_progress_limit=smallest)
    assert small_sizes(walker, FEW) == [smallest, smallest + 1]


def test_without_min_progress_limit_the_declared_repeat_decides() -> None:
    assert small_sizes(_walker(repeats_last_id=True), FEW) == [2, 3]  # one slot may hold the repeat
    assert small_sizes(_walker(), FEW) == [2, 3]  # no repeat: 2 is the smallest that cuts pages


def test_many_items_raise_the_sizes_above_the_repeat() -> None:
    walker = _walker(repeats_last_id=True, min_progress_limit=2)
    sizes = small_sizes(walker, list(range(120)))
    assert sizes == [11, 12]  # one slot for the repeat + 10 new items a page: about 12 pages of 120

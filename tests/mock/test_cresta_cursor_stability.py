"""Stable Cresta cursors (issue 14, finding 7; AIP-158): a listing paged while others insert and
delete never repeats an item and never misses one that existed throughout.

Offsets failed both ways: 3 comments created before the cursor repeated 3 items, and 3 deleted
before it skipped 3. Here, on each paged operation, 3 older items are inserted after the first
page and 3 already-seen items (the cursor's own among them) are deleted after the third (each
alone, then both).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from starlette.testclient import TestClient

from mockserver.engine.app import MockApp
from tests.helpers.cresta_pages import ITEMS, PAGED

# per operation: the store kind behind it and the time it is ordered by
STORED = {
    "listCoachingComments": ("cresta.coachingComments", "createTime"),
    "sampleConversations": ("cresta.conversations", "startTime"),
    "listSuggestionUsage": ("cresta.suggestionUsages", "createTime"),
}
MAX_PAGES = 100


def _names(answer: Any, op_id: str) -> list[str]:
    assert answer.status_code == 200, answer.text
    return [item["name"] for item in answer.json()[ITEMS[op_id]]]


@pytest.mark.parametrize("changes", [("insert",), ("delete",), ("insert", "delete")], ids="+".join)
@pytest.mark.parametrize("op_id", list(PAGED))
def test_inserts_and_deletes_during_a_listing_neither_repeat_nor_skip(
    app: MockApp, client: TestClient, cresta_headers: Callable[..., dict[str, str]], op_id: str, changes: tuple[str]
) -> None:
    page, headers = PAGED[op_id], cresta_headers()
    kind, time_field = STORED[op_id]
    before = set(_names(page(client, headers, None, 1000), op_id))
    assert len(before) > 8  # enough for several pages of 2

    seen: list[str] = []
    deleted: set[str] = set()
    token: str | None = None
    for number in range(1, MAX_PAGES + 1):
        answer = page(client, headers, token, 2)
        seen += _names(answer, op_id)
        token = answer.json().get("nextPageToken")
        if token is None:
            break
        if number == 1 and "insert" in changes:  # 3 items older than all: offsets would show 3 items again
            template = app.store.get(kind, seen[0])
            assert template is not None
            for i in range(3):
                name = f"{seen[0].rpartition('/')[0]}/inserted-{i}"
                app.store.put(kind, name, {**template, "name": name, time_field: f"2020-01-0{i + 1}T00:00:00Z"})
        if number == 3 and "delete" in changes:  # 3 seen items, the cursor's among them: offsets would skip 3
            deleted = {seen[-1], seen[0], seen[2]}
            for name in deleted:
                assert app.store.delete(kind, name) is not None
    assert token is None, f"no last page after {MAX_PAGES} pages"
    assert len(seen) == len(set(seen)), sorted(name for name in seen if seen.count(name) > 1)
    assert not (before - deleted) - set(seen)  # every item that existed throughout was seen

"""SampleConversations: deterministic consistent-hash sampling, filters, paging."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from mockserver.engine.store import MemoryStore
from mockserver.vendors.cresta.conversation import HANDLERS
from mockserver.vendors.cresta.times import fmt_time
from tests.helpers.cresta import ACME, NOW, call, call_error, make_ctx, seeded_store

sample_conversations = HANDLERS["sampleConversations"]


@pytest.fixture(scope="module")
def store() -> MemoryStore:
    return seeded_store()  # read-only here


def sample(store: MemoryStore, **body: Any) -> dict[str, Any]:
    return call(sample_conversations, make_ctx(store, "sampleConversations", body=body))  # type: ignore[no-any-return]


def names(response: dict[str, Any]) -> list[str]:
    return [c["name"] for c in response["sampledConversations"]]


def acme_conversations(store: MemoryStore) -> list[dict[str, Any]]:
    return [c for c in store.values("cresta.conversations") if c["name"].startswith(ACME)]


def test_everything_by_default_ordered_with_counts(store: MemoryStore) -> None:
    out = sample(store)
    assert len(out["sampledConversations"]) == 300 and "nextPageToken" not in out
    starts = [c["startTime"] for c in out["sampledConversations"]]
    assert starts == sorted(starts, key=datetime.fromisoformat)
    first = out["sampledConversations"][0]
    messages = [m for m in store.values("cresta.messages") if m["name"].startswith(first["name"] + "/")]
    assert first["messageCount"] == str(len(messages)) and first["conversationId"] == first["name"].rsplit("/", 1)[1]
    assert out["parent"] == ACME and out["pageConversationCount"] == 300
    assert out["pageStartTime"] == min(starts, key=datetime.fromisoformat)


def test_deterministic_and_ratio_consistent(store: MemoryStore) -> None:
    a = sample(store, filter={"maxConversationRatio": 0.3})
    assert a == sample(store, filter={"maxConversationRatio": 0.3}, samplingMethod="UNIFORM")  # UNSPECIFIED == UNIFORM
    assert 50 <= len(names(a)) <= 130  # ~90 of 300
    assert a["pageConversationCount"] == 300
    smaller = sample(store, filter={"maxConversationRatio": 0.1})
    assert set(names(smaller)) < set(names(a))  # consistent hashing: a lower ratio gives a subset
    capped = sample(store, filter={"maxConversationRatio": 0.3, "maxConversations": "20"})
    assert len(names(capped)) == 20 and set(names(capped)) < set(names(a))
    other_window = sample(store, filter={"maxConversationRatio": 0.3, "startTime": fmt_time(NOW - timedelta(days=90))})
    assert names(other_window) != names(a)  # another request, another seed


def test_time_window_and_max_messages(store: MemoryStore) -> None:
    start, end = NOW - timedelta(days=20), NOW - timedelta(days=10)
    window = {"startTime": fmt_time(start), "endTime": fmt_time(end)}
    everything = sample(store, filter=window)
    capped = sample(store, filter={**window, "maxMessages": "40"})
    assert capped["pageStartTime"] == fmt_time(start) and capped["pageEndTime"] == fmt_time(end)
    for item in everything["sampledConversations"]:
        assert start <= datetime.fromisoformat(item["startTime"]) < end
    in_window = [c for c in acme_conversations(store) if start <= datetime.fromisoformat(c["startTime"]) < end]
    assert len(in_window) == everything["pageConversationCount"] == len(everything["sampledConversations"])
    total = sum(int(item["messageCount"]) for item in capped["sampledConversations"])
    assert 0 < total <= 40  # maxMessages caps the sample's total message count
    assert set(names(capped)) < set(names(everything))


def test_disable_message_counts(store: MemoryStore) -> None:
    out = sample(store, disableMessageCounts=True, filter={"maxMessages": "8"})
    assert out["sampledConversations"] and all("messageCount" not in c for c in out["sampledConversations"])


def test_paging_is_contiguous_and_complete(store: MemoryStore) -> None:
    body: dict[str, Any] = {"filter": {"maxConversationRatio": 0.5}, "pageSize": 40}
    full = names(sample(store, filter=body["filter"]))
    pages, token = [], None
    while True:
        page = sample(store, **body, **({"pageToken": token} if token else {}))
        pages.append(page)
        token = page.get("nextPageToken")
        if token is None:
            break
    assert [n for p in pages for n in names(p)] == full and len(pages) == -(-len(full) // 40)
    for previous, current in zip(pages, pages[1:], strict=False):
        assert previous["pageEndTime"] == current["pageStartTime"]
    assert sum(p["pageConversationCount"] for p in pages) == 300
    foreign = {"filter": {"maxConversationRatio": 0.4}, "pageToken": pages[0]["nextPageToken"]}
    call_error(sample_conversations, make_ctx(store, "sampleConversations", body=foreign), 400, 3)


def test_unknown_sampling_method(store: MemoryStore) -> None:
    call_error(
        sample_conversations, make_ctx(store, "sampleConversations", body={"samplingMethod": "STRATIFIED"}), 400, 3
    )


def test_a_reversed_time_range_samples_nothing(store: MemoryStore) -> None:
    body = {"filter": {"startTime": fmt_time(NOW), "endTime": fmt_time(NOW - timedelta(days=1))}}
    out = call(sample_conversations, make_ctx(store, "sampleConversations", body=body))
    assert out["sampledConversations"] == [] and out["pageConversationCount"] == 0
    assert out["pageStartTime"] <= out["pageEndTime"]


@pytest.mark.parametrize(
    "filter_",
    [{"maxConversations": "-1"}, {"maxMessages": "lots"}, {"maxConversationRatio": 1.5}],
)
def test_docs_only_values_the_schema_would_reject_mean_no_limit(store: MemoryStore, filter_: dict[str, Any]) -> None:
    """The schema's assumed patterns and range reject these; docs-only they mean no limit."""
    ctx = make_ctx(store, "sampleConversations", body={"filter": filter_}, docs_only=True)
    assert call(sample_conversations, ctx)["sampledConversations"] == sample(store)["sampledConversations"]


def test_oversized_page_size_is_coerced() -> None:
    store = seeded_store(sizes={"cresta_conversations": 20})
    out = sample(store, pageSize=10**6)
    assert len(out["sampledConversations"]) == 20 and "nextPageToken" not in out

"""Cresta conversations and messages computed on demand (convbase.py): a seed keeps their
index only; what handlers read of them (counts, a conversation's messages, deletes,
redactions) agrees with the objects computed, over a base that has virtual kinds."""

from __future__ import annotations

import pickle
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from starlette.testclient import TestClient

from mockserver.engine.app import create_app
from mockserver.engine.overlay import MemoryOverlay, OverlayStore
from mockserver.engine.store import MemoryStore
from mockserver.vendors.cresta import seed as cresta_seed
from mockserver.vendors.cresta.convbase import (
    CONVERSATIONS,
    MESSAGES,
    ConversationIndex,
    message_counts,
    message_names,
    split_message_name,
)
from tests.helpers.cresta import ACME, NOW
from tests.helpers.mock import make_config

DAY = datetime(2026, 11, 20, tzinfo=UTC)


def _seeded(seed: int = 3) -> MemoryStore:
    store = MemoryStore()
    cresta_seed.populate(store, seed=seed, sizes={}, now=DAY)
    return store


def _index(store: MemoryStore) -> ConversationIndex:
    found = store.virtual(CONVERSATIONS)
    assert found is not None
    index = found[0].index  # type: ignore[attr-defined]
    assert isinstance(index, ConversationIndex)
    return index


def test_a_seed_computes_no_conversation_and_no_message() -> None:
    store = _seeded()
    index = _index(store)
    assert store.count(CONVERSATIONS) == 600 and store.count(MESSAGES) > 600 * 4
    assert not index._conversations and not index._messages  # counted from the index alone


def test_any_conversation_is_computed_alone_whatever_was_read_before() -> None:
    a, b = _seeded(), _seeded()
    name = f"{ACME}/conversations/conv-7"
    for other in range(20, 40):  # b reads other conversations and messages first
        b.get(MESSAGES, f"{ACME}/conversations/conv-{other}/messages/msg-1")
    assert a.get(CONVERSATIONS, name) == b.get(CONVERSATIONS, name)
    assert message_names(a, name) == message_names(b, name)
    assert [a.get(MESSAGES, m) for m in message_names(a, name)] == [b.get(MESSAGES, m) for m in message_names(b, name)]


def test_the_index_agrees_with_the_messages_computed() -> None:
    store = _seeded()
    every = store.values(MESSAGES)  # all of them computed
    assert message_counts(store, ACME + "/") == Counter(
        m["name"].rpartition("/messages/")[0] for m in every if m["name"].startswith(ACME + "/")
    )
    for conv in store.values(CONVERSATIONS):
        names = message_names(store, conv["name"])
        messages = [store.get(MESSAGES, n) for n in names]
        assert [m["sequencePosition"] for m in messages if m] == list(range(len(names)))
        assert all(m is not None and m["createTime"] < conv["endTime"] for m in messages)
        assert conv["startTime"] <= messages[0]["createTime"]  # type: ignore[index]


def test_suggestion_usages_fall_within_their_conversation() -> None:
    store = _seeded()
    for usage in store.values("cresta.suggestionUsages"):
        conv = store.get(CONVERSATIONS, usage["conversation"])
        assert conv is not None
        assert conv["startTime"] <= usage["createTime"] <= conv["endTime"]
        assert conv["agentUserName"] == usage["user"]


def test_names_that_are_not_seeded_are_not_in_the_base() -> None:
    store = _seeded()
    conv = f"{ACME}/conversations/conv-1"
    n = len(message_names(store, conv))
    for key in (f"{conv}/messages/msg-0", f"{conv}/messages/msg-{n + 1}", f"{conv}/messages/msg-01", f"{conv}/x"):
        assert store.get(MESSAGES, key) is None
    assert store.get(CONVERSATIONS, f"{ACME}/conversations/conv-601") is None
    assert split_message_name(f"{conv}/messages/msg-3") == (conv, 3)


def test_deletes_and_puts_over_the_base_change_counts_and_names() -> None:
    store = OverlayStore(_seeded(), MemoryOverlay())
    conv = f"{ACME}/conversations/conv-5"
    names = message_names(store, conv)
    assert message_counts(store, conv)[conv] == len(names)
    store.delete(MESSAGES, names[0])
    extra = f"{conv}/messages/msg-{len(names) + 1}"
    store.put(MESSAGES, extra, {**store.get(MESSAGES, names[1]), "name": extra})  # type: ignore[dict-item]
    store.put(MESSAGES, names[1], {**store.get(MESSAGES, names[1]), "text": "redacted"})  # type: ignore[dict-item]
    assert message_names(store, conv) == [*names[1:], extra]
    assert message_counts(store, conv)[conv] == len(names)
    for name in message_names(store, conv):
        store.delete(MESSAGES, name)
    assert conv not in message_counts(store, conv) and message_names(store, conv) == []


def test_the_base_pickles_as_its_index_and_computes_the_same_objects() -> None:
    store = _seeded()
    name = f"{ACME}/conversations/conv-9"
    before = [store.get(MESSAGES, m) for m in message_names(store, name)]
    store.values(CONVERSATIONS)  # the caches filled: they are not pickled
    snapshot = store.snapshot()
    assert sum(len(chunk) for _, chunk in snapshot) < 400_000
    again = MemoryStore.from_snapshot(snapshot)
    assert not _index(again)._conversations
    assert [again.get(MESSAGES, m) for m in message_names(again, name)] == before
    assert pickle.loads(pickle.dumps(_index(store))).skeletons == _index(store).skeletons


def test_over_http_a_deleted_conversation_takes_its_messages_and_counts_along() -> None:
    app = create_app(make_config())  # seeded: the virtual kinds, not a snapshot of every object
    body: dict[str, Any] = {"filter": {"endTime": NOW.strftime("%Y-%m-%dT%H:%M:%SZ")}, "pageSize": 1000}
    with TestClient(app, base_url="http://testserver") as client:
        headers = {"Authorization": f"Bearer {app.issue_token('acme-client')}"}
        sample = client.post(f"/v1/{ACME}/conversations:sample", headers=headers, json=body)
        assert sample.status_code == 200, sample.text
        first = sample.json()["sampledConversations"][0]
        name = first["conversation"]["name"] if "conversation" in first else first["name"]
        assert message_names(app.store, name)
        gone = client.delete(f"/v1/{name}", headers=headers)
        assert gone.status_code == 200, gone.text
        assert client.get(f"/v1/{name}", headers=headers).status_code == 404
        assert message_names(app.store, name) == [] and name not in message_counts(app.store, ACME + "/")
        again = client.post(f"/v1/{ACME}/conversations:sample", headers=headers, json=body).json()
        assert name not in {c.get("name", c.get("conversation", {}).get("name")) for c in again["sampledConversations"]}
        app.reset()
        assert app.store.get(CONVERSATIONS, name) is not None and message_names(app.store, name)


def test_messages_read_from_threads_past_the_cache_bound_stay_the_same() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from mockserver.vendors.cresta.convbase import MESSAGE_CACHE

    store, fresh = _seeded(), _seeded()
    names = list(_index(store).skeletons)
    assert len(names) > MESSAGE_CACHE  # the oldest conversations' messages are evicted meanwhile
    with ThreadPoolExecutor(4) as pool:
        first = list(pool.map(lambda n: [store.get(MESSAGES, m) for m in message_names(store, n)], names * 2))
    assert len(_index(store)._messages) == MESSAGE_CACHE
    assert first[: len(names)] == first[len(names) :]
    assert first[-1] == [fresh.get(MESSAGES, m) for m in message_names(fresh, names[-1])]

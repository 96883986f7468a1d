"""The Cresta seed: anchors, determinism, speed, spec conformance of the stored records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mockserver.engine.store import MemoryStore
from mockserver.vendors.cresta import seed as cresta_seed
from tests.helpers.cresta import ACME, NOW, schema_errors, seeded_store


@pytest.fixture(scope="module")
def store() -> MemoryStore:
    return seeded_store()


def dump(store: MemoryStore) -> dict[str, list[dict[str, object]]]:
    return {kind: store.values(kind) for kind in store.counts()}


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("cresta.targets", f"{ACME}/targets/target-1"),
        ("cresta.conversations", f"{ACME}/conversations/conv-1"),
        ("cresta.messages", f"{ACME}/conversations/conv-1/messages/msg-1"),
        ("cresta.scorecardTemplates", f"{ACME}/scorecardTemplates/qa-template@rev-1"),
        ("cresta.usecases", f"{ACME}/usecases/sales"),
        ("cresta.coachingPlans", f"{ACME}/coachingPlans/plan-1"),
        ("cresta.users", "customers/acme/users/agent-1"),
        ("cresta.moments", f"{ACME}/moments/moment-1"),
        ("cresta.conversations", "customers/globex/profiles/default/conversations/conv-1"),
    ],
)
def test_anchor_ids_exist(store: MemoryStore, kind: str, name: str) -> None:
    assert store.get(kind, name) is not None


def test_anchor_message_has_multibyte_text(store: MemoryStore) -> None:
    text = store.get("cresta.messages", f"{ACME}/conversations/conv-1/messages/msg-1")["text"]  # type: ignore[index]
    assert len(text.encode()) > len(text) + 5 and len(text) > 150
    assert any(len(ch.encode()) == 4 for ch in text)  # an emoji: 4 bytes


def test_moment_types(store: MemoryStore) -> None:
    types = {
        m["name"].rsplit("/", 1)[1]: m["type"] for m in store.values("cresta.moments") if m["name"].startswith(ACME)
    }
    assert types["moment-1"] == "ENTITY" and "ENTITY" in types.values()
    assert any(t != "ENTITY" for t in types.values())


def test_volume_and_shape(store: MemoryStore) -> None:
    convs = [c for c in store.values("cresta.conversations") if c["name"].startswith(ACME)]
    assert len(convs) == 300
    starts = [datetime.fromisoformat(c["startTime"]) for c in convs]
    assert len(set(starts)) == 300  # unique start times
    assert min(starts) >= NOW - timedelta(days=61) and max(starts) <= NOW
    msgs = [m for m in store.values("cresta.messages") if m["name"].startswith(f"{ACME}/conversations/conv-7/")]
    assert sorted(m["sequencePosition"] for m in msgs) == list(range(len(msgs)))
    assert {m["speaker"] for m in store.values("cresta.messages")} == {"AGENT", "VISITOR"}
    assert all(len({c["agentUserName"] for c in convs if c["usecase"].endswith(u)}) > 3 for u in ("sales", "support"))


def test_deterministic_and_day_anchored() -> None:
    a, b = MemoryStore(), MemoryStore()
    cresta_seed.populate(a, seed=7, sizes={}, now=datetime(2026, 5, 1, 1, 0, tzinfo=UTC))
    cresta_seed.populate(b, seed=7, sizes={}, now=datetime(2026, 5, 1, 23, 59, tzinfo=UTC))
    assert dump(a) == dump(b)
    c = MemoryStore()
    cresta_seed.populate(c, seed=8, sizes={}, now=datetime(2026, 5, 1, tzinfo=UTC))
    assert dump(a) != dump(c)


def test_sizes_override_and_anchors_survive_zero() -> None:
    sizes = {name: 0 for name in cresta_seed.DEFAULT_SIZES}
    store = seeded_store(sizes=sizes)
    assert store.get("cresta.conversations", f"{ACME}/conversations/conv-1") is not None
    assert store.get("cresta.targets", f"{ACME}/targets/target-1") is not None
    assert not store.values("cresta.suggestionUsages")
    small = seeded_store(sizes={"cresta_conversations": 20})
    assert len(small.values("cresta.conversations")) == 40


@pytest.mark.parametrize(
    ("kind", "schema"),
    [
        ("cresta.conversations", "Conversation"),
        ("cresta.messages", "ConversationMessage"),
        ("cresta.coachingComments", "CoachingComment"),
        ("cresta.targets", "CoachingTarget"),
        ("cresta.suggestionUsages", "SuggestionUsage"),
    ],
)
def test_stored_records_conform_to_spec(store: MemoryStore, kind: str, schema: str) -> None:
    for record in store.values(kind):
        schema_errors({"$ref": f"#/components/schemas/{schema}"}, record, record["name"])

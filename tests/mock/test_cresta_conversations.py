"""GetConversation / DeleteConversation / RedactConversationMessage."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mockserver.engine.store import MemoryStore
from mockserver.vendors.cresta.conversation import delete_conversation, get_conversation, redact_conversation_message
from mockserver.vendors.cresta.seedtext import ANCHOR_CARD, ANCHOR_TEXT
from mockserver.vendors.cresta.times import fmt_time
from tests.helpers.cresta import ACME, NOW, call, call_error, make_ctx, seeded_store

CONV1 = {"conversationId": "conv-1"}
MSG1 = {"conversationId": "conv-1", "messageId": "msg-1"}
MOMENT1 = f"{ACME}/moments/moment-1"
RAW = ANCHOR_TEXT.encode()
CARD_START = RAW.index(ANCHOR_CARD.encode())
CARD_END = CARD_START + len(ANCHOR_CARD)


@pytest.fixture
def store() -> MemoryStore:
    return seeded_store()


def redact(store: MemoryStore, start: int, end: int, moment: str = MOMENT1, **kw: Any) -> Any:
    body = {"moment": moment, "startIndex": start, "endIndex": end}
    return make_ctx(store, "redactConversationMessage", path=kw.pop("path", MSG1), body=body, **kw)


def test_get_conversation(store: MemoryStore) -> None:
    conv = call(get_conversation, make_ctx(store, "getConversation", path=CONV1))["conversation"]
    assert conv["name"] == f"{ACME}/conversations/conv-1"
    assert conv["agentUserName"] == "customers/acme/users/agent-1"
    call_error(get_conversation, make_ctx(store, "getConversation", path={"conversationId": "conv-404"}), 404, 5)


def test_delete_removes_conversation_and_messages(store: MemoryStore) -> None:
    prefix = f"{ACME}/conversations/conv-1/messages/"
    assert any(m["name"].startswith(prefix) for m in store.values("cresta.messages"))
    assert call(delete_conversation, make_ctx(store, "deleteConversation", path=CONV1)) == {}
    assert not any(m["name"].startswith(prefix) for m in store.values("cresta.messages"))
    assert store.get("cresta.messages", f"{ACME}/conversations/conv-10/messages/msg-1") is not None
    call_error(get_conversation, make_ctx(store, "getConversation", path=CONV1), 404, 5)
    call_error(delete_conversation, make_ctx(store, "deleteConversation", path=CONV1), 404, 5)
    call_error(redact_conversation_message, redact(store, 0, 2), 404, 5)


def test_redact_replaces_bytes_with_asterisks_and_records_it(store: MemoryStore) -> None:
    msg = call(redact_conversation_message, redact(store, CARD_START, CARD_END))["conversationMessage"]
    expected = ANCHOR_TEXT.replace(ANCHOR_CARD, "*" * len(ANCHOR_CARD))
    assert msg["text"] == expected and len(msg["text"].encode()) == len(RAW)
    assert ANCHOR_CARD not in msg["textHtml"] and "*" * 19 in msg["textHtml"]
    assert msg["redaction"] == {
        "redactedRanges": [
            {"startIndex": CARD_START, "endIndex": CARD_END, "moment": MOMENT1, "redactTime": fmt_time(NOW)}
        ]
    }
    assert msg["updateTime"] == fmt_time(NOW)
    assert store.get("cresta.messages", msg["name"]) == msg


def test_indices_are_bytes_not_characters(store: MemoryStore) -> None:
    zoe = RAW.index("Zoë".encode())  # ë is 2 bytes
    msg = call(redact_conversation_message, redact(store, zoe, zoe + 4))["conversationMessage"]
    assert msg["text"].startswith("Hi! I'm **** Müller")  # 4 bytes → 4 asterisks, 3 characters gone
    emoji = len(RAW) - 4
    msg = call(redact_conversation_message, redact(store, emoji, len(RAW)))["conversationMessage"]
    assert msg["text"].endswith("Thanks a lot ****")


def test_redacting_again_is_a_no_op(store: MemoryStore) -> None:
    first = call(redact_conversation_message, redact(store, CARD_START, CARD_END))
    later = redact(store, CARD_START, CARD_END, now=NOW.replace(year=2027))
    assert call(redact_conversation_message, later) == first


@pytest.mark.parametrize(("start", "end"), [(5, 5), (9, 4), (len(RAW), len(RAW) + 1), (-3, 0)])
def test_empty_ranges_redact_nothing(store: MemoryStore, start: int, end: int) -> None:
    msg = call(redact_conversation_message, redact(store, start, end))["conversationMessage"]
    assert msg["text"] == ANCHOR_TEXT and "redactedRanges" not in (msg.get("redaction") or {})


def test_ranges_past_the_text_are_clamped(store: MemoryStore) -> None:
    msg = call(redact_conversation_message, redact(store, -1, len(RAW) + 10))["conversationMessage"]
    assert msg["text"] == "*" * len(RAW)


def test_a_range_splitting_a_character_covers_it(store: MemoryStore) -> None:
    inside_e = RAW.index("ë".encode()) + 1
    msg = call(redact_conversation_message, redact(store, inside_e, inside_e + 3))["conversationMessage"]
    raw = msg["text"].encode()
    assert raw == RAW[: inside_e - 1] + b"*" * 4 + RAW[inside_e + 3 :]  # ë (2 bytes) and the next 2
    assert msg["redaction"]["redactedRanges"][0]["startIndex"] == inside_e - 1


def test_full_text_redaction_is_allowed(store: MemoryStore) -> None:
    msg = call(redact_conversation_message, redact(store, 0, len(RAW)))["conversationMessage"]
    assert msg["text"] == "*" * len(RAW)


def test_non_admin_is_denied(store: MemoryStore) -> None:
    err = call_error(redact_conversation_message, redact(store, 0, 2, admin=False), 403, 7)
    assert "admin" in err.message
    assert store.get("cresta.messages", f"{ACME}/conversations/conv-1/messages/msg-1")["text"] == ANCHOR_TEXT  # type: ignore[index]


@pytest.mark.parametrize(
    ("moment", "status", "code"),
    [
        ("moment-1", 404, 5),  # malformed (the schema's assumed pattern rejects it): no such moment
        ("customers/globex/profiles/default/moments/moment-1", 403, 7),  # another customer
        (f"{ACME}/moments/moment-404", 404, 5),  # unknown
        (f"{ACME}/moments/moment-3", 400, 3),  # not an ENTITY
        ("", 404, 5),  # the schema's assumed pattern rejects it; docs-only it names no moment
    ],
)
def test_moment_checks(store: MemoryStore, moment: str, status: int, code: int) -> None:
    call_error(redact_conversation_message, redact(store, 0, 2, moment=moment), status, code)


def test_docs_only_any_existing_moment_will_do(store: MemoryStore) -> None:
    msg = call(redact_conversation_message, redact(store, 0, 2, moment=f"{ACME}/moments/moment-3", docs_only=True))
    assert msg["conversationMessage"]["text"].startswith("**")


def test_unknown_message(store: MemoryStore) -> None:
    path = {"conversationId": "conv-1", "messageId": "msg-999"}
    call_error(redact_conversation_message, redact(store, 0, 2, path=path), 404, 5)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, len(RAW)), st.integers(0, len(RAW)))
def test_redaction_property(a: int, b: int) -> None:
    """Any range blanks exactly its bytes, widened to whole characters, and nothing else."""
    store = MemoryStore()
    name = f"{ACME}/conversations/conv-1/messages/msg-1"
    store.put("cresta.messages", name, {"name": name, "text": ANCHOR_TEXT})
    store.put("cresta.moments", MOMENT1, {"name": MOMENT1, "type": "ENTITY"})
    text = call(redact_conversation_message, redact(store, a, b))["conversationMessage"]["text"].encode()
    while 0 < a < len(RAW) and RAW[a] & 0xC0 == 0x80:
        a -= 1
    while 0 < b < len(RAW) and RAW[b] & 0xC0 == 0x80:
        b += 1
    assert text == (RAW[:a] + b"*" * (b - a) + RAW[b:] if a < b else RAW)

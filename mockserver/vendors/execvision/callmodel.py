"""ExecVision calls as the API shows them at a given instant (callorder.py finds them).

A stored call has a processing `timeline` ([epoch, state], ...): it is visible from its
first event (UPLOADED) and its `state` and `modified` are those of the last event at or
before the clock, so recent calls progress as time passes (deterministic given the clock).
Transcripts are available from ANALYZING; stats, summary and topic matches at COMPLETE.
"""

from __future__ import annotations

import random
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import orjson

from mockserver.engine.store import Store, derived
from mockserver.vendors.execvision.callorder import CallOrder, Entry
from mockserver.vendors.execvision.common import BoundedCache
from mockserver.vendors.execvision.timefmt import iso
from mockserver.vendors.execvision.transcript import block_text, expand_transcript, make_turns, turn_words

ZERO_STATS: dict[str, Any] = {
    "internalTalkTime": 0,
    "externalTalkTime": 0,
    "talkRatio": 0.0,
    "interchangesPerMinute": 0.0,
    "longestSegmentDurations": {},
    "talkSpeeds": [],
}
TRANSCRIBED = frozenset({"ANALYZING", "COMPLETE"})
FOCUS = ("scaling the sales team", "improving forecast accuracy", "shortening ramp time")
TRANSCRIPT_CACHE = 256  # expanded transcripts kept in memory
PAGE_CACHE = 64  # serialized call pages kept per store version
RENDER_CACHE = 8192  # rendered calls (views, their JSON, topic blocks) kept per store version


class PageCache:
    """Serialized response pages of one store version: each valid for the clock span over
    which its calls do not change (CallOrder.valid); bounded so that a crawler of distinct
    queries cannot grow it forever. `build` returns the page, or its JSON bytes already."""

    def __init__(self) -> None:
        self.pages: dict[Any, tuple[float, float, bytes]] = {}

    def get(self, key: Any, at: float, build: Callable[[], tuple[Any, tuple[float, float]]]) -> bytes:
        hit = self.pages.get(key)
        if hit is not None and hit[0] <= at < hit[1]:
            return hit[2]
        built, (valid_from, valid_until) = build()
        data = built if isinstance(built, bytes) else orjson.dumps(built)
        if len(self.pages) >= PAGE_CACHE:
            self.pages.clear()
        self.pages[key] = (valid_from, valid_until, data)
        return data


def page_cache(store: Store) -> PageCache:
    return derived(store, "ev.calls.pages", PageCache)


def visible_call(store: Store, call_id: str, at: float) -> tuple[dict[str, Any], int] | None:
    order = CallOrder(store, at)
    entry = order.entry(call_id)
    return None if entry is None else (order.call(entry), entry[3])


def _renders(store: Store) -> BoundedCache:
    return derived(store, "ev.calls.renders", lambda: BoundedCache(RENDER_CACHE))


def _users(store: Store) -> dict[str, dict[str, Any]]:
    return derived(store, "ev.users.byid", lambda: {u["userId"]: u for u in store.values("ev.users")})


def _topic_names(store: Store) -> dict[int, str]:
    return derived(store, "ev.topics.names", lambda: {t["id"]: t["name"] for t in store.values("ev.topics")})


def summary(store: Store, call: dict[str, Any]) -> dict[str, Any]:
    rng = random.Random(call["tseed"] ^ 0x5EED)
    caller = _users(store).get(call["callerId"], {})
    company = call["metadata"].get("company", "the prospect")
    contact = call["crm"]["contacts"][0]["name"] if call["crm"] else "the prospect"
    names = _topic_names(store)
    topics = sorted({names.get(t + 1, "") for _, t, _ in call["topics"]} - {""})
    about = ", ".join(topics).lower() if topics else "their current process"
    return {
        "nextSteps": [
            f"{caller.get('firstName', 'The rep')} will send {contact} a recap and pricing.",
            rng.choice(
                (
                    "Schedule a follow-up demo next week.",
                    "Loop in the decision maker.",
                    "Share the security documentation.",
                )
            ),
        ],
        "questionsAndAnswers": [
            {
                "question": f"Q: What is {company} focused on right now?",
                "answer": f"A: {company} is focused on {rng.choice(FOCUS)}.",
            }
        ],
        "summary": f"{caller.get('firstName', 'The rep')} spoke with {contact} of {company} about {about}.",
    }


def base_view(store: Store, call: dict[str, Any], step: int) -> dict[str, Any]:
    """The call without optional data (cached per call and processing step)."""
    cache = _renders(store)
    hit = cache.get((call["id"], step))
    if hit is not None:
        return hit  # type: ignore[no-any-return]
    when, state = call["timeline"][step]
    caller = _users(store).get(call["callerId"], {})
    complete = state == "COMPLETE"
    view = {
        "id": call["id"],
        "callerId": call["callerId"],
        "callerEmail": caller.get("email", ""),
        "callTime": iso(call["callTime"]),
        "duration": call["duration"],
        "direction": call["direction"],
        "state": state,
        "callSummary": summary(store, call) if complete else None,
        "stats": call["stats"] if complete and call["stats"] else ZERO_STATS,
        "originalPath": call["originalPath"],
        "metadata": call["metadata"],
        "modified": iso(when),
    }
    cache.put((call["id"], step), view)
    return view


def page_json(store: Store, order: CallOrder, entries: list[Entry]) -> bytes:
    """A JSON array of base views, assembled from cached per-call serializations."""
    frags = derived(store, "ev.calls.json", lambda: BoundedCache(RENDER_CACHE))
    parts = []
    for entry in entries:
        key = (entry[1], entry[3])
        frag = frags.get(key)
        if frag is None:
            frag = orjson.dumps(base_view(store, order.call(entry), entry[3]))
            frags.put(key, frag)
        parts.append(frag)
    return b"[" + b",".join(parts) + b"]"


def crm_matches(call: dict[str, Any]) -> list[dict[str, Any]]:
    crm = call["crm"]
    if not crm:
        return []
    return [{k: crm[k] for k in ("crmName", "activityCrmId", "account", "contacts", "engagement")}]


def transcript(store: Store, call: dict[str, Any], step: int) -> list[dict[str, Any]] | None:
    if call["stats"] is None or call["timeline"][step][1] not in TRANSCRIBED:
        return None
    cache: OrderedDict[str, list[dict[str, Any]]] = derived(store, "ev.transcripts", OrderedDict)
    words = cache.get(call["id"])
    if words is None:
        inserts = {t: (topic, phrase) for t, topic, phrase in call["topics"]}
        words = expand_transcript(call["tseed"], call["duration"], call["speakers"], inserts)
        cache[call["id"]] = words
        if len(cache) > TRANSCRIPT_CACHE:
            cache.popitem(last=False)
    return words


def with_templates(view: dict[str, Any]) -> dict[str, Any]:
    meta = view["metadata"]
    card = {
        "name": "Default call card",
        "fields": [
            {"label": "Company", "value": meta.get("company")},
            {"label": "Opportunity price point", "value": meta.get("opportunity_price_point")},
            {"label": "Lead source", "value": meta.get("lead_source")},
        ],
    }
    return {**view, "metadata": {**meta, "callCardTemplates": [card]}}


def full_view(store: Store, call: dict[str, Any], step: int) -> dict[str, Any]:
    view = with_templates(base_view(store, call, step))
    view["transcript"] = transcript(store, call, step)
    view["crmMatches"] = crm_matches(call)
    return view


def speaker_type(call: dict[str, Any], speaker: int) -> str:
    if speaker == 0:
        return "INTERNAL"
    return "EXTERNAL" if speaker == 1 and call["crm"] else "UNKNOWN"


def question_counts(call: dict[str, Any]) -> dict[str, int]:
    internal, external, unknown = call["questionCounts"] or (0, 0, 0)
    if not call["crm"]:
        external, unknown = 0, external + unknown
    return {
        "internalSpeakerQuestionCount": internal,
        "externalSpeakerQuestionCount": external,
        "unknownSpeakerQuestionCount": unknown,
    }


def topic_blocks(store: Store, call: dict[str, Any]) -> list[dict[str, Any]]:
    cache = _renders(store)
    key = ("topics", call["id"])
    hit = cache.get(key)
    if hit is not None:
        return hit  # type: ignore[no-any-return]
    turns = make_turns(call["tseed"], call["duration"], call["speakers"])
    names = _topic_names(store)
    topic_words = {t["id"]: t["words"] for t in store.values("ev.topics")}
    blocks = []
    for index, topic, phrase in call["topics"]:
        if index >= len(turns):
            continue
        words, span = turn_words(call["tseed"], index, turns[index], (topic, phrase))
        if span is None:
            continue
        a, b = span
        phrase_text = topic_words.get(topic + 1, ["?"] * (phrase + 1))[phrase]
        blocks.append(
            {
                "startTime": words[0][2] / 1000,
                "endTime": words[-1][3] / 1000,
                "text": block_text(words),
                "speakerType": speaker_type(call, turns[index][0]),
                "topicsWithMatches": [
                    {
                        "topicId": str(topic + 1),
                        "topicName": names.get(topic + 1, ""),
                        "matches": [
                            {
                                "searchText": [phrase_text],
                                "matchingText": " ".join(w[0] for w in words[a : b + 1]),
                                "matchStartTime": words[a][2] / 1000,
                                "matchStartIndex": a,
                                "matchEndTime": words[b][3] / 1000,
                                "matchEndIndex": b,
                            }
                        ],
                    }
                ],
            }
        )
    cache.put(key, blocks)
    return blocks

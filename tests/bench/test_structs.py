"""The shipped msgspec Structs decode to the generated models' results, by the bench's comparison."""

from __future__ import annotations

import json
from typing import Any

from execvision_client._fast_decode import CALLS_DECODER
from execvision_client.models.call import Call

from benchmarks import canonical
from benchmarks.vendors.execvision.decode import trim
from benchmarks.vendors.execvision.structs import CALLS_DECODER as BENCH_DECODER


def _call(i: int, words: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"call-{i}",
        "callerId": "u-1",
        "callSummary": {"nextSteps": ["a"], "questionsAndAnswers": [{"question": "q", "answer": "a"}], "summary": None},
        "callTime": "2026-09-24T12:49:59.816Z",
        "duration": 651,
        "direction": "OUTBOUND",
        "state": "COMPLETE",
        "stats": {
            "internalTalkTime": 301.127,
            "externalTalkTime": 298.0,
            "talkRatio": 0.5,
            "interchangesPerMinute": 4.5,
            "longestSegmentDurations": {"0": 23.8, "1": 37.0},
            "talkSpeeds": [{"start": 1.3, "end": 299.9, "wordsPerMinute": {"0": 75.5}}],
        },
        "originalPath": "x.mp3",
        "metadata": {"deleted": False, "company": "Contoso", "opportunity_price_point": 50000},
        "modified": "2026-09-24T13:12:23.740Z",
        "transcript": [{"start": f"{j}.0", "end": f"{j}.5", "word": "hi", "v": j % 2, "p": ","} for j in range(words)],
        **extra,
    }


CRM = {"crmName": "SF", "activityCrmId": "a", "account": None, "contacts": [{"crmId": "c", "name": "n"}]}
PAGE = [
    _call(1, 3),
    _call(2, 0, callSummary=None, transcript=None),
    _call(3, 2, callerEmail="m@example.com", crmMatches=[{**CRM, "engagement": None}]),
]


def test_structs_decode_to_the_same_data_as_the_generated_models() -> None:
    content = json.dumps(PAGE).encode()
    stock = canonical.from_models([Call.from_dict(c) for c in json.loads(content)])
    assert canonical.same(canonical.from_models(CALLS_DECODER.decode(content)), stock)
    assert stock[0]["callTime"] == "2026-09-24T12:49:59.816000+00:00"


def test_the_bench_decodes_as_the_facade_does() -> None:
    """The bench builds its Struct decoder from public names only: it gives what the client's own gives."""
    content = json.dumps(PAGE).encode()
    assert BENCH_DECODER.decode(content) == CALLS_DECODER.decode(content)
    assert BENCH_DECODER.decode(content)[0].call_time.isoformat() == "2026-09-24T12:49:59.816000+00:00"


def test_a_difference_is_seen() -> None:
    content = json.dumps(PAGE).encode()
    stock = canonical.from_models([Call.from_dict(c) for c in json.loads(content)])
    structs = canonical.from_models(CALLS_DECODER.decode(content))
    structs[0]["transcript"][0]["word"] = "ho"
    assert not canonical.same(structs, stock)


def test_same_tells_json_types_apart() -> None:
    assert canonical.same([{"a": 1, "b": [True]}], [{"b": [True], "a": 1}])
    assert not canonical.same([{"a": 651}], [{"a": 651.0}])
    assert not canonical.same([{"a": 1}], [{"a": True}])
    assert canonical.same([{"a": 2**70}], [{"a": 2**70}])


def test_trim_cuts_transcripts_only() -> None:
    trimmed = trim(PAGE, 1)
    assert [len(c["transcript"] or []) for c in trimmed] == [1, 0, 1]
    assert trimmed[1]["transcript"] is None
    assert trimmed[0]["stats"] is PAGE[0]["stats"]
    assert len(PAGE[0]["transcript"]) == 3

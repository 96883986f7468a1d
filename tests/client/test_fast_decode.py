"""The facade's msgspec decode of calls and transcripts gives what the stock generated models give.

Every comparison is strict: the Struct's `to_dict()` must serialize exactly like the stock
model's (651 and 651.0 differ), `to_model()` must equal the stock model, and where the stock
models raise, the fast path raises the same exception.
"""

from __future__ import annotations

import datetime
import enum
import json
import logging
import types
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, get_args, get_origin

import execvision_client as evc
import httpx
import msgspec
import pytest
from execvision_client import _fast_decode as fd
from execvision_client import _fast_models as fm
from execvision_client import models
from execvision_client.api.calls import get_call, list_calls
from execvision_client.api.transcripts import get_transcript
from execvision_client.types import UNSET, Unset
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mockserver.engine.app import create_app
from tests.helpers.mock import ANCHOR, EV, EV_ADMIN, PAST, make_config

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
from starlette.testclient import TestClient  # noqa: E402

FALLBACK = "not decoded on the fast path"
STOCK = {
    "calls": (fd.parse_calls, list_calls._parse_response),
    "call": (fd.parse_call, get_call._parse_response),
    "transcript": (fd.parse_transcript, get_transcript._parse_response),
}
GENERATED = evc.Client(base_url="http://ev.test")


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def plain(parsed: Any) -> Any:
    return [item.to_dict() for item in parsed] if isinstance(parsed, list) else parsed.to_dict()


def as_models(parsed: Any) -> Any:
    return [item.to_model() for item in parsed] if isinstance(parsed, list) else parsed.to_model()


def assert_same(fast: Any, stock: Any) -> None:
    """The Structs' result is the stock models' result."""
    assert dumps(plain(fast)) == dumps(plain(stock))
    assert as_models(fast) == stock


def outcome(parse: Callable[..., Any], response: httpx.Response) -> tuple[str, Any]:
    try:
        return "ok", parse(client=GENERATED, response=response)
    except Exception as exc:  # noqa: BLE001 - compared below
        return "raised", (type(exc), str(exc))


def compare(kind: str, body: bytes, status: int = 200) -> Any:
    """Decode `body` both ways; assert the same outcome; return the fast result (or the error)."""
    fast_parse, stock_parse = STOCK[kind]
    fast = outcome(fast_parse, httpx.Response(status, content=body))
    stock = outcome(stock_parse, httpx.Response(status, content=body))
    assert fast[0] == stock[0], (fast, stock)
    if fast[0] == "raised" or isinstance(stock[1], models.Error):
        assert fast[1] == stock[1]
    else:
        assert_same(fast[1], stock[1])
    return fast[1]


@pytest.fixture
def fallbacks(caplog: pytest.LogCaptureFixture) -> Callable[[], int]:
    caplog.set_level(logging.DEBUG, logger="execvision_client")
    return lambda: sum(FALLBACK in record.getMessage() for record in caplog.records)


# (a) the mock's seeded data, through the facade and in-process for more seeds


@pytest.fixture
def recorded(ev_url: str) -> Iterator[tuple[evc.ExecVision, list[httpx.Response]]]:
    seen: list[httpx.Response] = []

    def keep(response: httpx.Response) -> None:
        response.read()
        seen.append(response)

    with (
        httpx.Client(event_hooks={"response": [keep]}) as http,
        evc.ExecVision(*EV_ADMIN, base_url=ev_url, rate_limiter=None, http_client=http) as ev,
    ):
        yield ev, seen


PAGES = [  # the mock's calls have ~2,000 words each: 40 of them are enough words
    {},
    {"include_transcripts": True, "limit": 40},
    {"include_transcripts": True, "include_crm_matches": True, "limit": 40},
    {"render_templates": True, "limit": 100},
    {"include_transcripts": True, "include_crm_matches": True, "render_templates": True, "limit": 40},
]


@pytest.mark.parametrize("query", PAGES, ids=lambda q: ",".join(q) or "plain")
def test_facade_pages_are_the_stock_models(
    recorded: tuple[evc.ExecVision, list[httpx.Response]], query: dict[str, Any], fallbacks: Callable[[], int]
) -> None:
    ev, seen = recorded
    calls = ev.list_calls(PAST, **{"limit": 1000, **query})
    stock = list_calls._parse_response(client=ev.generated, response=seen[-1])
    assert len(calls) > 20 and all(type(call) is evc.Call for call in calls)
    assert_same(calls, stock)
    assert fallbacks() == 0  # the mock serves the spec exactly: all on the fast path
    if query.get("include_transcripts"):
        assert sum(len(c.transcript) for c in calls if isinstance(c.transcript, list)) > 1000
    if query.get("include_crm_matches"):
        assert any(c.crm_matches for c in calls if not isinstance(c.crm_matches, Unset))
    if query.get("render_templates"):
        assert all(c.metadata["callCardTemplates"][0]["fields"] for c in calls)


def test_facade_single_call_transcript_and_iteration(
    recorded: tuple[evc.ExecVision, list[httpx.Response]], fallbacks: Callable[[], int]
) -> None:
    ev, seen = recorded
    ids = [ANCHOR, *(c.id for c in ev.list_calls(PAST, limit=3))]
    for id_ in ids:
        call = ev.get_call(id_)
        assert type(call) is evc.Call
        assert_same(call, get_call._parse_response(client=ev.generated, response=seen[-1]))
        transcript = ev.get_transcript(id_)
        assert type(transcript) is evc.SimplifiedTranscript and transcript.transcript
        assert_same(transcript, get_transcript._parse_response(client=ev.generated, response=seen[-1]))
    everything = ev.list_calls(PAST, limit=1000, include_crm_matches=True)
    paged = list(ev.iter_calls(PAST, page_size=7, include_crm_matches=True))
    assert sorted(dumps(c.to_dict()) for c in paged) == sorted(dumps(c.to_dict()) for c in everything)
    assert fallbacks() == 0


@pytest.fixture
async def arecorded(ev_url: str) -> AsyncIterator[tuple[evc.AsyncExecVision, list[httpx.Response]]]:
    seen: list[httpx.Response] = []

    async def keep(response: httpx.Response) -> None:
        await response.aread()
        seen.append(response)

    async with (
        httpx.AsyncClient(event_hooks={"response": [keep]}) as http,
        evc.AsyncExecVision(*EV_ADMIN, base_url=ev_url, rate_limiter=None, http_client=http) as ev,
    ):
        yield ev, seen


async def test_async_facade_is_the_stock_models(
    arecorded: tuple[evc.AsyncExecVision, list[httpx.Response]], fallbacks: Callable[[], int]
) -> None:
    ev, seen = arecorded
    calls = await ev.list_calls(PAST, limit=40, include_transcripts=True, include_crm_matches=True)
    assert_same(calls, list_calls._parse_response(client=ev.generated, response=seen[-1]))
    call = await ev.get_call(calls[0].id)
    assert_same(call, get_call._parse_response(client=ev.generated, response=seen[-1]))
    transcript = await ev.get_transcript(calls[0].id)
    assert_same(transcript, get_transcript._parse_response(client=ev.generated, response=seen[-1]))
    assert [c.id async for c in ev.iter_calls(PAST, page_size=7)][:40] == [c.id for c in calls]
    assert fallbacks() == 0


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_other_seeds_in_process(seed: int, fallbacks: Callable[[], int]) -> None:
    with TestClient(create_app(make_config(seed=seed)), base_url="http://mock") as http:
        http.auth = EV_ADMIN
        flags = {"include_transcripts": "true", "include_crm_matches": "true"}
        for params in ({"limit": 30, **flags}, {"limit": 30, "render_templates": "true", **flags}, {"limit": 1000}):
            page = http.get(f"{EV}/calls", params={"since": PAST, **params})
            assert page.status_code == 200
            calls = compare("calls", page.content)
            assert len(calls) >= 30
        for call in calls[:3]:
            compare("call", http.get(f"{EV}/call/{call.id}").content)
            compare("transcript", http.get(f"{EV}/transcript/{call.id}").content)
    assert fallbacks() == 0


# (b) hand-built bodies: absent and null fields, odd types, dates, undeclared keys, errors


def _call(**changes: Any) -> dict[str, Any]:
    crm = {"crmName": "SF", "activityCrmId": "a-1", "account": {"crmId": "acc", "name": "Contoso"}}
    call = {
        "id": "call-1",
        "callerId": "u-1",
        "callSummary": {"nextSteps": ["a"], "questionsAndAnswers": [{"question": "q", "answer": "a"}], "summary": "s"},
        "callTime": "2026-09-24T12:49:59.816Z",
        "duration": 651.5,
        "direction": "OUTBOUND",
        "state": "COMPLETE",
        "stats": {
            "internalTalkTime": 301.127,
            "externalTalkTime": 298,
            "talkRatio": 0.5,
            "interchangesPerMinute": 4.5,
            "longestSegmentDurations": {"0": 23.8, "1": 37},
            "talkSpeeds": [{"start": 1.3, "end": 299.9, "wordsPerMinute": {"0": 75.5}}],
        },
        "originalPath": "x.mp3",
        "metadata": {"deleted": False, "company": "Contoso", "n": [1, {"x": None}], "big": 2**70},
        "callerEmail": "m@example.com",
        "transcript": [
            {"start": "0.1", "end": "0.5", "word": "hi", "v": 0, "p": ","},
            {"start": "1", "end": "2", "word": "yo", "v": 1},
        ],
        "crmMatches": [{**crm, "contacts": [{"crmId": "c", "name": "n"}], "engagement": None}],
        "modified": "2026-09-24T13:12:23.740+02:00",
    }
    return {**call, **changes}


def _at(body: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        body = body[step]
    return body


def _transcript(**changes: Any) -> dict[str, Any]:
    speaker = {"email": None, "firstName": "Jane", "lastName": None, "speakerNumber": 0, "speakerType": "EXTERNAL"}
    segment = {"endTime": 2.5, "speakerNumber": 0, "startTime": 0, "text": "hello there"}
    return {"speakers": [speaker], "transcript": [segment], **changes}


FAST_CASES = {
    "everything": _call(),
    "optional keys absent": {
        k: v for k, v in _call().items() if k not in ("callerEmail", "transcript", "crmMatches", "modified")
    },
    "nullable values null": _call(callSummary=None, transcript=None),
    "summary null, no q&a": _call(callSummary={"nextSteps": [], "questionsAndAnswers": [], "summary": None}),
    "ints stay ints": _call(duration=651, stats={**_call()["stats"], "talkRatio": 1}),
    "naive date": _call(callTime="2026-09-24T12:49:59"),
    "date only (fromisoformat reads it)": _call(callTime="2026-09-24"),
    "7 fractional digits (fromisoformat truncates)": _call(callTime="2026-09-24T12:49:59.9999999Z"),
    "offset with seconds": _call(modified="2026-09-24T12:49:59+05:30:15"),
    "escapes and non-ASCII": _call(originalPath='a\\"b\u00e9\U0001f600\n', metadata={"\u00e9": "\u2028"}),
}
FALLBACK_CASES = {
    "p null": ([("transcript", 0, "p")], None),
    "callerEmail null": ([("callerEmail",)], None),
    "v a float": ([("transcript", 0, "v")], 1.0),
    "v a bool": ([("transcript", 1, "v")], True),
    "v a string": ([("transcript", 1, "v")], "1"),
    "duration a string": ([("duration",)], "651"),
    "id a number": ([("id",)], 5),
    "summary a number": ([("callSummary", "summary")], 3),
    "callSummary not a CallSummary": ([("callSummary",)], {"foo": 1}),
    "metadata value Infinity": ([("metadata", "x")], float("inf")),
}
RAISE_CASES = {
    "unknown direction": _call(direction="SIDEWAYS"),
    "lowercase t and z (fromisoformat rejects them)": _call(callTime="2026-09-24t12:49:59z"),
    "callTime a number": _call(callTime=5),
    "modified null": _call(modified=None),
    "crmMatches null": _call(crmMatches=None),
    "state missing": {k: v for k, v in _call().items() if k != "state"},
    "stats missing a key": _call(stats={"talkRatio": 1}),
}
EXTRA_AT = [
    (),
    ("callSummary",),
    ("callSummary", "questionsAndAnswers", 0),
    ("stats",),
    ("stats", "talkSpeeds", 0),
    ("crmMatches", 0),
    ("crmMatches", 0, "account"),
    ("crmMatches", 0, "contacts", 0),
    ("transcript", 1),
]


@pytest.mark.parametrize("name", sorted(FAST_CASES))
def test_fast_path_bodies(name: str, fallbacks: Callable[[], int]) -> None:
    body = json.dumps([FAST_CASES[name]], ensure_ascii=False).encode()
    calls = compare("calls", body)
    assert type(calls[0]) is evc.Call and fallbacks() == 0
    assert compare("call", json.dumps(FAST_CASES[name]).encode()).to_dict() == calls[0].to_dict()


def test_absent_keys_are_the_packages_unset() -> None:
    call = compare("call", json.dumps(FAST_CASES["optional keys absent"]).encode())
    assert call.modified is UNSET and isinstance(call.caller_email, Unset) and not call.transcript
    assert "modified" not in call.to_dict()
    assert isinstance(compare("call", json.dumps(_call(duration=651)).encode()).to_dict()["duration"], int)


@pytest.mark.parametrize("name", sorted(FALLBACK_CASES))
def test_bodies_the_stock_models_let_through(name: str, fallbacks: Callable[[], int]) -> None:
    body = _call()
    paths, value = FALLBACK_CASES[name]
    for path in paths:
        _at(body, path[:-1])[path[-1]] = value
    call = compare("call", json.dumps(body).encode())
    assert type(call) is evc.Call and fallbacks() == 1


@pytest.mark.parametrize("name", sorted(RAISE_CASES))
def test_bodies_the_stock_models_reject(name: str) -> None:
    kind, error = compare("calls", json.dumps([_call(), RAISE_CASES[name]]).encode())
    assert issubclass(kind, KeyError | TypeError | ValueError)


@pytest.mark.parametrize("path", EXTRA_AT, ids=lambda p: ".".join(map(str, p)) or "call")
def test_undeclared_keys_are_kept_at_every_level(path: tuple[Any, ...]) -> None:
    body = _call()
    _at(body, path).update({"xExtra": {"deep": [1]}, "caller_id": "python name, not the wire name"})
    call = compare("calls", json.dumps([_call(), body]).encode())[1]
    node = call
    for step in path:
        node = node[step] if isinstance(step, int) else getattr(node, _snake(step))
    assert node.additional_properties == {"xExtra": {"deep": [1]}, "caller_id": "python name, not the wire name"}
    assert node["xExtra"] == {"deep": [1]} and "caller_id" in node and node.additional_keys == ["xExtra", "caller_id"]
    assert isinstance(node, evc.__dict__[type(node).__name__]) and type(node).__name__ == type(node.to_model()).__name__
    clean = compare("call", json.dumps(_call()).encode())
    assert clean.additional_properties == {} and call != clean and call == call  # noqa: PLR0124


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def test_undeclared_keys_of_transcripts() -> None:
    body = _transcript(extra=1)
    body["speakers"][0]["title"] = "CEO"
    body["transcript"][0]["confidence"] = 0.9
    transcript = compare("transcript", json.dumps(body).encode())
    assert type(transcript).__name__ == "SimplifiedTranscript" and transcript.additional_properties == {"extra": 1}
    assert transcript.speakers[0]["title"] == "CEO" and transcript.transcript[0]["confidence"] == 0.9
    assert (
        compare("transcript", json.dumps(_transcript()).encode()).speakers[0].speaker_type
        is models.SpeakerType.EXTERNAL
    )
    kind, _ = compare(
        "transcript", json.dumps(_transcript(speakers=[{**body["speakers"][0], "speakerType": "BOT"}])).encode()
    )
    assert kind is ValueError
    segment = {"endTime": 1, "speakerNumber": 0.0, "startTime": 0, "text": "x"}  # a float speakerNumber: stock keeps it
    assert (
        compare("transcript", json.dumps(_transcript(transcript=[segment])).encode()).transcript[0].speaker_number == 0
    )


@pytest.mark.parametrize(
    "body",
    [
        b"\xef\xbb\xbf" + json.dumps([_call()]).encode(),  # a UTF-8 BOM: json.loads skips it
        json.dumps([_call(originalPath="\ud800")]).encode(),  # a lone surrogate, escaped
        json.dumps([_call()]).replace('"hi"', '"\\ud83d\\ude00"').encode(),  # an escaped surrogate pair
        json.dumps([_call()]).encode("utf-16"),  # json.loads detects UTF-16
        json.dumps([_call()]).replace("651.5", "1e400").encode(),  # json.loads: inf; msgspec: out of range
        b"{}",  # the stock models iterate a dict's keys: no calls
        b"null",
        b"[]",
        b"not json",
        json.dumps([_call()] * 3).encode() + b" ",
    ],
)
def test_bytes_level_oddities(body: bytes) -> None:
    compare("calls", body)


def test_other_statuses_go_to_the_stock_parser() -> None:
    error = compare("calls", json.dumps({"error": "E", "message": "nope"}).encode(), status=400)
    assert isinstance(error, models.Error) and error.message == "nope"
    error = compare("call", json.dumps({"error": "not_found", "message": "no call"}).encode(), status=404)
    assert isinstance(error, models.Error) and error.error == "not_found"
    # a status the spec does not declare (no `default`): the stock parser's None, fast or not
    # (the facades turn it into APIResponseValidationError)
    body = json.dumps(_call()).encode()
    fast, stock = (outcome(parse, httpx.Response(203, content=body)) for parse in STOCK["call"])
    assert fast == stock == ("ok", None)


# (b) generated bodies: any mix of the above, compared with the stock models


def _json(lax: bool = True) -> st.SearchStrategy[Any]:
    scalars = (
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=lax) | st.text(max_size=8)
    )

    def nested(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)

    return st.recursive(scalars, nested, max_leaves=6)


def _dates(lax: bool) -> st.SearchStrategy[str]:
    zones = st.sampled_from([None, datetime.UTC, datetime.timezone(datetime.timedelta(hours=-3, minutes=-30))])
    moments = st.datetimes(timezones=zones)
    forms = [
        moments.map(lambda d: d.isoformat()),
        moments.map(lambda d: d.isoformat(sep=" ", timespec="milliseconds").replace("+00:00", "Z")),
        moments.map(lambda d: d.date().isoformat()),
        st.just("2026-09-24T12:49:59.1234567Z"),
    ]
    odd = st.sampled_from(["2026-09-24t12:49:59z", "yesterday", "2026-13-01T00:00:00Z"])
    return st.one_of([*forms, *forms, odd] if lax else forms)


def _value(t: Any, lax: bool) -> st.SearchStrategy[Any]:
    """JSON values of a Struct field type: what the spec says, and with `lax` at times what the stock
    models let through (or reject)."""
    if t is fm._DateTime:
        return _dates(lax)
    if isinstance(t, types.UnionType):
        return st.one_of([_value(arg, lax) for arg in get_args(t) if arg is not msgspec.UnsetType])
    if get_origin(t) is list:
        return st.lists(_value(get_args(t)[0], lax), max_size=3)
    if get_origin(t) is dict:
        return st.dictionaries(st.text(max_size=4), _value(get_args(t)[1], lax), max_size=3)
    if isinstance(t, type) and issubclass(t, msgspec.Struct):
        return _object(t, lax)
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return st.sampled_from([m.value for m in t] * 4 + ["UNKNOWN"] * lax)
    floats = st.floats(allow_nan=False, allow_infinity=lax)  # Infinity is not JSON: json.loads takes it
    usual = {str: st.text(), int: st.integers(), float: floats, type(None): st.none(), Any: _json(lax)}
    if not lax or t not in (str, int, float):
        return usual[t]
    odd = st.integers() | st.floats(allow_nan=False) | st.booleans() | st.text(max_size=3) | st.none()
    return st.one_of([usual[t]] * 9 + [odd])


def _object(struct: type[msgspec.Struct], lax: bool) -> st.SearchStrategy[dict[str, Any]]:
    fields = msgspec.structs.fields(struct)
    required = {f.encode_name: _value(f.type, lax) for f in fields if f.required}
    optional = {f.encode_name: _value(f.type, lax) for f in fields if not f.required}
    body = st.fixed_dictionaries(required, optional=optional)
    if not lax:
        return body
    names = {f.encode_name for f in fields}
    extras = st.dictionaries(st.text(max_size=6).filter(lambda k: k not in names), _json(), min_size=1, max_size=2)
    return st.tuples(body, st.one_of([st.just({})] * 5 + [extras])).map(lambda pair: {**pair[1], **pair[0]})


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calls=st.lists(_object(fm.Call, lax=False), max_size=3), ascii_only=st.booleans())
def test_generated_spec_bodies_take_the_fast_path(calls: list[dict[str, Any]], ascii_only: bool) -> None:
    body = json.dumps(calls, ensure_ascii=ascii_only).encode()
    assert [type(call) for call in fd.CALLS_DECODER.decode(body)] == [evc.Call] * len(calls)
    compare("calls", body)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calls=st.lists(_object(fm.Call, lax=True), max_size=2), ascii_only=st.booleans())
def test_generated_bodies_match_the_stock_models(calls: list[dict[str, Any]], ascii_only: bool) -> None:
    compare("calls", json.dumps(calls, ensure_ascii=ascii_only).encode())


@settings(max_examples=100, deadline=None)
@given(body=_object(fm.SimplifiedTranscript, lax=True), strict=_object(fm.SimplifiedTranscript, lax=False))
def test_generated_transcripts(body: dict[str, Any], strict: dict[str, Any]) -> None:
    compare("transcript", json.dumps(body).encode())
    assert type(fd.TRANSCRIPT_DECODER.decode(json.dumps(strict).encode())) is evc.SimplifiedTranscript
    compare("transcript", json.dumps(strict).encode())


# through the facade: the fallback, errors and retries work as before


def _facade(handler: Callable[[httpx.Request], httpx.Response], sleeps: list[float]) -> evc.ExecVision:
    policy = evc.RetryPolicy(sleep=sleeps.append, random=lambda: 0.0)
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return evc.ExecVision(
        "u", "p", base_url="http://ev.test/api/ev/2", rate_limiter=None, retry=policy, http_client=http
    )


def test_facade_keeps_undeclared_keys_and_retries(fallbacks: Callable[[], int]) -> None:
    body = _call(extra="kept")
    body["transcript"][0]["confidence"] = 0.5
    answers = [httpx.Response(503, json={"error": "busy", "message": "later"}), httpx.Response(200, json=[body])]
    sleeps: list[float] = []
    with _facade(lambda request: answers.pop(0), sleeps) as ev:
        calls = ev.list_calls(PAST, include_transcripts=True)
    assert len(sleeps) == 1 and not answers and fallbacks() == 1
    assert isinstance(calls[0], evc.Call) and calls[0]["extra"] == "kept"
    assert calls[0].transcript[0].additional_properties == {"confidence": 0.5}  # type: ignore[index]
    assert calls[0].to_model() == models.Call.from_dict(body)
    assert calls[0].to_model().transcript[0]["confidence"] == 0.5  # type: ignore[index]


@pytest.mark.parametrize("body", [_call(direction="SIDEWAYS"), {k: v for k, v in _call().items() if k != "id"}])
def test_facade_reports_bodies_the_stock_models_reject(body: dict[str, Any]) -> None:
    error = pytest.raises(evc.APIResponseValidationError, match="does not match the API description")
    with _facade(lambda request: httpx.Response(200, json=body), []) as ev, error as caught:
        ev.get_call(ANCHOR)
    stock = outcome(get_call._parse_response, httpx.Response(200, json=body))[1]
    assert (type(caught.value.__cause__), str(caught.value.__cause__)) == stock


def test_facade_errors_are_unchanged() -> None:
    answer = httpx.Response(404, json={"error": "not_found", "message": "no call"})
    with _facade(lambda request: answer, []) as ev, pytest.raises(evc.NotFoundError) as caught:
        ev.get_transcript(ANCHOR)
    assert isinstance(caught.value.body, models.Error) and caught.value.body.message == "no call"

"""iter_* helpers: every item exactly once, whatever the page size; the documented ExecVision
quirks (repeated last_id, minute-granular since) handled; endless paging detected."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from cresta_client import AsyncCresta, Cresta
from cresta_client.models import ListSuggestionUsageRequest, SampleConversationsRequest
from execvision_client import AsyncExecVision, ExecVision, PaginationError
from execvision_client._since_paging import SinceCursor, SinceLastIdCursor

from mockserver.engine.app import MockApp

from .conftest import PARENT, Wire

SINCE = "2020-01-01T00:00Z"
T0 = datetime(2026, 11, 1, 9, 15, tzinfo=UTC)


# --- cursors on synthetic pages ----------------------------------------------------------


@dataclass
class Item:
    id: str
    modified: datetime
    call_time: datetime = T0


@dataclass
class Feedback:
    call_id: str
    feedback_by: str
    feedback_at: datetime
    modified: datetime


def _fb(n: int, seconds: int) -> Feedback:
    at = T0 + timedelta(seconds=seconds)
    return Feedback(f"call-{n}", "user-1", at, at)


def test_since_last_id_drops_the_repeated_item_and_stops_on_a_short_page() -> None:
    items = [Item(f"id-{i}", T0 + timedelta(seconds=10 * i)) for i in range(5)]
    cursor = SinceLastIdCursor[Item]("listCalls", T0, limit=3)
    assert cursor.next_params() == {"since": T0.isoformat(), "last_id": None}
    assert cursor.feed(items[:3]) == items[:3]
    assert cursor.next_params() == {"since": items[2].modified.isoformat(), "last_id": "id-2"}
    assert cursor.feed([items[2], *items[3:]]) == items[3:]  # the bug: id-2 again (still a full page)
    assert cursor.next_params() == {"since": items[4].modified.isoformat(), "last_id": "id-4"}
    assert cursor.feed([items[4]]) == []  # only the repeated item: a short page ends it
    assert cursor.next_params() is None


@pytest.mark.parametrize("operation", ["listCalls", "listDeletedCalls", "listCallTopics"])
def test_since_last_id_refuses_a_page_size_the_repeat_can_fill(operation: str) -> None:
    # minProgressLimit 2: at limit=1 the repeated last_id item would be the whole page, forever
    with pytest.raises(ValueError, match=f"{operation}: a page size of 1 cannot progress.*use at least 2"):
        SinceLastIdCursor[Item](operation, T0, limit=1)
    assert SinceLastIdCursor[Item](operation, T0, limit=2).next_params() is not None


def test_since_last_id_names_the_stall_of_a_page_of_repeats_only() -> None:
    cursor = SinceLastIdCursor[Item]("listCalls", T0, limit=2)
    cursor.feed([Item("x", T0), Item("a", T0)])
    stall = "listCalls: paging stalled: the server repeated the last_id=a item .* brought no new item; limit 2 cannot"
    with pytest.raises(PaginationError, match=stall):
        cursor.feed([Item("a", T0), Item("a", T0)])


def test_since_last_id_names_the_stall_of_the_same_page_again() -> None:
    cursor = SinceLastIdCursor[Item]("listCalls", T0, limit=2)
    page = [Item("x", T0), Item("a", T0)]
    cursor.feed(page)
    with pytest.raises(PaginationError, match="paging stalled: .* brought nothing past last_id=a; limit 2 cannot"):
        cursor.feed(page)  # a server that ignores last_id inside one timestamp: the same page forever


def test_since_only_dedups_the_boundary_minute() -> None:
    cursor = SinceCursor[Feedback]("listFeedback", T0, limit=3)
    first = [_fb(1, 0), _fb(2, 70), _fb(3, 75)]  # minutes :15, :16, :16
    assert cursor.feed(first) == first
    assert cursor.next_params() == {"since": first[-1].modified.isoformat()}
    again = [_fb(2, 70), _fb(3, 75), _fb(4, 130)]  # the server ignores seconds: :16 comes back
    assert cursor.feed(again) == [again[-1]]
    assert cursor.feed([_fb(4, 130), _fb(5, 140)]) == [_fb(5, 140)]
    assert cursor.next_params() is None


def test_since_only_detects_a_full_minute() -> None:
    cursor = SinceCursor[Feedback]("listFeedback", T0, limit=2)
    cursor.feed([_fb(1, 65), _fb(2, 66)])
    with pytest.raises(PaginationError, match="more than 2 items share the minute 2026-11-01T09:16Z"):
        cursor.feed([_fb(1, 65), _fb(2, 66)])


def test_scores_count_scorecard_results_not_answers() -> None:
    @dataclass
    class Answer:
        result_id: str
        question_id: str
        modified: datetime

    cursor = SinceCursor[Answer]("listScores", T0, limit=2)
    page = [Answer("r1", "q1", T0), Answer("r1", "q2", T0), Answer("r2", "q1", T0 + timedelta(minutes=1))]
    assert len(cursor.feed(page)) == 3 and cursor.next_params() is not None  # 2 results: a full page
    assert cursor.feed([Answer("r2", "q1", T0 + timedelta(minutes=1))]) == []
    assert cursor.next_params() is None


# --- ExecVision over HTTP --------------------------------------------------------------------


def _raw_pages_repeat_last_id(ev: ExecVision, size: int) -> bool:
    since, last_id, repeated = SINCE, None, False
    while True:
        page = ev.list_calls(since, limit=size, last_id=last_id)
        repeated |= last_id is not None and any(call.id == last_id for call in page)
        if len(page) < size:
            return repeated
        since, last_id = (page[-1].modified or page[-1].call_time).isoformat(), page[-1].id  # type: ignore[union-attr]


def test_calls_page_size_7_and_1000_give_the_same_ids_despite_the_bug(ev: ExecVision) -> None:
    assert _raw_pages_repeat_last_id(ev, 7), "the mock should emulate the repeated last_id"
    small = [call.id for call in ev.iter_calls(SINCE, page_size=7)]
    large = [call.id for call in ev.iter_calls(SINCE, page_size=1000)]
    assert len(small) == len(set(small)) and len(large) == len(set(large))
    assert set(small) == set(large) and len(large) > 100


def test_calls_without_the_bug(ev: ExecVision, mock: MockApp) -> None:
    mock.set_last_id_bug(False)
    assert not _raw_pages_repeat_last_id(ev, 7)
    assert sorted(c.id for c in ev.iter_calls(SINCE, page_size=7)) == sorted(c.id for c in ev.iter_calls(SINCE))


async def test_calls_async(aev: AsyncExecVision) -> None:
    small = [call.id async for call in aev.iter_calls(SINCE, page_size=7, include_transcripts=True)]
    large = [call.id async for call in aev.iter_calls(SINCE)]
    assert len(small) == len(set(small)) and set(small) == set(large)


def test_deleted_calls_and_call_topics(ev: ExecVision) -> None:
    for call in ev.list_calls(SINCE, limit=12):
        ev.delete_call(call.id)  # deleted within the same (mock) second: last_id must page them
    small = [d.id for d in ev.iter_deleted_calls(SINCE, page_size=7)]
    assert len(small) == len(set(small)) >= 12 and set(small) == {d.id for d in ev.iter_deleted_calls(SINCE)}
    topics = [t.call_id for t in ev.iter_call_topics(SINCE, page_size=7)]
    assert len(topics) == len(set(topics)) and set(topics) == {t.call_id for t in ev.iter_call_topics(SINCE)}


# --- ExecVision over a scripted server: the limit=1 stall (x-pagination.minProgressLimit) ----


def _deleted(call_id: str) -> dict[str, str]:
    at = "2026-11-01T09:15:00Z"  # one timestamp: only last_id tells the pages apart
    return {"id": call_id, "deletedAt": at, "callerId": "caller-1", "callTime": at}


class Scripted:
    """An httpx transport that records each request and answers `/calls/deleted` with `answer`."""

    def __init__(self, answer: Any) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.answer(request.url.params))


def _scripted_ev(server: Scripted) -> ExecVision:
    http = httpx.Client(transport=httpx.MockTransport(server))
    return ExecVision("u", "p", base_url=SCRIPTED_URL, rate_limiter=None, http_client=http)


SCRIPTED_URL = "https://ev.test/api/ev/2"
PAGED = ["iter_calls", "iter_deleted_calls", "iter_call_topics"]


@pytest.mark.parametrize(("size", "reason"), [(1, "page size of 1 cannot progress"), (0, "at least 1")])
@pytest.mark.parametrize("name", PAGED)
def test_a_page_size_that_cannot_progress_is_refused_before_any_request(name: str, size: int, reason: str) -> None:
    server = Scripted(lambda params: [])  # 0 too: it is not "the maximum" (iter_calls once read it so)
    with _scripted_ev(server) as ev, pytest.raises(ValueError, match=reason):
        getattr(ev, name)(SINCE, page_size=size)
    assert server.requests == []


@pytest.mark.parametrize("name", PAGED)
async def test_async_refuses_it_before_any_request_too(name: str) -> None:
    sent: list[httpx.Request] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=[])

    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with AsyncExecVision("u", "p", base_url=SCRIPTED_URL, rate_limiter=None, http_client=http) as aev:
        with pytest.raises(ValueError, match="page size of 1 cannot progress"):
            getattr(aev, name)(SINCE, page_size=1)
    assert sent == []


def test_a_server_that_stalls_anyway_is_named_in_the_error() -> None:
    # the server ignores last_id: the same full page comes back, ending with the last_id item
    server = Scripted(lambda params: [_deleted("x"), _deleted("a")])
    with _scripted_ev(server) as ev:
        items = ev.iter_deleted_calls(SINCE, page_size=2)
        assert [d.id for d in itertools.islice(items, 2)] == ["x", "a"]
        with pytest.raises(
            PaginationError, match="listDeletedCalls: paging stalled: the server repeated the last_id=a"
        ):
            next(items)
    assert [r.url.params.get("last_id") for r in server.requests] == [None, "a"]


def test_a_last_page_of_only_the_repeated_item_ends_the_walk() -> None:
    # issue 14: at limit=1000 the last page of /calls/deleted can be just the repeated item
    def answer(params: Any) -> list[dict[str, str]]:
        return [_deleted("a")] if params.get("last_id") == "a" else [_deleted("x"), _deleted("a")]

    server = Scripted(answer)
    with _scripted_ev(server) as ev:
        assert [d.id for d in ev.iter_deleted_calls(SINCE, page_size=2)] == ["x", "a"]
    assert len(server.requests) == 2


KEYS: dict[str, Any] = {
    "scores": lambda s: (s.result_id, s.question_id),
    "feedback": lambda f: (f.call_id, f.feedback_by, f.feedback_at),
    "shares": lambda s: (s.call_id, s.shared_by, s.shared_at),
    "meetings": lambda m: m.meeting_id,
    "plans": lambda p: p.plan_id,
    "kpis": lambda k: (k.kpi_id, k.observer_id, k.observed_id, k.observed_at),
    "listens": lambda x: (x.call_id, x.listener, x.date),
}


@pytest.mark.parametrize("name", sorted(KEYS))
def test_since_only_lists_page_size_independent(ev: ExecVision, name: str) -> None:
    iterate, key = getattr(ev, f"iter_{name}"), KEYS[name]
    one_page = Counter(key(item) for item in getattr(ev, f"list_{name}")(SINCE, limit=1000))
    small_size = 30 if name == "listens" else 7  # listens: up to 24 share a minute (nightly job)
    small = Counter(key(item) for item in iterate(SINCE, page_size=small_size))
    assert one_page and small == one_page == Counter(key(item) for item in iterate(SINCE))


def test_items_sharing_a_key_both_survive_the_boundary_dedup() -> None:
    cursor = SinceCursor[Feedback]("listFeedback", T0, limit=3)
    twin = _fb(1, 70)
    page = [_fb(0, 0), twin, _fb(1, 70)]  # two feedback items with the same key in minute :16
    assert cursor.feed(page) == page
    assert cursor.feed([twin, _fb(1, 70), _fb(2, 130)]) == [_fb(2, 130)]
    assert cursor.feed([_fb(2, 130)]) == [] and cursor.next_params() is None


def test_more_items_in_one_minute_than_a_page_raises(ev: ExecVision) -> None:
    with pytest.raises(PaginationError, match="listListens: more than 7 items share the minute"):
        list(ev.iter_listens(SINCE, page_size=7))


async def test_since_only_async(aev: AsyncExecVision) -> None:
    small = {(f.call_id, f.feedback_at) async for f in aev.iter_feedback(SINCE, page_size=7)}
    assert small == {(f.call_id, f.feedback_at) async for f in aev.iter_feedback(SINCE)}


# --- Cresta over HTTP ------------------------------------------------------------------------


def test_coaching_comments_follow_next_page_token(cresta: Cresta, wire: Wire) -> None:
    usecase = f"{PARENT}/usecases/sales"
    small = [c.name for c in cresta.iter_coaching_comments(PARENT, usecase_names=[usecase], page_size=7)]
    pages = wire.count("/coachingComments")
    large = [c.name for c in cresta.iter_coaching_comments(PARENT, usecase_names=usecase, page_size=1000)]
    assert len(small) == len(set(small)) and set(small) == set(large) and len(large) > 7
    assert pages == len(large) // 7 + 1


def test_token_in_the_body_for_sampling_and_suggestion_usage(cresta: Cresta, wire: Wire) -> None:
    small = [u.name for u in cresta.iter_suggestion_usages(PARENT, ListSuggestionUsageRequest(page_size=7))]
    assert set(small) == {u.name for u in cresta.iter_suggestion_usages(PARENT)} and len(small) == len(set(small))
    bodies = [json.loads(r.content) for r in wire.requests if r.url.path.endswith(":suggestionUsages")]
    assert "pageToken" not in bodies[0] and all("pageToken" in b for b in bodies[1:-1]) and len(bodies) > 3
    assert all("pageToken" not in str(r.url) for r in wire.requests)
    sample = SampleConversationsRequest(page_size=7)
    sampled = [s.name for s in cresta.iter_sampled_conversations(PARENT, sample)]
    assert len(sampled) == len(set(sampled)) > 7
    assert set(sampled) == {s.name for s in cresta.iter_sampled_conversations(PARENT)}
    assert sample.page_token is not None and not isinstance(sample.page_token, str)  # the caller's body untouched


async def test_cresta_iterators_async(acresta: AsyncCresta) -> None:
    usecase = f"{PARENT}/usecases/sales"
    small = [c.name async for c in acresta.iter_coaching_comments(PARENT, usecase_names=usecase, page_size=3)]
    large = [c.name async for c in acresta.iter_coaching_comments(PARENT, usecase_names=usecase)]
    assert sorted(small) == sorted(large) and large
    usages = [u.name async for u in acresta.iter_suggestion_usages(PARENT, ListSuggestionUsageRequest(page_size=4))]
    assert len(usages) == len(set(usages)) > 4


def test_render_templates_caps_the_page_size(ev: ExecVision, wire: Wire) -> None:
    calls = list(ev.iter_calls(SINCE, page_size=500, render_templates=True))
    assert calls and all(r.url.params["limit"] == "100" for r in wire.requests)

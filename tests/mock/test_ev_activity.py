"""ExecVision data consistency: transcripts, stats, topics, listens, scores, definitions; the
activity kinds built on first read (seed_activity.py), each from its own stream."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from typing import Any

from starlette.testclient import TestClient

from mockserver.engine.app import MockApp
from mockserver.engine.config import DEFAULT_SPEC_DIR, ManualClock
from mockserver.engine.lazykind import LazyKind
from mockserver.engine.specs import load_spec
from mockserver.engine.store import MemoryStore, virtual_of
from mockserver.vendors.execvision import PLUGIN
from mockserver.vendors.execvision.org import ANCHOR_USER, org_of
from mockserver.vendors.execvision.seed_activity import ANCHOR_QUESTION, ANCHOR_SCORECARD, scorecard_list
from mockserver.vendors.execvision.seed_coaching import schedule
from tests.helpers.mock import ANCHOR, EV, EV_ADMIN, NOW, PAST, SEED, SMALL_SIZES


def get(client: TestClient, path: str, **params: Any) -> Any:
    r = client.get(EV + path, params=params, auth=EV_ADMIN)
    assert r.status_code == 200, r.text
    return r.json()


def test_simplified_transcript_groups_words_per_speaker(client: TestClient) -> None:
    call = get(client, f"/call/{ANCHOR}")
    simple = get(client, f"/transcript/{ANCHOR}")
    segments = simple["transcript"]
    assert [s["speakerNumber"] for s in segments] != [] and all(
        a["speakerNumber"] != b["speakerNumber"] for a, b in zip(segments, segments[1:], strict=False)
    )
    words = " ".join(w["word"] + w.get("p", "") for w in call["transcript"])
    assert " ".join(s["text"] for s in segments) == words
    assert segments[0]["startTime"] == float(call["transcript"][0]["start"])
    speakers = {s["speakerNumber"]: s for s in simple["speakers"]}
    caller = next(u for u in get(client, "/users") if u["userId"] == call["callerId"])
    assert speakers[0] == {
        "email": caller["email"],
        "firstName": caller["firstName"],
        "lastName": caller["lastName"],
        "speakerNumber": 0,
        "speakerType": "INTERNAL",
    }
    contact = call["crmMatches"][0]["contacts"][0]["name"]
    assert (
        speakers[1]["speakerType"] == "EXTERNAL" and contact == f"{speakers[1]['firstName']} {speakers[1]['lastName']}"
    )


def _stats_from_words(words: list[dict[str, Any]], duration: float) -> dict[str, Any]:
    segments: list[list[Any]] = []
    for w in words:
        start, end = float(w["start"]), float(w["end"])
        if segments and segments[-1][0] == w["v"]:
            segments[-1][2] = end
        else:
            segments.append([w["v"], start, end])
    internal = sum(e - s for v, s, e in segments if v == 0)
    external = sum(e - s for v, s, e in segments if v != 0)
    longest: dict[str, float] = {}
    for v, s, e in segments:
        longest[str(v)] = max(longest.get(str(v), 0.0), e - s)
    sections: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for w in words:
        sections[int(float(w["start"]) // 300)][str(w["v"])] += 1
    return {
        "internal": internal,
        "external": external,
        "longest": longest,
        "changes": len(segments) - 1,
        "section_words": [dict(sections[k]) for k in sorted(sections)],
    }


def test_stats_are_consistent_with_the_transcript(client: TestClient) -> None:
    for call in get(client, "/calls", since=PAST, limit=40, include_transcripts="true"):
        if call["state"] != "COMPLETE":
            continue
        stats, derived = call["stats"], _stats_from_words(call["transcript"], call["duration"])
        assert abs(stats["internalTalkTime"] - derived["internal"]) < 0.01
        assert abs(stats["externalTalkTime"] - derived["external"]) < 0.01
        total = stats["internalTalkTime"] + stats["externalTalkTime"]
        assert abs(stats["talkRatio"] - stats["internalTalkTime"] / total) < 1e-9
        assert abs(stats["interchangesPerMinute"] - derived["changes"] / (call["duration"] / 60)) < 1e-9
        assert stats["longestSegmentDurations"].keys() == derived["longest"].keys()
        for k, v in derived["longest"].items():
            assert abs(stats["longestSegmentDurations"][k] - v) < 0.002
        counted = [
            {k: round(wpm * (s["end"] - s["start"]) / 60) for k, wpm in s["wordsPerMinute"].items()}
            for s in stats["talkSpeeds"]
        ]
        assert counted == derived["section_words"]
        assert float(call["transcript"][-1]["end"]) <= call["duration"]


def test_call_topics_are_complete_calls_with_consistent_matches(client: TestClient) -> None:
    topics = {str(t["id"]): t for t in get(client, "/topics")}
    items = get(client, "/call_topics", since=PAST, limit=100)
    assert items and [(i["modified"], i["callId"]) for i in items] == sorted(
        (i["modified"], i["callId"]) for i in items
    )
    matched = 0
    for item in items[:30]:
        call = get(client, f"/call/{item['callId']}")
        assert call["state"] == "COMPLETE" and call["modified"] == item["modified"]
        for block in item["topicMatches"]:
            words = block["text"].split()
            for topic in block["topicsWithMatches"]:
                definition = topics[topic["topicId"]]
                assert topic["topicName"] == definition["name"]
                for m in topic["matches"]:
                    matched += 1
                    assert m["searchText"][0] in definition["words"]
                    span = words[m["matchStartIndex"] : m["matchEndIndex"] + 1]
                    assert " ".join(w.rstrip(",.?") for w in span) == m["matchingText"] == m["searchText"][0]
                    assert block["startTime"] <= m["matchStartTime"] < m["matchEndTime"] <= block["endTime"]
    assert matched > 10


def test_call_topics_sliding_window_filter(client: TestClient) -> None:
    base = get(client, "/call_topics", since=PAST, limit=100)
    loose = get(client, "/call_topics", since=PAST, limit=100, window_length=100000, minimum_matches=1)
    assert loose == base
    strict = get(client, "/call_topics", since=PAST, limit=100, window_length=60, minimum_matches=2)
    assert [i["callId"] for i in strict] == [i["callId"] for i in base]

    def count(items: list[dict[str, Any]]) -> int:
        return sum(len(b["topicsWithMatches"]) for i in items for b in i["topicMatches"])

    assert 0 < count(strict) < count(base)
    for item in strict:
        times: dict[str, list[float]] = defaultdict(list)
        for block in item["topicMatches"]:
            for topic in block["topicsWithMatches"]:
                times[topic["topicId"]] += [m["matchStartTime"] for m in topic["matches"]]
        for starts in times.values():
            starts.sort()
            assert any(b - a <= 60 for a, b in zip(starts, starts[1:], strict=False))
    # the filter needs both ("if window_length and minimum_matches is given"): one alone filters nothing
    for params in ({"window_length": 60}, {"minimum_matches": 2}):
        assert get(client, "/call_topics", since=PAST, limit=100, **params) == base
    fractional = get(client, "/call_topics", since=PAST, limit=100, window_length=59.5, minimum_matches=2)
    assert 0 < count(fractional) <= count(strict)
    for params in ({"window_length": 0, "minimum_matches": 2}, {"window_length": 60, "minimum_matches": 0}):
        r = client.get(f"{EV}/call_topics", params={"since": PAST, **params}, auth=EV_ADMIN)
        assert r.status_code == 400, params  # the assumed bounds


def test_listens_are_only_up_to_the_previous_day(app: MockApp, client: TestClient) -> None:
    listens = get(client, "/listens", since=PAST, limit=1000)
    today = NOW.date().isoformat()
    assert listens and all(item["date"] < today for item in listens)
    assert max(item["date"] for item in listens) == (NOW.date() - timedelta(days=1)).isoformat()
    assert isinstance(app.clock, ManualClock)
    app.clock.set(NOW + timedelta(days=1) - timedelta(hours=14, minutes=29))  # tomorrow 04:01 UTC
    later = get(client, "/listens", since=PAST, limit=1000)
    assert any(item["date"] == today for item in later) and len(later) > len(listens)


def test_listens_since_compares_to_the_documented_date(client: TestClient) -> None:
    listens = get(client, "/listens", since=PAST, limit=1000)
    day = listens[len(listens) // 2]["date"]
    later = get(client, "/listens", since=f"{day}T00:00Z", limit=1000)
    # `since` is compared to `date` (00:00 UTC), not to the undocumented `modified`: the
    # listens of the day before (written by the nightly job after midnight) are not returned
    assert later == [item for item in listens if item["date"] >= day]
    assert any(item["date"] == day for item in later)
    assert get(client, "/listens", since=f"{day}T00:01Z", limit=1000) == [i for i in listens if i["date"] > day]


def test_scores_limit_counts_scorecard_results(client: TestClient) -> None:
    one = get(client, "/scores", since=PAST, limit=1)
    assert len({a["resultId"] for a in one}) == 1 and len(one) > 1
    card = get(client, f"/scorecard/{one[0]['scorecardId']}")
    assert sorted(a["questionId"] for a in one) == sorted(q["questionId"] for q in card)
    three = get(client, "/scores", since=PAST, limit=3)
    assert len({a["resultId"] for a in three}) == 3 and three[: len(one)] == one


def test_scores_follow_the_scoring_scheme_table(client: TestClient) -> None:
    table = load_spec(DEFAULT_SPEC_DIR / "execvision.yaml").doc["components"]["schemas"]["ScoringScheme"]
    allowed = {
        scheme: {(r["answer"], r["rawAnswer"]) for r in rows} for scheme, rows in table["x-scoring-table"].items()
    }
    scores = get(client, "/scores", since=PAST, limit=1000)
    assert {s["scheme"] for s in scores} == set(allowed)  # every scheme has scores
    for s in scores:
        assert (s["answer"], s["rawAnswer"]) in allowed[s["scheme"]]


def test_definitions_match_the_observations_that_reference_them(client: TestClient) -> None:
    cards: dict[str, list[dict[str, Any]]] = {}
    for s in get(client, "/scores", since=PAST, limit=1000):
        if s["scorecardId"] not in cards:
            cards[s["scorecardId"]] = get(client, f"/scorecard/{s['scorecardId']}")
        question = next(q for q in cards[s["scorecardId"]] if q["questionId"] == s["questionId"])
        assert (question["questionText"], question["scorecardName"], question["scorecardScheme"]) == (
            s["question"],
            s["scorecardName"],
            s["scheme"],
        )
    for kpi_id in {o["kpiId"] for o in get(client, "/kpis", since=PAST, limit=1000)}:
        assert get(client, f"/kpi/{kpi_id}")["kpiId"] == kpi_id
    call_ids = {c["id"] for c in get(client, "/calls", since=PAST, limit=1000)}
    users = {u["userId"] for u in get(client, "/users")}
    for share in get(client, "/shares", since=PAST, limit=1000):
        assert share["callId"] in call_ids and share["sharedBy"] in users
    plans = {p["planId"]: p for p in get(client, "/plans", since=PAST, limit=1000)}
    meetings = get(client, "/meetings", since=PAST, limit=1000)
    for m in meetings:
        plan = plans[m["planId"]]
        assert (m["coachId"], m["recipientId"]) == (plan["coachId"], plan["recipientId"])
    for plan_id, plan in plans.items():
        assert plan["completedMeetings"] == sum(1 for m in meetings if m["planId"] == plan_id)


def test_since_only_endpoints_compare_their_own_timestamp(client: TestClient) -> None:
    shares = get(client, "/shares", since=PAST, limit=1000)
    middle = shares[len(shares) // 2]["sharedAt"]
    later = get(client, "/shares", since=middle[:16] + "Z", limit=1000)
    assert later and all(s["sharedAt"] >= middle[:16] for s in later)
    for path, field in (
        ("/feedback", "modified"),
        ("/meetings", "modified"),
        ("/plans", "modified"),
        ("/kpis", "modified"),
        ("/listens", "modified"),
        ("/scores", "modified"),
    ):
        items = get(client, path, since=PAST, limit=1000)
        assert items and [i[field] for i in items] == sorted(i[field] for i in items), path
        assert len(get(client, path, since=PAST, limit=2)) <= (2 if path != "/scores" else 50)


def test_org_endpoints(client: TestClient) -> None:
    users, teams, depts = get(client, "/users"), get(client, "/teams"), get(client, "/departments")
    team_ids, dept_ids = {t["id"] for t in teams}, {d["id"] for d in depts}
    assert all(u["teamId"] in team_ids and u["departmentId"] in dept_ids for u in users)
    assert all(t["managerId"] in {u["userId"] for u in users} and t["departmentId"] in dept_ids for t in teams)


ACTIVITY = (
    "ev.scorecards",
    "ev.score_results",
    "ev.listens",
    "ev.feedback",
    "ev.shares",
    "ev.plans",
    "ev.meetings",
    "ev.kpi_defs",
    "ev.kpis",
)


def _seeded(seed: int) -> MemoryStore:
    store = MemoryStore()
    PLUGIN.seed(store, seed=seed, sizes=SMALL_SIZES, now=NOW)
    return store


def _cold() -> None:
    """Forget what the activity's helpers cached (the next build draws everything again)."""
    for helper in (org_of, scorecard_list, schedule):
        helper.cache_clear()


def test_the_seed_builds_no_activity_and_each_kind_is_built_alone_on_its_first_read() -> None:
    _cold()
    store = _seeded(SEED)
    lazy = {}
    for kind in ACTIVITY:
        found = virtual_of(store, kind)
        assert found is not None and isinstance(found[0], LazyKind), kind
        lazy[kind] = found[0]
    counts = store.counts()  # what the admin state (and so a reseed's answer) shows
    assert not any(k.built for k in lazy.values()), "the counts built a kind"
    for kind, size in (
        ("ev.listens", "ev_listens"),
        ("ev.score_results", "ev_score_results"),
        ("ev.kpis", "ev_kpi_observations"),
    ):
        assert counts[kind] == SMALL_SIZES[size]
    assert counts["ev.plans"] == SMALL_SIZES["ev_plans"] and counts["ev.kpi_defs"] == 6
    assert 0 < counts["ev.meetings"] <= SMALL_SIZES["ev_meetings"]
    assert store.get("ev.scorecards", ANCHOR_SCORECARD) is not None
    assert [k for k, v in lazy.items() if v.built] == ["ev.scorecards"]
    assert len(store.values("ev.meetings")) == counts["ev.meetings"]  # the count was the build's
    assert [k for k, v in lazy.items() if v.built] == ["ev.scorecards", "ev.meetings"]


def test_the_activity_does_not_depend_on_the_order_of_the_first_reads() -> None:
    _cold()
    one = _seeded(SEED)
    first = {kind: one.values(kind) for kind in ACTIVITY}
    _cold()
    two = _seeded(SEED)
    second = {kind: two.values(kind) for kind in reversed(ACTIVITY)}
    assert all(first[kind] == second[kind] for kind in ACTIVITY)
    _cold()
    three = MemoryStore.from_snapshot(_seeded(SEED).snapshot())  # another process's copy
    assert {kind: three.values(kind) for kind in ACTIVITY[::2] + ACTIVITY[1::2]} == first
    other = _seeded(SEED + 1)
    assert all(other.values(kind) != first[kind] for kind in ACTIVITY if kind not in ("ev.kpi_defs",))
    # the activity draws the seeded org chart again: the one the store holds
    users = one.values("ev.users")
    assert org_of(SEED, 3, 5, SMALL_SIZES["ev_users"]).users == users


def test_the_anchor_scorecard_and_question_exist_whatever_the_seed() -> None:
    for seed in (0, 1, SEED, 12345):
        card = _seeded(seed).get("ev.scorecards", ANCHOR_SCORECARD)
        assert card is not None and card["scorecardName"] == "Accounting Profiling"
        assert card["questions"][0]["questionId"] == ANCHOR_QUESTION


def test_every_reference_of_the_activity_resolves() -> None:
    store = _seeded(SEED + 2)
    users = {u["userId"]: u for u in store.values("ev.users")}
    managers = {t["managerId"] for t in store.values("ev.teams")}
    emails = {u["email"] for u in users.values()}
    calls = {c: store.get("ev.calls", c) for c in _call_ids(store)}
    assert all(call is not None for call in calls.values())
    cards = {c["scorecardId"]: c for c in store.values("ev.scorecards")}
    for result in store.values("ev.score_results"):
        card = cards[result["item"][0]["scorecardId"]]
        assert [a["questionId"] for a in result["item"]] == [q["questionId"] for q in card["questions"]]
        assert {a["reviewer"] for a in result["item"]} <= emails and {a["caller"] for a in result["item"]} <= emails
    for listen in store.values("ev.listens"):
        assert listen["item"]["listener"] in users and listen["item"]["caller"] in users
    for item in (f["item"] for f in store.values("ev.feedback")):
        assert item["feedbackBy"] in users
    for item in (s["item"] for s in store.values("ev.shares")):
        assert item["sharedBy"] in users and set(item["recipientUserIds"]) <= set(users)
    plans = {p["item"]["planId"]: p["item"] for p in store.values("ev.plans")}
    assert all(p["coachId"] in managers and p["recipientId"] in users for p in plans.values())
    for meeting in (m["item"] for m in store.values("ev.meetings")):
        plan = plans[meeting["planId"]]
        assert (meeting["coachId"], meeting["recipientId"]) == (plan["coachId"], plan["recipientId"])
        for review in meeting["callReviews"]:
            call = store.get("ev.calls", review["callId"])
            assert call is not None and call["callerId"] == plan["recipientId"] or review["callId"] == ANCHOR
    kpis = {k["kpiId"] for k in store.values("ev.kpi_defs")}
    for item in (k["item"] for k in store.values("ev.kpis")):
        assert item["kpiId"] in kpis and item["observedId"] in users and item["observerId"] in managers


def _call_ids(store: MemoryStore) -> set[str]:
    ids = set()
    for kind in ("ev.listens", "ev.feedback", "ev.shares"):
        ids |= {v["item"]["callId"] for v in store.values(kind)}
    ids |= {a["callId"] for r in store.values("ev.score_results") for a in r["item"]}
    return ids


def test_handlers_write_over_the_lazy_activity(app: MockApp, client: TestClient) -> None:
    """What the store's puts and deletes do to a lazy kind, the handlers see (none of the
    ExecVision operations writes the activity: the Python API and the admin reset can)."""
    store = app.store
    share = get(client, "/shares", since=PAST, limit=1)[0]
    stored = next(v for v in store.values("ev.shares") if v["item"] == share)
    store.put("ev.shares", stored["_k"], {**stored, "item": {**share, "sharedBy": ANCHOR_USER}})
    assert get(client, "/shares", since=PAST, limit=1)[0]["sharedBy"] == ANCHOR_USER
    assert store.delete("ev.plans", "3000") is not None
    assert 3000 not in {p["planId"] for p in get(client, "/plans", since=PAST, limit=1000)}
    assert client.post("/__mock__/reset").status_code == 200
    assert get(client, "/shares", since=PAST, limit=1)[0] == share
    assert 3000 in {p["planId"] for p in get(client, "/plans", since=PAST, limit=1000)}

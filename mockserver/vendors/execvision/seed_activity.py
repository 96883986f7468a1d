"""ExecVision activity seed: topics, scorecards and scores, listens, feedback, shares,
coaching plans and meetings, KPI definitions and observations.

Since-paged objects are stored as `{"_t": <epoch of the since field>, "_k": <tie-break
key>, "item": <API object>}`; definitions are stored in API shape. Every reference points
at an existing object (calls, users, scorecard questions, KPI ids, plan ids).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping
from typing import Any

from mockserver.engine.store import Store
from mockserver.vendors.execvision import seed_coaching as ev_coaching
from mockserver.vendors.execvision.pastcalls import PastCalls
from mockserver.vendors.execvision.timefmt import iso, iso_date
from mockserver.vendors.execvision.words import SKILLS, TOPICS

DAY = 86400.0
ANCHOR_SCORECARD = "82d02942-1bc4-4678-8e4e-7d3e56a5dc10"
ANCHOR_QUESTION = "f310c6b0-1f39-46f0-9bb2-f15af398ddcb"

# answer -> raw answer per scheme (the docs' Scoring Scheme table)
SCHEMES: dict[str, list[tuple[Any, int]]] = {
    "OneToFive": [(0.0, 0), (1.0, 1), (2.0, 2), (3.0, 3), (4.0, 4), (5.0, 5)],
    "OneToThree": [(0.0, 0), (1.0, 1), (2.0, 3), (3.0, 5)],
    "OneTwo": [(0.0, 0), (1.0, 3), (2.0, 5)],
    "YesNo": [("no", 0), ("yes", 5)],
    "PassFail": [("fail", 0), ("pass", 5)],
}
SCORECARDS = (
    ("Accounting Profiling", "OneToThree"),
    ("Discovery Call", "OneToFive"),
    ("Demo Quality", "OneTwo"),
    ("Compliance Checklist", "YesNo"),
    ("Call Opening", "PassFail"),
    ("Closing", "OneToFive"),
)
QUESTIONS = (
    "Does the rep inquire about the number of total reps",
    "Does the rep ask about the current accounting system",
    "Did the rep ask probing questions to uncover challenges?",
    "Did the rep confirm the decision timeline?",
    "Did the rep summarize next steps?",
    "Did the rep state the recording disclosure?",
    "Did the rep introduce themselves and the company?",
    "Did the rep handle objections calmly?",
    "Did the rep quantify the business impact?",
    "Did the rep ask for the meeting?",
)
WORDS = [
    "great",
    "call",
    "nice",
    "work",
    "follow",
    "up",
    "on",
    "pricing",
    "discovery",
    "questions",
    "timing",
    "budget",
    "next",
    "steps",
]


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _put(store: Store, kind: str, key: str, t: float, item: Any) -> None:
    store.put(kind, key, {"_t": t, "_k": key, "item": item})


def _sentence(rng: random.Random, n: int = 6) -> str:
    return " ".join(rng.choices(WORDS, k=n)).capitalize() + "."


def _done(call: dict[str, Any]) -> float:
    return float(call["done"])


def populate(
    store: Store,
    rng: random.Random,
    sizes: Mapping[str, int],
    users: list[dict[str, Any]],
    past: PastCalls,
    day0: float,
) -> None:
    n_topics = max(1, min(sizes["ev_topics"], len(TOPICS)))
    for i in range(n_topics):
        name, words = TOPICS[i]
        store.put("ev.topics", str(i + 1), {"id": i + 1, "name": name, "words": list(words)})
    by_user = {u["userId"]: u for u in users}
    teams = {t["id"]: t for t in (store.values("ev.teams"))}
    cards = _scorecards(store, rng, sizes)
    _scores(store, rng, sizes, users, past, cards, teams, by_user, day0)
    _listens(store, rng, sizes, users, past, day0)
    _feedback_and_shares(store, rng, sizes, users, past, day0)
    ev_coaching.populate(store, rng, sizes, users, past, cards, teams, day0)


def _scorecards(store: Store, rng: random.Random, sizes: Mapping[str, int]) -> list[dict[str, Any]]:
    cards = []
    for i in range(max(1, sizes["ev_scorecards"])):
        name, scheme = SCORECARDS[i % len(SCORECARDS)]
        if i >= len(SCORECARDS):
            name = f"{name} {i}"
        questions = []
        for j in range(rng.randint(3, 6)):
            text = QUESTIONS[0] if (i, j) == (0, 0) else rng.choice(QUESTIONS[1:])
            skills = rng.sample(SKILLS, 3)
            n_skills = rng.randint(0, 3)
            questions.append(
                {
                    "questionId": ANCHOR_QUESTION if (i, j) == (0, 0) else _id(rng),
                    "questionText": text,
                    "skills": [skills[k] if k < n_skills else None for k in range(3)],
                }
            )
        card_id = ANCHOR_SCORECARD if i == 0 else _id(rng)
        card: dict[str, Any] = {
            "scorecardId": card_id,
            "scorecardName": name,
            "scheme": scheme,
            "questions": questions,
        }
        store.put("ev.scorecards", card_id, card)
        cards.append(card)
    return cards


def _scores(
    store: Store,
    rng: random.Random,
    sizes: Mapping[str, int],
    users: list[dict[str, Any]],
    past: PastCalls,
    cards: list[dict[str, Any]],
    teams: dict[str, Any],
    by_user: dict[str, Any],
    day0: float,
) -> None:
    # every scheme gets results: the first results cycle through the scorecards
    for i in range(sizes["ev_score_results"]):
        call = past.pick(rng)
        card = cards[i % len(cards)] if i < len(cards) else rng.choice(cards)
        reviewer = rng.choice(users)
        caller = by_user[call["callerId"]]
        score_time = min(_done(call) + rng.uniform(600, 5 * DAY), day0 - rng.uniform(60, 7200))
        score_time = max(score_time, _done(call) + 1)
        modified = score_time if rng.random() < 0.85 else min(score_time + rng.uniform(60, 2 * DAY), day0 - 1)
        modified = max(modified, score_time)
        result_id = _id(rng)
        answers = []
        for q in card["questions"]:
            answer, raw = rng.choice(SCHEMES[card["scheme"]][1:] + SCHEMES[card["scheme"]])
            answers.append(
                {
                    "reviewer": reviewer["email"],
                    "reviewerTeam": teams[reviewer["teamId"]]["name"],
                    "caller": caller["email"],
                    "callerTeam": teams[caller["teamId"]]["name"],
                    "callId": call["id"],
                    "resultId": result_id,
                    "scoreTime": iso(score_time),
                    "modified": iso(modified),
                    "scorecardId": card["scorecardId"],
                    "scorecardName": card["scorecardName"],
                    "questionId": q["questionId"],
                    "question": q["questionText"],
                    "skill1": q["skills"][0],
                    "skill2": q["skills"][1],
                    "skill3": q["skills"][2],
                    "scheme": card["scheme"],
                    "answer": answer,
                    "rawAnswer": raw,
                    "reason": _sentence(rng) if rng.random() < 0.2 else None,
                    "comment": _sentence(rng) if rng.random() < 0.15 else None,
                }
            )
        _put(store, "ev.score_results", result_id, modified, answers)


def _listens(
    store: Store,
    rng: random.Random,
    sizes: Mapping[str, int],
    users: list[dict[str, Any]],
    past: PastCalls,
    day0: float,
) -> None:
    per_day: dict[float, int] = {}
    for i in range(sizes["ev_listens"]):
        call = past.pick(rng)
        first_day = (_done(call) // DAY) * DAY
        days = int((day0 - first_day) // DAY) + 1  # up to today: today's listens stay hidden
        day = first_day + rng.randrange(max(1, days)) * DAY
        seq = per_day.get(day, 0)
        per_day[day] = seq + 1
        modified = day + DAY + 3 * 3600 + seq * 2.5  # the nightly job, from 03:00 UTC
        item = {
            "date": iso_date(day),
            "modified": iso(modified),
            "callId": call["id"],
            "listener": rng.choice(users)["userId"],
            "caller": call["callerId"],
            "timeListened": round(rng.uniform(5, float(call["duration"])), 1),
        }
        # `since` compares to `date`, the only timestamp the docs' Listen table gives (as 00:00
        # UTC of that day: x-pagination sinceField); `_m` is when the nightly job wrote it
        store.put("ev.listens", f"{i:06d}", {"_t": day, "_k": f"{i:06d}", "_m": modified, "item": item})


def _feedback_and_shares(
    store: Store,
    rng: random.Random,
    sizes: Mapping[str, int],
    users: list[dict[str, Any]],
    past: PastCalls,
    day0: float,
) -> None:
    for i in range(sizes["ev_feedback"]):
        call = past.pick(rng)
        at = min(_done(call) + rng.uniform(600, 7 * DAY), day0 - rng.uniform(60, 3600))
        at = max(at, _done(call) + 1)
        modified = at if rng.random() < 0.9 else min(at + rng.uniform(60, DAY), day0 - 1)
        start = round(rng.uniform(0, float(call["duration"]) - 5), 1)
        comment = rng.random() < 0.6
        item = {
            "feedbackAt": iso(at),
            "modified": iso(max(modified, at)),
            "callId": call["id"],
            "feedbackBy": rng.choice(users)["userId"],
            "isComment": comment,
            "isHighlight": not comment,
            "text": f"<p>{_sentence(rng)}</p>" if comment else (_sentence(rng, 3) if rng.random() < 0.7 else None),
            "startTime": start,
            "endTime": None if comment else round(start + rng.uniform(5, 60), 1),
        }
        _put(store, "ev.feedback", f"{i:06d}", max(modified, at), item)
    for i in range(sizes["ev_shares"]):
        call = past.pick(rng)
        at = max(min(_done(call) + rng.uniform(600, 10 * DAY), day0 - rng.uniform(60, 3600)), _done(call) + 1)
        internal = [u["userId"] for u in rng.sample(users, rng.randint(0, min(3, len(users))))]
        external = [
            f"buyer{rng.randint(1, 99)}@customer{rng.randint(1, 9)}.com"
            for _ in range(rng.randint(0 if internal else 1, 2))
        ]
        item = {
            "sharedAt": iso(at),
            "callId": call["id"],
            "sharedBy": rng.choice(users)["userId"],
            "recipientUserIds": internal,
            "recipientEmails": external,
        }
        _put(store, "ev.shares", f"{i:06d}", at, item)

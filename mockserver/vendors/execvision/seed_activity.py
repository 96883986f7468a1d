"""ExecVision activity: topics, scorecards and their results, listens, feedback, shares (here);
coaching plans and meetings, KPI definitions and observations (seed_coaching.py).

The seed stores only the topics (a handful). Every other activity kind is mounted on the store
as a LazyKind (engine/lazykind.py): built from `Activity`, its parameters (the seed, the sizes,
day0 and the on-demand calls), the first time a request reads the kind, not at the (re)seed.
Each kind, or each group generated together, draws from its own stream
`random.Random(f"execvision-activity:{seed}:{stream}")`, so that what a kind holds does not
depend on which kind a request happens to read first, nor on the worker process: the data
stays a pure function of (seed, sizes, day). What a kind needs of another (the scorecards for
the scores and meetings, the coaching schedule for the meetings, the org chart) is computed
again from that one's own stream (cached helpers), never read from the store.

Since-paged objects are `{"_t": <epoch of the since field>, "_k": <tie-break key>, "item":
<API object>}`; definitions are in API shape. Every reference points at an object of the seeded
data (calls, users, scorecard questions, KPI ids, plan ids). The calls referred to are drawn
through pastcalls.py.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from mockserver.engine.lazykind import LazyKind
from mockserver.engine.store import Store, mount
from mockserver.vendors.execvision.callbase import CallBase
from mockserver.vendors.execvision.org import Org, org_of
from mockserver.vendors.execvision.pastcalls import PastCalls
from mockserver.vendors.execvision.timefmt import iso, iso_date
from mockserver.vendors.execvision.words import SKILLS, TOPICS

DAY = 86400.0
ANCHOR_SCORECARD = "82d02942-1bc4-4678-8e4e-7d3e56a5dc10"
ANCHOR_QUESTION = "f310c6b0-1f39-46f0-9bb2-f15af398ddcb"
# the sizes the activity depends on (with the calls': `Activity.calls`)
SIZES = (
    "ev_departments",
    "ev_teams",
    "ev_users",
    "ev_scorecards",
    "ev_score_results",
    "ev_listens",
    "ev_feedback",
    "ev_shares",
    "ev_plans",
    "ev_meetings",
    "ev_kpis",
    "ev_kpi_observations",
)

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


@dataclass(frozen=True, eq=False)
class Activity:
    """What the activity is a function of. Pickles small (the calls pickle as their parameters:
    callbase.py); equal activities (`key`) build the same objects."""

    seed: int
    sizes: tuple[tuple[str, int], ...]  # of SIZES
    day0: float
    calls: CallBase

    @classmethod
    def of(cls, seed: int, sizes: Mapping[str, int], day0: float, calls: CallBase) -> Activity:
        return cls(seed, tuple((name, int(sizes[name])) for name in SIZES), day0, calls)

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.seed, self.sizes, self.day0, self.calls.params)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Activity) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)

    def size(self, name: str) -> int:
        return dict(self.sizes)[name]

    def rng(self, stream: str) -> random.Random:
        """The stream of one kind (or group of kinds generated together)."""
        return random.Random(f"execvision-activity:{self.seed}:{stream}")

    def org(self) -> Org:
        """The seeded org chart (org.py; shared: read it, never change it)."""
        return org_of(self.seed, self.size("ev_departments"), self.size("ev_teams"), self.size("ev_users"))

    def past(self) -> PastCalls:
        return PastCalls(self.calls)


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def wrap(key: str, t: float, item: Any) -> dict[str, Any]:
    """A since-paged object as stored."""
    return {"_t": t, "_k": key, "item": item}


def _sentence(rng: random.Random, n: int = 6) -> str:
    return " ".join(rng.choices(WORDS, k=n)).capitalize() + "."


def _done(call: dict[str, Any]) -> float:
    return float(call["done"])


def populate(store: Store, activity: Activity, n_topics: int) -> None:
    """Store the topics; mount the other kinds of this module, built on first read."""
    for i in range(n_topics):
        name, words = TOPICS[i]
        store.put("ev.topics", str(i + 1), {"id": i + 1, "name": name, "words": list(words)})
    size = activity.size
    mount(store, "ev.scorecards", LazyKind(scorecards, activity, size=max(1, size("ev_scorecards"))))
    mount(store, "ev.score_results", LazyKind(score_results, activity, size=size("ev_score_results")))
    mount(store, "ev.listens", LazyKind(listens, activity, size=size("ev_listens")))
    mount(store, "ev.feedback", LazyKind(feedback, activity, size=size("ev_feedback")))
    mount(store, "ev.shares", LazyKind(shares, activity, size=size("ev_shares")))


@lru_cache(maxsize=2)
def scorecard_list(activity: Activity) -> list[dict[str, Any]]:
    """The scorecards, from their own stream (the scores and the meetings refer to them)."""
    rng = activity.rng("scorecards")
    cards = []
    for i in range(max(1, activity.size("ev_scorecards"))):
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
        cards.append({"scorecardId": card_id, "scorecardName": name, "scheme": scheme, "questions": questions})
    return cards


def scorecards(activity: Activity) -> dict[str, dict[str, Any]]:
    """ev.scorecards"""
    return {card["scorecardId"]: card for card in scorecard_list(activity)}


def score_results(activity: Activity) -> dict[str, dict[str, Any]]:
    """ev.score_results: each result with all its answers, one per question of its scorecard."""
    rng, past, day0 = activity.rng("score_results"), activity.past(), activity.day0
    chart = activity.org()
    users, by_user = chart.users, {u["userId"]: u for u in chart.users}
    team_names = {t["id"]: t["name"] for t in chart.teams}
    cards = scorecard_list(activity)
    out: dict[str, dict[str, Any]] = {}
    # every scheme gets results: the first results cycle through the scorecards
    for i in range(activity.size("ev_score_results")):
        call = past.pick(rng)
        card = cards[i % len(cards)] if i < len(cards) else rng.choice(cards)
        reviewer = rng.choice(users)
        caller = by_user[call["callerId"]]
        score_time = min(_done(call) + rng.uniform(600, 5 * DAY), day0 - rng.uniform(60, 7200))
        score_time = max(score_time, _done(call) + 1)
        modified = score_time if rng.random() < 0.85 else min(score_time + rng.uniform(60, 2 * DAY), day0 - 1)
        modified = max(modified, score_time)
        result_id = _id(rng)
        scheme = SCHEMES[card["scheme"]]
        common = {
            "reviewer": reviewer["email"],
            "reviewerTeam": team_names[reviewer["teamId"]],
            "caller": caller["email"],
            "callerTeam": team_names[caller["teamId"]],
            "callId": call["id"],
            "resultId": result_id,
            "scoreTime": iso(score_time),
            "modified": iso(modified),
            "scorecardId": card["scorecardId"],
            "scorecardName": card["scorecardName"],
        }
        answers = []
        for q in card["questions"]:
            answer, raw = rng.choice(scheme[1:] + scheme)
            answers.append(
                {
                    **common,
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
        out[result_id] = wrap(result_id, modified, answers)
    return out


def listens(activity: Activity) -> dict[str, dict[str, Any]]:
    """ev.listens: written by the nightly job, from 03:00 UTC of the following day, in sequence."""
    rng, past, day0 = activity.rng("listens"), activity.past(), activity.day0
    users = activity.org().users
    out: dict[str, dict[str, Any]] = {}
    per_day: dict[float, int] = {}
    for i in range(activity.size("ev_listens")):
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
        out[f"{i:06d}"] = {"_t": day, "_k": f"{i:06d}", "_m": modified, "item": item}
    return out


def feedback(activity: Activity) -> dict[str, dict[str, Any]]:
    """ev.feedback: comments and highlights."""
    rng, past, day0 = activity.rng("feedback"), activity.past(), activity.day0
    users = activity.org().users
    out: dict[str, dict[str, Any]] = {}
    for i in range(activity.size("ev_feedback")):
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
        out[f"{i:06d}"] = wrap(f"{i:06d}", max(modified, at), item)
    return out


def shares(activity: Activity) -> dict[str, dict[str, Any]]:
    """ev.shares"""
    rng, past, day0 = activity.rng("shares"), activity.past(), activity.day0
    users = activity.org().users
    out: dict[str, dict[str, Any]] = {}
    for i in range(activity.size("ev_shares")):
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
        out[f"{i:06d}"] = wrap(f"{i:06d}", at, item)
    return out

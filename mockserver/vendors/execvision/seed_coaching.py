"""ExecVision coaching seed: plans and their meetings, KPI definitions and observations.

A plan's completedMeetings counts its meetings; meetings share the plan's coach and
recipient and review the recipient's calls; KPI observations use defined KPI ids.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from mockserver.engine.store import Store
from mockserver.vendors.execvision.pastcalls import PastCalls
from mockserver.vendors.execvision.timefmt import iso
from mockserver.vendors.execvision.words import SKILLS

DAY = 86400.0
KPIS = (
    ("Linking goals", "MONTHLY", 23.23),
    ("Discovery calls per day", "DAILY", 12.0),
    ("Meetings booked", "WEEKLY", 18.0),
    ("Pipeline created (k$)", "MONTHLY", 250.0),
    ("Win rate (%)", "QUARTERLY", 27.5),
    ("Talk ratio (%)", "WEEKLY", 55.0),
)
SKILL_IDS = {
    name: 44 if name == "Lead In" else 8750 if name == "Pre-call Research" else 100 + i for i, name in enumerate(SKILLS)
}
WORDS = "great call nice work follow up on pricing discovery questions timing budget next steps".split()  # noqa: SIM905


def _put(store: Store, kind: str, key: str, t: float, item: Any) -> None:
    store.put(kind, key, {"_t": t, "_k": key, "item": item})


def _sentence(rng: random.Random, n: int = 6) -> str:
    return " ".join(rng.choices(WORDS, k=n)).capitalize() + "."


def populate(
    store: Store,
    rng: random.Random,
    sizes: Mapping[str, int],
    users: list[dict[str, Any]],
    past: PastCalls,
    cards: list[dict[str, Any]],
    teams: dict[str, Any],
    day0: float,
) -> None:
    _plans_and_meetings(store, rng, sizes, users, past, cards, teams, day0)
    _kpis(store, rng, sizes, users, teams, day0)


def _plans_and_meetings(
    store: Store,
    rng: random.Random,
    sizes: Mapping[str, int],
    users: list[dict[str, Any]],
    past: PastCalls,
    cards: list[dict[str, Any]],
    teams: dict[str, Any],
    day0: float,
) -> None:
    n_plans = sizes["ev_plans"]
    plans = []
    for i in range(n_plans):
        recipient = rng.choice(users)
        coach = teams[recipient["teamId"]]["managerId"]
        skills = rng.sample(SKILLS, rng.randint(1, 3))
        full_name = f"{recipient['firstName']} {recipient['lastName']}"
        start = day0 - rng.uniform(7, 55) * DAY
        plans.append(
            {
                "planId": 3000 + i,
                "name": f"{', '.join(skills)}, {iso(start)[:7]}",
                "objective": f"{full_name} should improve skills: {', '.join(skills)}",
                "startDate": iso(start),
                "coachId": coach,
                "recipientId": recipient["userId"],
                "plannedMeetings": rng.randint(4, 20),
                "completedMeetings": 0,
                "estimatedMissedMeetings": 0,
                "skill": [{"skillId": SKILL_IDS[s], "skillName": s} for s in skills],
                "modified": iso(start),
                "_origin": start,
                "_start": start,
                "_last": start,
            }
        )
    questions = [q["questionText"] for c in cards for q in c["questions"]]
    for i in range(sizes["ev_meetings"] if plans else 0):
        plan = rng.choice(plans)
        k = plan["completedMeetings"]
        scheduled = plan["_start"] + (k + 1) * 7 * DAY * rng.uniform(0.4, 1.0)
        begin = scheduled + rng.uniform(-600, 600)
        end = begin + rng.uniform(15, 60) * 60
        if end >= day0 or k >= plan["plannedMeetings"]:
            continue
        plan["completedMeetings"] = k + 1
        plan["_start"] = scheduled
        modified = end + rng.uniform(1, 30)
        plan["_last"] = max(plan["_last"], modified)
        reviewed = past.of_caller(rng, plan["recipientId"], begin, rng.randint(0, 2))
        reviews = [
            {
                "callId": c["id"],
                "questions": [
                    {
                        "question": rng.choice(questions),
                        "possibleScore": 5,
                        "actualScore": rng.randint(0, 5),
                        "reviewWeight": None,
                    }
                ],
            }
            for c in reviewed
        ]
        item = {
            "meetingId": 9000 + i,
            "planId": plan["planId"],
            "dateTime": iso(scheduled),
            "coachId": plan["coachId"],
            "recipientId": plan["recipientId"],
            "startTime": iso(begin),
            "endTime": iso(end),
            "scores": {s["skillName"]: rng.choice((20, 40, 60, 80, 100)) for s in plan["skill"]},
            "callReviews": reviews,
            "questions": [
                {"question": "This is a text question", "possibleScore": None, "actualScore": None, "reviewWeight": 0},
                {
                    "question": "Does the rep pull it off?",
                    "possibleScore": 5,
                    "actualScore": rng.randint(1, 5),
                    "reviewWeight": rng.choice((10, 25, 34, 50)),
                },
            ],
            "comments": _sentence(rng) if rng.random() < 0.6 else None,
            "modified": iso(modified),
        }
        _put(store, "ev.meetings", f"{9000 + i}", modified, item)
    for plan in plans:
        origin = float(plan.pop("_origin"))
        plan.pop("_start")
        last = float(plan.pop("_last"))
        weeks = int((day0 - origin) // (7 * DAY))  # a weekly cadence is expected
        expected = min(weeks, plan["plannedMeetings"])
        plan["estimatedMissedMeetings"] = max(0, expected - plan["completedMeetings"])
        plan["modified"] = iso(last)
        _put(store, "ev.plans", str(plan["planId"]), last, plan)


def _kpis(
    store: Store,
    rng: random.Random,
    sizes: Mapping[str, int],
    users: list[dict[str, Any]],
    teams: dict[str, Any],
    day0: float,
) -> None:
    n_kpis = max(1, sizes["ev_kpis"])
    for i in range(n_kpis):
        desc, freq, target = KPIS[i % len(KPIS)]
        if i >= len(KPIS):
            desc = f"{desc} {i + 1}"
        store.put("ev.kpi_defs", str(i + 1), {"kpiId": i + 1, "description": desc, "frequency": freq, "target": target})
    for i in range(sizes["ev_kpi_observations"]):
        kpi = rng.randrange(n_kpis)
        observed = rng.choice(users)
        at = day0 - rng.uniform(60, 59 * DAY)
        modified = at if rng.random() < 0.9 else min(at + rng.uniform(60, DAY), day0 - 1)
        target = KPIS[kpi % len(KPIS)][2]
        item = {
            "observedAt": iso(at),
            "observerId": teams[observed["teamId"]]["managerId"],
            "observedId": observed["userId"],
            "kpiId": kpi + 1,
            "value": round(rng.uniform(0.5, 1.3) * target, 2),
            "modified": iso(modified),
        }
        _put(store, "ev.kpis", f"{i:06d}", modified, item)

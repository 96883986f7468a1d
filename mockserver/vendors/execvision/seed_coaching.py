"""ExecVision coaching: plans and their meetings, KPI definitions and observations, each kind
mounted as a LazyKind built on first read (see seed_activity.py).

A plan's completedMeetings counts its meetings; meetings share the plan's coach and
recipient and review the recipient's calls; KPI observations use defined KPI ids.

The plans and when their meetings take place are drawn together (the "plans" stream: each
meeting moves its plan on), cheaply, by `schedule`: the plans kind is that, and it gives the
number of meetings without building them. The meetings themselves (reviews, scores, comments)
are drawn from the "meetings" stream.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from mockserver.engine.lazykind import LazyKind
from mockserver.engine.store import Store, mount
from mockserver.vendors.execvision.seed_activity import Activity, scorecard_list, wrap
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


def _sentence(rng: Any, n: int = 6) -> str:
    return " ".join(rng.choices(WORDS, k=n)).capitalize() + "."


def populate(store: Store, activity: Activity) -> None:
    """Mount the kinds of this module, built on first read."""
    size = activity.size
    mount(store, "ev.plans", LazyKind(plans, activity, size=size("ev_plans")))
    mount(store, "ev.meetings", LazyKind(meetings, activity, size=meeting_count))
    mount(store, "ev.kpi_defs", LazyKind(kpi_defs, activity, size=max(1, size("ev_kpis"))))
    mount(store, "ev.kpis", LazyKind(kpi_observations, activity, size=size("ev_kpi_observations")))


@dataclass(frozen=True)
class Slot:
    """When meeting `number` (meetingId 9000 + number) of a plan takes place."""

    number: int
    plan: dict[str, Any]  # the plan's API object
    scheduled: float
    begin: float
    end: float
    modified: float


@dataclass(frozen=True)
class Schedule:
    plans: list[dict[str, Any]]  # stored (wrapped) plans
    slots: list[Slot]


@lru_cache(maxsize=2)
def schedule(activity: Activity) -> Schedule:
    """The plans, and the meetings that took place (from the "plans" stream)."""
    rng, day0 = activity.rng("plans"), activity.day0
    chart = activity.org()
    managers = {t["id"]: t["managerId"] for t in chart.teams}
    plans: list[dict[str, Any]] = []
    origins: list[float] = []
    for i in range(activity.size("ev_plans")):
        recipient = rng.choice(chart.users)
        skills = rng.sample(SKILLS, rng.randint(1, 3))
        full_name = f"{recipient['firstName']} {recipient['lastName']}"
        start = day0 - rng.uniform(7, 55) * DAY
        origins.append(start)
        plans.append(
            {
                "planId": 3000 + i,
                "name": f"{', '.join(skills)}, {iso(start)[:7]}",
                "objective": f"{full_name} should improve skills: {', '.join(skills)}",
                "startDate": iso(start),
                "coachId": managers[recipient["teamId"]],
                "recipientId": recipient["userId"],
                "plannedMeetings": rng.randint(4, 20),
                "completedMeetings": 0,
                "estimatedMissedMeetings": 0,
                "skill": [{"skillId": SKILL_IDS[s], "skillName": s} for s in skills],
                "modified": iso(start),
            }
        )
    latest, lasts = list(origins), list(origins)  # each plan's last meeting, and its last change
    slots: list[Slot] = []
    for i in range(activity.size("ev_meetings") if plans else 0):
        p = rng.randrange(len(plans))
        plan = plans[p]
        k = plan["completedMeetings"]
        scheduled = latest[p] + (k + 1) * 7 * DAY * rng.uniform(0.4, 1.0)
        begin = scheduled + rng.uniform(-600, 600)
        end = begin + rng.uniform(15, 60) * 60
        if end >= day0 or k >= plan["plannedMeetings"]:
            continue
        plan["completedMeetings"] = k + 1
        latest[p] = scheduled
        modified = end + rng.uniform(1, 30)
        lasts[p] = max(lasts[p], modified)
        slots.append(Slot(i, plan, scheduled, begin, end, modified))
    stored = []
    for plan, origin, last in zip(plans, origins, lasts, strict=True):
        weeks = int((day0 - origin) // (7 * DAY))  # a weekly cadence is expected
        expected = min(weeks, plan["plannedMeetings"])
        plan["estimatedMissedMeetings"] = max(0, expected - plan["completedMeetings"])
        plan["modified"] = iso(last)
        stored.append(wrap(str(plan["planId"]), last, plan))
    return Schedule(stored, slots)


def plans(activity: Activity) -> dict[str, dict[str, Any]]:
    """ev.plans"""
    return {p["_k"]: p for p in schedule(activity).plans}


def meeting_count(activity: Activity) -> int:
    return len(schedule(activity).slots)


def meetings(activity: Activity) -> dict[str, dict[str, Any]]:
    """ev.meetings: of the schedule's slots, each reviewing calls of its plan's recipient."""
    rng, past = activity.rng("meetings"), activity.past()
    questions = [q["questionText"] for c in scorecard_list(activity) for q in c["questions"]]
    out: dict[str, dict[str, Any]] = {}
    for slot in schedule(activity).slots:
        plan = slot.plan
        reviewed = past.of_caller(rng, plan["recipientId"], slot.begin, rng.randint(0, 2))
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
            "meetingId": 9000 + slot.number,
            "planId": plan["planId"],
            "dateTime": iso(slot.scheduled),
            "coachId": plan["coachId"],
            "recipientId": plan["recipientId"],
            "startTime": iso(slot.begin),
            "endTime": iso(slot.end),
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
            "modified": iso(slot.modified),
        }
        key = str(9000 + slot.number)
        out[key] = wrap(key, slot.modified, item)
    return out


def kpi_defs(activity: Activity) -> dict[str, dict[str, Any]]:
    """ev.kpi_defs (no draws: the KPIS table, cycled)."""
    out: dict[str, dict[str, Any]] = {}
    for i in range(max(1, activity.size("ev_kpis"))):
        desc, freq, target = KPIS[i % len(KPIS)]
        if i >= len(KPIS):
            desc = f"{desc} {i + 1}"
        out[str(i + 1)] = {"kpiId": i + 1, "description": desc, "frequency": freq, "target": target}
    return out


def kpi_observations(activity: Activity) -> dict[str, dict[str, Any]]:
    """ev.kpis: observations of defined KPIs, by the observed user's manager."""
    rng, day0 = activity.rng("kpis"), activity.day0
    chart = activity.org()
    managers = {t["id"]: t["managerId"] for t in chart.teams}
    n_kpis = max(1, activity.size("ev_kpis"))
    out: dict[str, dict[str, Any]] = {}
    for i in range(activity.size("ev_kpi_observations")):
        kpi = rng.randrange(n_kpis)
        observed = rng.choice(chart.users)
        at = day0 - rng.uniform(60, 59 * DAY)
        modified = at if rng.random() < 0.9 else min(at + rng.uniform(60, DAY), day0 - 1)
        target = KPIS[kpi % len(KPIS)][2]
        item = {
            "observedAt": iso(at),
            "observerId": managers[observed["teamId"]],
            "observedId": observed["userId"],
            "kpiId": kpi + 1,
            "value": round(rng.uniform(0.5, 1.3) * target, 2),
            "modified": iso(modified),
        }
        out[f"{i:06d}"] = wrap(f"{i:06d}", modified, item)
    return out

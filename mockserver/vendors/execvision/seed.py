"""ExecVision seed data: org chart and calls (activity objects are in ev_activity.py).

Everything is drawn from `random.Random(seed)` streams, anchored at 00:00 UTC of `now`'s
day (`day0`): calls spread over the `ev_days` days ending with day0 (those later than the
clock are not visible yet; see handlers/ev_calls.py). Anchor ids used as examples by the
spec exist whatever the seed.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from mockserver.engine.store import Store
from mockserver.vendors.execvision import seed_activity as ev_activity
from mockserver.vendors.execvision.timefmt import day_start
from mockserver.vendors.execvision.transcript import compute_stats, make_turns, question_counts
from mockserver.vendors.execvision.words import COMPANIES, DEPARTMENTS, FIRST_NAMES, LAST_NAMES, TEAMS, TOPICS

DEFAULT_SIZES: dict[str, int] = {
    "ev_departments": 3,
    "ev_teams": 5,
    "ev_users": 25,
    "ev_calls": 2000,
    "ev_days": 60,
    "ev_deleted_calls": 20,
    "ev_topics": 8,
    "ev_scorecards": 6,
    "ev_score_results": 600,
    "ev_listens": 1500,
    "ev_feedback": 800,
    "ev_shares": 300,
    "ev_plans": 30,
    "ev_meetings": 120,
    "ev_kpis": 6,
    "ev_kpi_observations": 500,
}

ANCHOR_CALL = "a987a7b3-74e9-421e-8c96-2fdcfbda1c8b"
ANCHOR_USER = "fc9a78ce-104e-43e4-b59f-38255af837bd"
ANCHOR_CALLER = "f3624158-1204-4fe3-b71a-38677f0ec547"
ANCHOR_MANAGER = "4287afe4-a4e1-4714-9725-68bebb6718a1"
ANCHOR_TEAM = "c482d0b3-c2f0-4276-920a-37487c61d72c"
ANCHOR_DEPARTMENTS = ("54c2c3ab-48c1-4790-bac7-16fe1475f581", "fe3577be-b911-485e-82cd-d024c65e5bdd")

DAY = 86400.0
CRM_SYNC_HOUR = 4  # a nightly CRM sync touches many calls at the very same instant


def new_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _org(store: Store, rng: random.Random, sizes: Mapping[str, int]) -> list[dict[str, Any]]:
    n_depts = max(2, sizes["ev_departments"])
    n_teams = max(1, sizes["ev_teams"])
    n_users = max(3 + n_teams, sizes["ev_users"])  # every team gets a member to manage it
    depts: list[dict[str, Any]] = [
        {
            "id": ANCHOR_DEPARTMENTS[i] if i < 2 else new_id(rng),
            "name": DEPARTMENTS[i % len(DEPARTMENTS)] + ("" if i < len(DEPARTMENTS) else f" {i}"),
        }
        for i in range(n_depts)
    ]
    teams: list[dict[str, Any]] = [
        {
            "id": ANCHOR_TEAM if i == 0 else new_id(rng),
            "name": TEAMS[i % len(TEAMS)] + ("" if i < len(TEAMS) else f" {i}"),
            "managerId": "",
            "departmentId": depts[0 if i == 0 else i % n_depts]["id"],
        }
        for i in range(n_teams)
    ]
    fixed = {0: (ANCHOR_USER, "John", "Doe"), 1: (ANCHOR_CALLER, "Marc", "Rivera")}
    fixed[2] = (ANCHOR_MANAGER, "Tim", "Smith")
    users: list[dict[str, Any]] = []
    for i in range(n_users):
        uid, first, last = fixed.get(i, (new_id(rng), rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)))
        team = teams[0] if i < 3 else teams[i % n_teams]
        handle = f"{first}.{last}".lower() + ("" if i < 3 else str(i))
        system_ids = ["jason", "argonauts"] if i == 0 else [f"{first[0]}{last}".lower(), f"sf-{i:04d}"]
        users.append(
            {
                "userId": uid,
                "email": f"{handle}@example.com",
                "firstName": first,
                "lastName": last,
                "teamId": team["id"],
                "departmentId": team["departmentId"],
                "systemIds": system_ids,
            }
        )
    for team in teams:
        members = [u for u in users if u["teamId"] == team["id"]]
        team["managerId"] = ANCHOR_MANAGER if team["id"] == ANCHOR_TEAM else members[0]["userId"]
    groups: list[tuple[str, str, list[dict[str, Any]]]] = [
        ("ev.departments", "id", depts),
        ("ev.teams", "id", teams),
        ("ev.users", "userId", users),
    ]
    for kind, key, items in groups:
        for item in items:
            store.put(kind, str(item[key]), item)
    return users


def _timeline(rng: random.Random, call_time: float, duration: float, reject: bool) -> list[list[Any]]:
    up = round(call_time + duration + rng.uniform(20, 180), 3)
    if reject:
        return [[up, "UPLOADED"], [round(up + rng.uniform(15, 120), 3), "CONVERTER_REJECTED"]]
    tr = round(up + rng.uniform(30, 240), 3)
    an = round(tr + duration * rng.uniform(0.15, 0.4) + rng.uniform(10, 60), 3)
    co = round(an + rng.uniform(45, 420), 3)
    timeline = [[up, "UPLOADED"], [tr, "TRANSCRIBING"], [an, "ANALYZING"], [co, "COMPLETE"]]
    roll = rng.random()
    if roll < 0.25:  # touched by the nightly CRM sync (same instant for many calls)
        sync = (co // DAY + 1) * DAY + CRM_SYNC_HOUR * 3600
        timeline.append([sync, "COMPLETE"])
    elif roll < 0.35:  # metadata edited later by a user
        timeline.append([round(co + rng.uniform(3600, 3 * DAY), 3), "COMPLETE"])
    return timeline


def _crm(rng: random.Random, company: str) -> dict[str, Any]:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

    def crm_id(prefix: str) -> str:
        return prefix + "".join(rng.choices(digits, k=15))

    domain = "".join(c for c in company.lower() if c.isalnum()) + ".com"
    return {
        "crmName": rng.choice(("Salesforce", "Salesforce", "Salesforce", "HubSpot", "Outreach")),
        "activityCrmId": crm_id("00T"),
        "account": {"crmId": crm_id("001"), "name": company},
        "contacts": [{"crmId": crm_id("003"), "name": f"{first} {last}"}],
        "engagement": (
            {"crmId": crm_id("006"), "name": f"{company} - {rng.choice(('New Business', 'Renewal', 'Expansion'))}"}
            if rng.random() < 0.5
            else None
        ),
        "contactEmail": f"{first}.{last}@{domain}".lower(),
    }


def _topic_inserts(rng: random.Random, turns: list[Any], n_topics: int) -> list[list[int]]:
    eligible = [i for i, t in enumerate(turns) if t[3] >= 6]
    if not eligible or n_topics == 0:
        return []
    chosen: dict[int, tuple[int, int]] = {}
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
        topic = rng.randrange(n_topics)
        chosen[rng.choice(eligible)] = (topic, rng.randrange(len(TOPICS[topic][1])))
    if rng.random() < 0.4:  # a cluster: one topic in consecutive nearby turns
        topic = rng.randrange(n_topics)
        at = rng.randrange(len(eligible))
        for index in eligible[at : at + 3]:
            chosen[index] = (topic, rng.randrange(len(TOPICS[topic][1])))
    return [[i, t, p] for i, (t, p) in sorted(chosen.items())]


def make_call(
    rng: random.Random, users: list[dict[str, Any]], call_time: float, n_topics: int, **fixed: Any
) -> dict[str, Any]:
    caller = fixed.get("caller") or rng.choice(users)
    cid = fixed.get("id") or new_id(rng)
    duration = fixed.get("duration") or round(rng.triangular(45, 2400, 420))
    reject = fixed.get("reject", rng.random() < 0.03)
    tseed = rng.getrandbits(48)
    n_speakers = 3 if rng.random() < 0.12 else 2
    turns = make_turns(tseed, duration, n_speakers)
    company = fixed.get("company") or rng.choice(COMPANIES)
    crm = _crm(rng, company) if fixed.get("company") or rng.random() < 0.9 else None
    metadata = {
        "deleted": False,
        "id": cid,
        "company": company,
        "opportunity_price_point": rng.choice((5000, 10000, 25000, 50000, 100000)),
        "uploader": str(rng.randint(100, 999)),
        "lead_source": rng.choice(("inbound", "outbound", "referral", "event")),
    }
    return {
        "id": cid,
        "callerId": caller["userId"],
        "callTime": round(call_time, 3),
        "duration": duration,
        "direction": rng.choice(("INBOUND", "OUTBOUND", "OUTBOUND", "SCREENSHARE")),
        "originalPath": f"recordings/{caller['userId'][:8]}/{cid}.mp3",
        "tseed": tseed,
        "speakers": n_speakers,
        "timeline": _timeline(rng, call_time, duration, reject),
        "stats": None if reject else compute_stats(turns, duration),
        "questionCounts": None if reject else question_counts(turns),
        "topics": [] if reject else _topic_inserts(rng, turns, n_topics),
        "crm": crm,
        "metadata": metadata,
    }


def _calls(
    store: Store, rng: random.Random, sizes: Mapping[str, int], users: list[dict[str, Any]], day0: float
) -> list[dict[str, Any]]:
    days = max(1, sizes["ev_days"])
    n_topics = max(1, min(sizes["ev_topics"], len(TOPICS)))
    calls = []
    anchor = make_call(
        rng,
        users,
        day0 - 10 * DAY + 11 * 3600 + 11 * 60 + 11,
        n_topics,
        id=ANCHOR_CALL,
        caller=users[1],
        duration=727,
        reject=False,
        company="memoryBlue",
    )
    anchor.update(direction="INBOUND", originalPath="foo.txt")
    anchor["metadata"].update(opportunity_price_point=50000, uploader="124")
    if not anchor["topics"]:
        anchor["topics"] = [[3, 0, 0]]
    calls.append(anchor)
    for i in range(1, max(1, sizes["ev_calls"])):
        day = day0 - rng.randrange(days) * DAY
        when = day + rng.uniform(12.5 * 3600, 23 * 3600)
        fixed = {"company": "Hewlett Packard Enterprise"} if i == 1 else {}
        calls.append(make_call(rng, users, when, n_topics, **fixed))
    for call in calls:
        store.put("ev.calls", call["id"], call)
    for _ in range(sizes["ev_deleted_calls"]):
        when = day0 - (1 + rng.randrange(days)) * DAY + rng.uniform(12.5 * 3600, 23 * 3600)
        gone = make_call(rng, users, when, n_topics)
        done = gone["timeline"][-1][0]
        deleted_at = min(done + rng.uniform(3600, 10 * DAY), day0 - rng.uniform(60, 3600))
        record = {
            "id": gone["id"],
            "deletedAt": round(max(deleted_at, done + 1), 3),
            "callerId": gone["callerId"],
            "callTime": gone["callTime"],
        }
        store.put("ev.deleted_calls", gone["id"], record)
    return calls


def populate(store: Store, *, seed: int, sizes: Mapping[str, int], now: datetime) -> None:
    sizes = {**DEFAULT_SIZES, **{k: v for k, v in sizes.items() if k in DEFAULT_SIZES}}
    day0 = day_start(now)
    rng = random.Random(f"execvision:{seed}")
    users = _org(store, rng, sizes)
    calls = _calls(store, rng, sizes, users, day0)
    ev_activity.populate(store, random.Random(f"execvision-activity:{seed}"), sizes, users, calls, day0)

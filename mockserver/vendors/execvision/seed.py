"""ExecVision seed data: org chart, calls (computed on demand: callbase.py) and deleted
calls; the activity objects are in seed_activity.py.

Everything is drawn from `random.Random(seed)` streams (per call: callbase.py), anchored at
00:00 UTC of `now`'s day (`day0`): calls spread over the `ev_days` days ending with day0
(those later than the clock are not visible yet; see callorder.py). Anchor ids used as
examples by the spec exist whatever the seed.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from mockserver.engine.store import Store, mount
from mockserver.vendors.execvision import seed_activity as ev_activity
from mockserver.vendors.execvision.callbase import call_base
from mockserver.vendors.execvision.pastcalls import PastCalls
from mockserver.vendors.execvision.timefmt import day_start
from mockserver.vendors.execvision.words import DEPARTMENTS, FIRST_NAMES, LAST_NAMES, TEAMS, TOPICS

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

ANCHOR_USER = "fc9a78ce-104e-43e4-b59f-38255af837bd"
ANCHOR_CALLER = "f3624158-1204-4fe3-b71a-38677f0ec547"
ANCHOR_MANAGER = "4287afe4-a4e1-4714-9725-68bebb6718a1"
ANCHOR_TEAM = "c482d0b3-c2f0-4276-920a-37487c61d72c"
ANCHOR_DEPARTMENTS = ("54c2c3ab-48c1-4790-bac7-16fe1475f581", "fe3577be-b911-485e-82cd-d024c65e5bdd")

DAY = 86400.0


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


def _deleted_calls(
    store: Store, rng: random.Random, sizes: Mapping[str, int], users: list[dict[str, Any]], day0: float
) -> None:
    """The calls deleted before day0 (/calls/deleted): records only, of calls no longer served."""
    days = max(1, sizes["ev_days"])
    for _ in range(sizes["ev_deleted_calls"]):
        when = day0 - (1 + rng.randrange(days)) * DAY + rng.uniform(12.5 * 3600, 23 * 3600)
        cid, caller = new_id(rng), rng.choice(users)
        duration = round(rng.triangular(45, 2400, 420))
        done = when + duration + rng.uniform(20, 180) + rng.uniform(30, 240) + duration * rng.uniform(0.15, 0.4)
        done += rng.uniform(10, 60) + rng.uniform(45, 420)
        deleted_at = min(done + rng.uniform(3600, 10 * DAY), day0 - rng.uniform(60, 3600))
        record = {
            "id": cid,
            "deletedAt": round(max(deleted_at, done + 1), 3),
            "callerId": caller["userId"],
            "callTime": round(when, 3),
        }
        store.put("ev.deleted_calls", cid, record)


def populate(store: Store, *, seed: int, sizes: Mapping[str, int], now: datetime) -> None:
    sizes = {**DEFAULT_SIZES, **{k: v for k, v in sizes.items() if k in DEFAULT_SIZES}}
    day0 = day_start(now)
    rng = random.Random(f"execvision:{seed}")
    users = _org(store, rng, sizes)
    n_topics = max(1, min(sizes["ev_topics"], len(TOPICS)))
    user_ids = tuple(u["userId"] for u in users)
    calls = call_base(seed, sizes["ev_calls"], sizes["ev_days"], n_topics, day0, user_ids)
    mount(store, "ev.calls", calls)
    _deleted_calls(store, rng, sizes, users, day0)
    ev_activity.populate(store, random.Random(f"execvision-activity:{seed}"), sizes, users, PastCalls(calls), day0)

"""The ExecVision org chart: departments, teams and users, drawn first from the seed's stream
`random.Random(f"execvision:{seed}")` (seed.py stores them; the activity, computed later,
draws them again: `org_of`). Anchor ids used as examples by the spec exist whatever the seed.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from mockserver.vendors.execvision.words import DEPARTMENTS, FIRST_NAMES, LAST_NAMES, TEAMS

ANCHOR_USER = "fc9a78ce-104e-43e4-b59f-38255af837bd"
ANCHOR_CALLER = "f3624158-1204-4fe3-b71a-38677f0ec547"
ANCHOR_MANAGER = "4287afe4-a4e1-4714-9725-68bebb6718a1"
ANCHOR_TEAM = "c482d0b3-c2f0-4276-920a-37487c61d72c"
ANCHOR_DEPARTMENTS = ("54c2c3ab-48c1-4790-bac7-16fe1475f581", "fe3577be-b911-485e-82cd-d024c65e5bdd")


def new_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


@dataclass(frozen=True)
class Org:
    departments: list[dict[str, Any]]
    teams: list[dict[str, Any]]
    users: list[dict[str, Any]]
    after: Any = None  # the state of the stream after the org's draws (random.Random.getstate)


def org(rng: random.Random, n_departments: int, n_teams: int, n_users: int) -> Org:
    """The org chart of these sizes (ev_departments, ev_teams, ev_users), drawn from `rng`."""
    n_depts = max(2, n_departments)
    n_teams = max(1, n_teams)
    n_users = max(3 + n_teams, n_users)  # every team gets a member to manage it
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
    return Org(depts, teams, users, rng.getstate())


@lru_cache(maxsize=4)
def org_of(seed: int, n_departments: int, n_teams: int, n_users: int) -> Org:
    """The seeded org chart: what seed.py stores, and what the activity refers to (drawn again
    when no longer cached, never read from the store). Shared: read it, never change it."""
    return org(random.Random(f"execvision:{seed}"), n_departments, n_teams, n_users)

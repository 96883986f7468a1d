"""ExecVision seed data: the org chart (org.py) and the deleted calls, stored; the calls,
computed on demand (callbase.py); the activity (seed_activity.py, seed_coaching.py), stored
as virtual kinds built on first read (engine/lazykind.py), all but the topics. So a (re)seed
costs the org chart, the deleted calls and the mounting of the rest, whatever the sizes.

Everything is drawn from `random.Random` streams of the seed (per call: callbase.py; per
activity kind: seed_activity.py), anchored at 00:00 UTC of `now`'s day (`day0`): calls spread
over the `ev_days` days ending with day0 (those later than the clock are not visible yet; see
callorder.py). Anchor ids used as examples by the spec exist whatever the seed.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from mockserver.engine.store import Store, mount
from mockserver.vendors.execvision import seed_activity as ev_activity
from mockserver.vendors.execvision import seed_coaching as ev_coaching
from mockserver.vendors.execvision.callbase import call_base
from mockserver.vendors.execvision.org import new_id, org_of
from mockserver.vendors.execvision.timefmt import day_start
from mockserver.vendors.execvision.words import TOPICS

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

DAY = 86400.0


def _org(store: Store, seed: int, sizes: Mapping[str, int]) -> tuple[list[dict[str, Any]], random.Random]:
    """Store the org chart (the activity's, org_of: the same objects); the seed's stream after it."""
    chart = org_of(seed, sizes["ev_departments"], sizes["ev_teams"], sizes["ev_users"])
    groups: list[tuple[str, str, list[dict[str, Any]]]] = [
        ("ev.departments", "id", chart.departments),
        ("ev.teams", "id", chart.teams),
        ("ev.users", "userId", chart.users),
    ]
    for kind, key, items in groups:
        for item in items:
            store.put(kind, str(item[key]), item)
    rng = random.Random()
    rng.setstate(chart.after)
    return chart.users, rng


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
    users, rng = _org(store, seed, sizes)  # drawn first from random.Random(f"execvision:{seed}")
    n_topics = max(1, min(sizes["ev_topics"], len(TOPICS)))
    user_ids = tuple(u["userId"] for u in users)
    calls = call_base(seed, sizes["ev_calls"], sizes["ev_days"], n_topics, day0, user_ids)
    mount(store, "ev.calls", calls)
    _deleted_calls(store, rng, sizes, users, day0)
    activity = ev_activity.Activity.of(seed, sizes, day0, calls)
    ev_activity.populate(store, activity, n_topics)  # built on first read (LazyKind)
    ev_coaching.populate(store, activity)

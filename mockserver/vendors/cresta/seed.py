"""Seed data for the Cresta API: two customers (`acme`, `globex`), profile `default` each.

A pure function of (seed, sizes, the day of `now`): times are anchored at midnight UTC. The
anchor ids used as spec examples exist for both customers: target-1, conv-1 (message msg-1
with non-ASCII text), scorecard template qa-template@rev-1, usecase sales, coaching plan
plan-1, user agent-1, moment moment-1 (ENTITY; moment-3 is not). Store kinds are `cresta.*`,
keyed by full resource name. The conversations and their messages are not built here: the
seed draws their index (start, agent, usecase, channel; convbase.py computes the rest on
demand), so a reseed costs the same whatever their number of messages.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from mockserver.engine.store import Store, mount
from mockserver.vendors.cresta import seedtext as text
from mockserver.vendors.cresta.convbase import (
    CONVERSATIONS,
    MESSAGES,
    ConversationIndex,
    ConversationKind,
    MessageKind,
    Skeleton,
)
from mockserver.vendors.cresta.times import fmt_time

DEFAULT_SIZES: dict[str, int] = {
    "cresta_agents": 24,  # users agent-1..N per customer (plus 3 managers)
    "cresta_conversations": 300,  # per customer, over the past DAYS days
    "cresta_coaching_comments": 160,  # per customer, in threads of 1-5 comments
    "cresta_targets": 12,  # per customer
    "cresta_suggestion_usages": 400,  # per customer
}
CUSTOMERS = ("acme", "globex")
PROFILE = "default"
DAYS = 60
USECASES = ("sales", "support", "retention")
TEAMS = ("team-east", "team-west", "team-central")
GROUPS = ("group-tier-1", "group-tier-2", "group-new-hires")
ANCHOR_CONV_OFFSET = 90_000  # conv-1 starts 25 h before midnight of `now`


def populate(store: Store, *, seed: int, sizes: Mapping[str, int], now: datetime) -> None:
    counts = {**DEFAULT_SIZES, **{k: v for k, v in sizes.items() if k in DEFAULT_SIZES}}
    now = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)  # the day only
    index = ConversationIndex(seed)
    for customer in CUSTOMERS:
        _Builder(store, random.Random(f"cresta:{seed}:{customer}"), customer, counts, now, index).build()
    mount(store, CONVERSATIONS, ConversationKind(index))
    mount(store, MESSAGES, MessageKind(index))


class _Builder:
    def __init__(
        self,
        store: Store,
        rng: random.Random,
        customer: str,
        counts: Mapping[str, int],
        now: datetime,
        index: ConversationIndex,
    ) -> None:
        self.store, self.rng, self.now, self.counts, self.customer = store, rng, now, counts, customer
        self.cust = f"customers/{customer}"
        self.prof = f"{self.cust}/profiles/{PROFILE}"
        self.index = index
        index.profiles[customer] = self.prof
        self.agents: list[dict[str, Any]] = []
        self.conversations: list[Skeleton] = []
        self.plans: list[dict[str, Any]] = []

    def put(self, kind: str, obj: dict[str, Any]) -> dict[str, Any]:
        self.store.put(f"cresta.{kind}", obj["name"], obj)
        return obj

    def ago(self, seconds: float) -> datetime:
        return self.now - timedelta(seconds=seconds)

    def build(self) -> None:
        self.directory()
        self.moments()
        self.conversations_and_messages()
        self.templates()
        self.plans_and_comments()
        self.targets()
        self.suggestion_usages()

    def directory(self) -> None:
        for uc in USECASES:
            self.put("usecases", {"name": f"{self.prof}/usecases/{uc}", "displayName": uc.title()})
        for team in TEAMS:
            self.put("teams", {"name": f"{self.cust}/teams/{team}", "displayName": team})
        for group in GROUPS:
            self.put("groups", {"name": f"{self.cust}/groups/{group}", "displayName": group})
        for i in range(1, max(2, self.counts["cresta_agents"]) + 1):
            groups = [GROUPS[i % 2]] + ([GROUPS[2]] if i % 5 == 0 else [])
            usecases = ["sales", "support"] if i == 1 else self.rng.sample(USECASES, k=1 + i % 2)
            agent = self.put("users", self._user(f"agent-{i}", "AGENT", TEAMS[i % 3], groups))
            agent["usecases"] = [f"{self.prof}/usecases/{u}" for u in usecases]
            self.agents.append(agent)
            self.index.agents[agent["name"]] = agent
        for i in range(1, 4):
            self.put("users", self._user(f"manager-{i}", "MANAGER", TEAMS[i % 3], []))

    def _user(self, uid: str, role: str, team: str, groups: list[str]) -> dict[str, Any]:
        return {
            "name": f"{self.cust}/users/{uid}",
            "displayName": f"{self.rng.choice(text.NAMES)} ({uid})",
            "email": f"{uid}@{self.customer}.example.com",
            "role": role,
            "team": f"{self.cust}/teams/{team}",
            "groups": [f"{self.cust}/groups/{g}" for g in groups],
        }

    def moments(self) -> None:
        for mid, kind, title in text.MOMENTS:
            self.put("moments", {"name": f"{self.prof}/moments/{mid}", "displayName": title, "type": kind})

    def conversations_and_messages(self) -> None:
        """The conversations' index (convbase.py: they and their messages are computed on demand)."""
        n = max(1, self.counts["cresta_conversations"])
        offsets = self.rng.sample(range(600, DAYS * 86_400 - 1), n)
        offsets = [o + (o >= ANCHOR_CONV_OFFSET) for o in offsets]  # keep start times unique
        offsets[0] = ANCHOR_CONV_OFFSET
        for i, offset in enumerate(offsets, start=1):
            agent = self.agents[0] if i == 1 else self.rng.choice(self.agents)
            usecase = agent["usecases"][0] if i == 1 else self.rng.choice(agent["usecases"])
            voice = i == 1 or self.rng.random() < 0.6
            count = self.rng.randint(4, 24)  # messages (the anchor has 8)
            skeleton = self.index.add(
                self.customer, f"conv-{i}", agent["name"], usecase, voice, self.ago(offset), count
            )
            self.conversations.append(skeleton)

    def templates(self) -> None:
        for tid, rev, count, usecases, overrides in text.TEMPLATES:
            template = f"{self.prof}/scorecardTemplates/{tid}"
            config: dict[str, Any] = {"evaluatedConversationCountPerAgent": count}
            if overrides:
                config["overriddenAgents"] = [
                    {kind: f"{self.cust}/{kind}s/{oid}", "evaluatedConversationCountPerAgent": n}
                    for kind, oid, n in overrides
                ]
            self.put(
                "scorecardTemplates",
                {
                    "name": f"{template}@{rev}",
                    "template": template,
                    "revision": rev,
                    "displayName": tid.replace("-", " ").title(),
                    "usecaseNames": [f"{self.prof}/usecases/{u}" for u in usecases],
                    "taskCompleteConfig": config,
                    "createTime": fmt_time(self.ago(86_400 * (50 if rev == "rev-1" else 20))),
                },
            )

    def plans_and_comments(self) -> None:
        for i, agent in enumerate(self.agents[:10], start=1):
            self.plans.append(
                self.put(
                    "coachingPlans",
                    {
                        "name": f"{self.prof}/coachingPlans/plan-{i}",
                        "displayName": f"{text.PLAN_TITLES[i % len(text.PLAN_TITLES)]} — {agent['displayName']}",
                        "agentUserName": agent["name"],
                        "usecaseName": agent["usecases"][0],
                        "createTime": fmt_time(self.ago(86_400 * self.rng.randint(30, 55))),
                    },
                )
            )
        made, thread = 0, 0
        while made < self.counts["cresta_coaching_comments"]:
            thread += 1
            plan = self.plans[0] if thread == 1 else self.rng.choice(self.plans)
            when = self.ago(self.rng.randint(86_400, 50 * 86_400))
            manager = f"{self.cust}/users/manager-{self.rng.randint(1, 3)}"
            for k in range(self.rng.randint(1, 5)):
                made += 1
                creator = manager if k % 2 == 0 else plan["agentUserName"]
                stamp = fmt_time(when + timedelta(hours=3 * k))
                self.put(
                    "coachingComments",
                    {
                        "name": f"{self.prof}/coachingComments/comment-{made}",
                        "thread": f"thread-{thread}",
                        "creatorUserName": creator,
                        "coachingPlanName": plan["name"],
                        "usecaseName": plan["usecaseName"],
                        "createTime": stamp,
                        "updateTime": stamp,
                        "message": self.rng.choice(text.COMMENTS),
                        "taggedUsers": [plan["agentUserName"]] if creator == manager else [manager],
                        "linkedSessionNotes": [],
                    },
                )
                if made >= self.counts["cresta_coaching_comments"]:
                    break

    def targets(self) -> None:
        templates = ("qa-template", "csat-template")
        for i in range(1, max(1, self.counts["cresta_targets"]) + 1):
            plan = self.plans[0] if i == 1 else self.rng.choice([None, *self.plans])
            usecase = plan["usecaseName"] if plan else f"{self.prof}/usecases/{self.rng.choice(USECASES)}"
            created = self.ago(86_400 * (20 if i == 1 else self.rng.randint(10, 50)))
            target: dict[str, Any] = {
                "name": f"{self.prof}/targets/target-{i}",
                "scorecardTemplateName": f"{self.prof}/scorecardTemplates/{templates[i % 2 if i > 1 else 0]}",
                "criterionOrChapterId": "criterion-1" if i == 1 else self.rng.choice(["criterion-2", "chapter-1"]),
                "target": 80.0 if i == 1 else self.rng.randint(120, 190) / 2,
                "usecaseName": usecase,
                "createTime": fmt_time(created),
                "updateTime": fmt_time(created + timedelta(days=self.rng.randint(0, 9))),
                "qaScore": 72.5 if i == 1 else round(self.rng.uniform(50, 99), 1),
            }
            if plan:
                target["coachingPlanName"] = plan["name"]
            self.put("targets", target)

    def suggestion_usages(self) -> None:
        users = {a["name"]: a for a in self.agents}
        for i in range(1, self.counts["cresta_suggestion_usages"] + 1):
            conv = self.conversations[0] if i == 1 else self.rng.choice(self.conversations)
            user = users[conv.agent]
            start, length = conv.start, round(self.index.elapsed(conv))
            self.put(
                "suggestionUsages",
                {
                    "name": f"{self.prof}/suggestionUsages/usage-{i}",
                    "createTime": fmt_time(start + timedelta(seconds=self.rng.randint(0, int(length)))),
                    "user": user["name"],
                    "team": user["team"],
                    "group": user["groups"][0],
                    "text": text.SUGGESTIONS[0] if i == 1 else self.rng.choice(text.SUGGESTIONS),
                    "conversation": conv.name,
                },
            )

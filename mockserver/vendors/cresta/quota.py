"""RetrieveTotalAgentQuota, computed from the stored conversations and users.

* Active agents: the distinct `agentUserName`s of the profile's conversations in the
  usecase(s) whose `startTime` lies in the evaluation period [startTime, endTime).
* Usecases: `usecaseName` if given, else every usecase of the template revision.
* Evaluation period: the request's, else the 30 days before now. A missing start is the end
  minus 30 days, a missing end is now (assumed defaults); start >= end is an empty period
  (the docs give no order rule).
* Config: `overrideTaskCompleteConfig` when present (even `{}`), else the revision's stored
  TaskCompleteConfig. Per agent: a `user` override wins, else the first matching `group`
  override (in list order, by the user's group membership), else
  `evaluatedConversationCountPerAgent`. The schema's (assumed) oneOf makes every override set
  exactly one of `user` and `group`; docs-only an override with both counts as a user
  override and one with neither is ignored. Likewise a negative count (docs-only) counts as 0.
* The totals are clamped to int32.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from mockserver.engine.context import RequestContext
from mockserver.vendors.cresta.names import (
    customer_child,
    invalid,
    not_found,
    profile_child,
    profile_name,
)
from mockserver.vendors.cresta.times import optional_time

TEMPLATES = "cresta.scorecardTemplates"
DEFAULT_PERIOD = timedelta(days=30)
INT32_MAX = 2**31 - 1


def _count(value: Any, field: str) -> int:
    if value is None:
        return 0
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # protojson reads an integral JSON number such as 5.0 as an int32
    if isinstance(value, bool) or not isinstance(value, int):
        invalid(f"{field}: expected an integer, got {value!r}")
    return max(value, 0)


def _config(ctx: RequestContext, raw: Any) -> tuple[int, dict[str, int], list[tuple[str, int]]]:
    """(default count, per-user counts, [(group, count)] in order) from a TaskCompleteConfig."""
    field = "overrideTaskCompleteConfig"
    if not isinstance(raw, dict):
        invalid(f"{field}: expected an object")
    default = _count(raw.get("evaluatedConversationCountPerAgent"), f"{field}.evaluatedConversationCountPerAgent")
    users: dict[str, int] = {}
    groups: list[tuple[str, int]] = []
    overrides = raw.get("overriddenAgents") or []
    if not isinstance(overrides, list):
        invalid(f"{field}.overriddenAgents: expected a list")
    for i, item in enumerate(overrides):
        where = f"{field}.overriddenAgents[{i}]"
        if not isinstance(item, dict):
            invalid(f"{where}: expected an object")
        count = _count(item.get("evaluatedConversationCountPerAgent"), f"{where}.evaluatedConversationCountPerAgent")
        if not item.get("user") and not item.get("group"):
            continue  # only docs-only: the schema's oneOf rejects it otherwise
        if item.get("user"):
            customer_child(ctx, item["user"], "users", f"{where}.user")
            users.setdefault(item["user"], count)
        else:
            customer_child(ctx, item["group"], "groups", f"{where}.group")
            groups.append((item["group"], count))
    return default, users, groups


def _period(raw: Any, now: datetime) -> tuple[datetime, datetime]:
    if raw is None:
        return now - DEFAULT_PERIOD, now
    if not isinstance(raw, dict):
        invalid("evaluationPeriod: expected an object")
    start = optional_time(raw.get("startTime"), "evaluationPeriod.startTime")
    end = optional_time(raw.get("endTime"), "evaluationPeriod.endTime") or now
    if start is None:  # 30 days before the end, but not before the first representable time
        earliest = datetime.min.replace(tzinfo=UTC)
        start = end - DEFAULT_PERIOD if end - earliest >= DEFAULT_PERIOD else earliest
    return start, end


def _template(ctx: RequestContext) -> dict[str, Any]:
    p = ctx.path_params
    template = f"{profile_name(ctx)}/scorecardTemplates/{p['scorecardTemplateId']}"
    stored = ctx.store.get(TEMPLATES, f"{template}@{p['revisionId']}")
    if stored is None:
        if not any(t.get("template") == template for t in ctx.store.values(TEMPLATES)):
            not_found(f"scorecard template {template} not found")
        not_found(f"revision {p['revisionId']} of scorecard template {template} not found")
    return stored


def total_agent_quota(ctx: RequestContext) -> dict[str, Any]:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    stored = _template(ctx)
    if body.get("usecaseName"):
        profile_child(ctx, body["usecaseName"], "usecases", "usecaseName")
        usecases = {body["usecaseName"]}
    else:
        usecases = set(stored.get("usecaseNames", []))
    raw_config = body.get("overrideTaskCompleteConfig")
    config = raw_config if raw_config is not None else stored.get("taskCompleteConfig", {})
    default, user_counts, group_counts = _config(ctx, config)
    start, end = _period(body.get("evaluationPeriod"), ctx.now())
    prefix = profile_name(ctx) + "/conversations/"
    active = {
        c["agentUserName"]
        for c in ctx.store.values("cresta.conversations")
        if c["name"].startswith(prefix)
        and c.get("usecase") in usecases
        and c.get("agentUserName")
        and start <= datetime.fromisoformat(c["startTime"]) < end
    }
    total = 0
    for agent in active:
        user = ctx.store.get("cresta.users", agent) or {}
        member_of = set(user.get("groups", []))
        count = user_counts.get(agent)
        if count is None:
            count = next((n for group, n in group_counts if group in member_of), default)
        total += count
    return {
        "totalAgentQuota": min(total, INT32_MAX),
        "totalActiveAgentsCount": min(len(active), INT32_MAX),
    }

"""Cresta CoachingService: targets, coaching comments, total agent quota."""

from __future__ import annotations

import uuid
from typing import Any

from mockserver.engine.context import Handler, RequestContext
from mockserver.vendors.cresta.names import (
    already_exists,
    customer_child,
    customer_children,
    invalid,
    not_found,
    number,
    profile_child,
    profile_children,
    profile_name,
    str_list,
)
from mockserver.vendors.cresta.paging import binding, page_fields, paginate, paging_args
from mockserver.vendors.cresta.quota import total_agent_quota
from mockserver.vendors.cresta.times import by_create_time, fmt_time, optional_time, parse_time

TARGETS = "cresta.targets"
COMMENTS = "cresta.coachingComments"
COMMENTS_DEFAULT_PAGE_SIZE = 50  # undocumented; our choice
COMMENTS_MAX_PAGE_SIZE = 1000


# --- targets ---------------------------------------------------------------------------------


def _target_name(ctx: RequestContext) -> str:
    return f"{profile_name(ctx)}/targets/{ctx.path_params['targetId']}"


def delete_target(ctx: RequestContext) -> dict[str, Any]:
    name = _target_name(ctx)
    with ctx.store.transaction():
        if ctx.store.delete(TARGETS, name) is None:
            not_found(f"target {name} not found")
    return {}


def _target_changes(ctx: RequestContext) -> dict[str, Any]:
    """The `target.*` query parameters, checked. An explicitly empty optional clears it."""
    q = ctx.query
    for required in ("target.scorecardTemplateName", "target.target", "target.usecaseName"):
        if q.get(required) is None:  # documented as required; the engine has checked it already
            invalid(f"{required} is required")
    value = number(q["target.target"], "target.target")
    if not 0 <= value <= 100:
        invalid(f"target.target must be between 0 and 100, got {value:g}")
    changes: dict[str, Any] = {
        "scorecardTemplateName": q["target.scorecardTemplateName"],
        "target": value,
        "usecaseName": q["target.usecaseName"],
    }
    profile_child(ctx, changes["scorecardTemplateName"], "scorecardTemplates", "target.scorecardTemplateName")
    profile_child(ctx, changes["usecaseName"], "usecases", "target.usecaseName")
    plan = q.get("target.coachingPlanName")
    if plan:
        profile_child(ctx, plan, "coachingPlans", "target.coachingPlanName")
    for field in ("criterionOrChapterId", "coachingPlanName"):
        if f"target.{field}" in q and q[f"target.{field}"] is not None:
            changes[field] = q[f"target.{field}"]
    if q.get("target.qaScore") is not None:
        changes["qaScore"] = number(q["target.qaScore"], "target.qaScore")
    for field in ("target.createTime", "target.updateTime"):  # accepted, server-maintained
        optional_time(q.get(field), field)
    return changes


def update_target(ctx: RequestContext) -> dict[str, Any]:
    name = _target_name(ctx)
    changes = _target_changes(ctx)
    with ctx.store.transaction():
        current = ctx.store.get(TARGETS, name)
        if current is None:
            not_found(f"target {name} not found")
        updated = {**current, **changes, "name": name, "updateTime": fmt_time(ctx.now())}
        for field in ("criterionOrChapterId", "coachingPlanName"):
            if updated.get(field) == "":
                del updated[field]
        ctx.store.put(TARGETS, name, updated)
    return {"target": updated}


# --- coaching comments -----------------------------------------------------------------------


def list_coaching_comments(ctx: RequestContext) -> dict[str, Any]:
    q, parent = ctx.query, profile_name(ctx)
    # "is actually required" (documented: the engine rejects a request without it); "will work
    # with only a single usecase": more than one is rejected by the schema's (assumed) maxItems,
    # so only docs-only several arrive here, and they are OR-ed like the other filters.
    usecases = set(profile_children(ctx, q.get("usecaseNames"), "usecases", "usecaseNames"))
    if not usecases:
        invalid('usecaseNames: "Made optional for backwards compatibility, is actually required."')
    plans = set(profile_children(ctx, q.get("coachingPlanNames"), "coachingPlans", "coachingPlanNames"))
    threads = set(str_list(q.get("threadIds"), "threadIds"))
    default = int(ctx.extensions.get("x-default-page-size", COMMENTS_DEFAULT_PAGE_SIZE))
    filters = {"usecaseNames": sorted(usecases), "coachingPlanNames": sorted(plans), "threadIds": sorted(threads)}
    bound = binding("listCoachingComments", parent, filters)
    request = paging_args(
        ctx, q.get("pageSize"), q.get("pageToken"), bound, default=default, cap=COMMENTS_MAX_PAGE_SIZE
    )
    matches = [
        c
        for c in ctx.store.values(COMMENTS)
        if c["name"].startswith(parent + "/")
        and c.get("usecaseName") in usecases
        and (not plans or c.get("coachingPlanName") in plans)
        and (not threads or c.get("thread") in threads)
    ]
    matches.sort(key=by_create_time)
    page, next_token = paginate(matches, by_create_time, request)
    return page_fields("coachingComments", page, next_token)


def _new_comment(ctx: RequestContext, body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        invalid("the request body must be a CoachingComment object")
    for field in ("creatorUserName", "createTime", "updateTime", "message"):
        if body.get(field) is None:  # documented as required; the engine has checked it already
            invalid(f"{field} is required")
    parent = profile_name(ctx)
    if body.get("name"):
        profile_child(ctx, body["name"], "coachingComments", "name")
    name = body.get("name") or f"{parent}/coachingComments/{uuid.uuid4().hex[:16]}"
    thread = body.get("thread") or f"thread-{uuid.uuid4().hex[:16]}"
    if not isinstance(thread, str) or not isinstance(body["message"], str):
        invalid("thread and message must be strings")
    customer_child(ctx, body["creatorUserName"], "users", "creatorUserName")
    comment: dict[str, Any] = {"name": name, "thread": thread, "creatorUserName": body["creatorUserName"]}
    for field, collection in (("coachingPlanName", "coachingPlans"), ("usecaseName", "usecases")):
        if body.get(field):
            comment[field] = body[field]
            profile_child(ctx, body[field], collection, field)
    comment["createTime"] = fmt_time(parse_time(body["createTime"], "createTime"))
    comment["updateTime"] = fmt_time(parse_time(body["updateTime"], "updateTime"))
    comment["message"] = body["message"]
    comment["taggedUsers"] = customer_children(ctx, body.get("taggedUsers"), "users", "taggedUsers")
    comment["linkedSessionNotes"] = str_list(body.get("linkedSessionNotes"), "linkedSessionNotes")
    return comment


def create_coaching_comment(ctx: RequestContext) -> dict[str, Any]:
    comment = _new_comment(ctx, ctx.body)
    with ctx.store.transaction():
        if ctx.store.get(COMMENTS, comment["name"]) is not None:
            already_exists(f"coaching comment {comment['name']} already exists")
        ctx.store.put(COMMENTS, comment["name"], comment)
    return {"coachingComment": comment}


# --- total agent quota -----------------------------------------------------------------------


def retrieve_total_agent_quota(ctx: RequestContext) -> dict[str, Any]:
    return total_agent_quota(ctx)


HANDLERS: dict[str, Handler] = {
    "deleteTarget": delete_target,
    "updateTarget": update_target,
    "listCoachingComments": list_coaching_comments,
    "createCoachingComment": create_coaching_comment,
    "retrieveTotalAgentQuota": retrieve_total_agent_quota,
}

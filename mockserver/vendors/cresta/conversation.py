"""Cresta ConversationService: get/delete a conversation, redact a message, sample
conversations, list suggestion usage."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from mockserver.engine.context import Handler, RequestContext
from mockserver.vendors.cresta.convbase import CONVERSATIONS, MESSAGES, message_names
from mockserver.vendors.cresta.names import (
    customer_children,
    invalid,
    not_found,
    permission_denied,
    profile_child,
    profile_name,
    sorted_unique,
)
from mockserver.vendors.cresta.paging import binding, page_fields, paginate, paging_args
from mockserver.vendors.cresta.sampling import sample_conversations
from mockserver.vendors.cresta.times import by_create_time, fmt_time, optional_time

MOMENTS = "cresta.moments"
USAGES = "cresta.suggestionUsages"
USERS = "cresta.users"
USAGE_DEFAULT_PAGE_SIZE = 50
USAGE_MAX_PAGE_SIZE = 1000
REDACTION_BYTE = b"*"  # one asterisk per redacted byte: byte offsets stay valid


def _conversation_name(ctx: RequestContext) -> str:
    return f"{profile_name(ctx)}/conversations/{ctx.path_params['conversationId']}"


def get_conversation(ctx: RequestContext) -> dict[str, Any]:
    name = _conversation_name(ctx)
    conversation = ctx.store.get(CONVERSATIONS, name)
    if conversation is None:
        not_found(f"conversation {name} not found")
    return {"conversation": conversation}


def delete_conversation(ctx: RequestContext) -> dict[str, Any]:
    name = _conversation_name(ctx)
    with ctx.store.transaction():
        if ctx.store.delete(CONVERSATIONS, name) is None:
            not_found(f"conversation {name} not found")
        for message in message_names(ctx.store, name):
            ctx.store.delete(MESSAGES, message)
    return {}


# --- redaction -------------------------------------------------------------------------------


def _redaction_args(ctx: RequestContext) -> tuple[str, int, int]:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    moment = body.get("moment")
    if not isinstance(moment, str):  # required (documented); "" names no moment: 404 below
        invalid("moment is required")
    profile_child(ctx, moment, "moments", "moment")
    indices = []
    for field in ("startIndex", "endIndex"):
        value = body.get(field)
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # protojson reads an integral JSON number such as 22.0 as an int32
        if isinstance(value, bool) or not isinstance(value, int):
            invalid(f"{field} is required and must be an integer")
        indices.append(value)
    return moment, indices[0], indices[1]


def _continuation(raw: bytes, index: int) -> bool:
    return 0 < index < len(raw) and raw[index] & 0xC0 == 0x80


def _byte_range(raw: bytes, start: int, end: int) -> tuple[int, int]:
    """The assumed rule `byte-range`: the docs give byte indices but no rule for a range outside
    the text, so both are clamped to [0, len(raw)], a boundary inside a multi-byte UTF-8
    character moves outward to that character, and an empty range redacts nothing."""
    start, end = min(max(start, 0), len(raw)), min(max(end, 0), len(raw))
    while _continuation(raw, start):
        start -= 1
    while _continuation(raw, end):
        end += 1
    return start, end


def redact_conversation_message(ctx: RequestContext) -> dict[str, Any]:
    if not ctx.principal.admin:
        permission_denied("only cresta admins can redact a conversation message")
    moment_name, start, end = _redaction_args(ctx)
    name = f"{_conversation_name(ctx)}/messages/{ctx.path_params['messageId']}"
    with ctx.store.transaction():
        message = ctx.store.get(MESSAGES, name)
        if message is None:
            not_found(f"conversation message {name} not found")
        moment = ctx.store.get(MOMENTS, moment_name)
        if moment is None:
            not_found(f"moment {moment_name} not found")
        if moment.get("type") != "ENTITY" and ctx.enforces("entity-moment"):
            invalid(f"moment {moment_name} is of type {moment.get('type')}, not ENTITY")
        raw = str(message.get("text", "")).encode()
        start, end = _byte_range(raw, start, end)
        if start >= end:
            return {"conversationMessage": message}  # an empty range: nothing to redact
        redaction = dict(message.get("redaction") or {})
        ranges = list(redaction.get("redactedRanges", []))
        record = {"startIndex": start, "endIndex": end, "moment": moment_name}
        if any({k: r.get(k) for k in record} == record for r in ranges):
            return {"conversationMessage": message}  # the same redaction again: no change
        now = fmt_time(ctx.now())
        text = (raw[:start] + REDACTION_BYTE * (end - start) + raw[end:]).decode()
        redaction["redactedRanges"] = [*ranges, {**record, "redactTime": now}]
        updated = {**message, "text": text, "redaction": redaction, "updateTime": now}
        if "textHtml" in message:
            updated["textHtml"] = f"<p>{html.escape(text)}</p>"
        ctx.store.put(MESSAGES, name, updated)
    return {"conversationMessage": updated}


# --- suggestion usage ------------------------------------------------------------------------


def _usage_filter(ctx: RequestContext, raw: Any) -> dict[str, Any]:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        invalid("filter: expected an object")
    # a start after the end is an empty range (the docs give no order rule): nothing matches
    start = optional_time(raw.get("rangeStartTime"), "filter.rangeStartTime")
    end = optional_time(raw.get("rangeEndTime"), "filter.rangeEndTime")
    keyword = raw.get("messageKeyword") or ""
    if not isinstance(keyword, str):
        invalid("filter.messageKeyword: expected a string")

    def names(field: str, collection: str) -> list[str]:
        return sorted_unique(customer_children(ctx, raw.get(field), collection, f"filter.{field}"))

    return {
        "rangeStartTime": start,
        "rangeEndTime": end,
        "usersOrTeamsUsers": names("usersOrTeamsUsers", "users"),
        "usersOrTeamsTeams": names("usersOrTeamsTeams", "teams"),
        "messageKeyword": keyword,
        "usersOrGroupsUsers": names("usersOrGroupsUsers", "users"),
        "usersOrGroupsGroups": names("usersOrGroupsGroups", "groups"),
    }


def _usage_matches(ctx: RequestContext, f: dict[str, Any], usage: dict[str, Any]) -> bool:
    when = datetime.fromisoformat(usage["createTime"])
    if (f["rangeStartTime"] and when < f["rangeStartTime"]) or (f["rangeEndTime"] and when >= f["rangeEndTime"]):
        return False
    user = usage.get("user")
    if (f["usersOrTeamsUsers"] or f["usersOrTeamsTeams"]) and not (
        user in f["usersOrTeamsUsers"] or usage.get("team") in f["usersOrTeamsTeams"]
    ):
        return False
    if f["messageKeyword"] and f["messageKeyword"].casefold() not in usage.get("text", "").casefold():
        return False
    if f["usersOrGroupsUsers"] or f["usersOrGroupsGroups"]:
        groups = {usage.get("group")} | set((ctx.store.get(USERS, user or "") or {}).get("groups", []))
        if user not in f["usersOrGroupsUsers"] and not groups & set(f["usersOrGroupsGroups"]):
            return False
    return True


def list_suggestion_usage(ctx: RequestContext) -> dict[str, Any]:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    parent = profile_name(ctx)
    f = _usage_filter(ctx, body.get("filter"))
    default = int(ctx.extensions.get("x-default-page-size", USAGE_DEFAULT_PAGE_SIZE))
    key = {k: fmt_time(v) if isinstance(v, datetime) else v for k, v in f.items()}
    bound = binding("listSuggestionUsage", parent, key)
    request = paging_args(
        ctx, body.get("pageSize"), body.get("pageToken"), bound, default=default, cap=USAGE_MAX_PAGE_SIZE
    )
    matches = [u for u in ctx.store.values(USAGES) if u["name"].startswith(parent + "/") and _usage_matches(ctx, f, u)]
    matches.sort(key=by_create_time)
    page, next_token = paginate(matches, by_create_time, request)
    return page_fields("suggestionUsages", page, next_token)


HANDLERS: dict[str, Handler] = {
    "getConversation": get_conversation,
    "deleteConversation": delete_conversation,
    "redactConversationMessage": redact_conversation_message,
    "sampleConversations": sample_conversations,
    "listSuggestionUsage": list_suggestion_usage,
}

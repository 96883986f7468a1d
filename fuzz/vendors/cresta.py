"""Cresta's positive-case rules that neither the schema nor an `x-` extension says (see fuzz.constraints)."""

from __future__ import annotations

import re
from typing import Any

from fuzz.rules import AnyCase, body_of, parse_time, rewrite_strings, rule

_NAME = re.compile(r"^customers/([^/]+)/(?:profiles/([^/]+)/)?")


@rule
def names_in_request_parent(case: AnyCase, op: dict[str, Any]) -> None:
    """Cresta: "Resource names given in a request (query or body) name resources of the
    request's own customer and, for profile resources, its own profile: a name under another
    customer or profile is rejected with 400 INVALID_ARGUMENT." (spec/cresta.yaml,
    info.description). Generated names get the path's customer and profile."""
    path = case.path_parameters or {}
    customer, profile = path.get("customerId"), path.get("profileId")
    if not isinstance(customer, str) or not customer:
        return

    def fix(value: str) -> str:
        m = _NAME.match(value)
        if m is None:
            return value
        prefix = f"customers/{customer}/"
        if m.group(2) is not None and isinstance(profile, str) and profile:
            prefix += f"profiles/{profile}/"
        elif m.group(2) is not None:
            return value
        return prefix + value[m.end() :]

    rewrite_strings(case, fix)


_OFFSET = re.compile(r"[+-]\d{2}:\d{2}$")


@rule
def timestamps_in_range(case: AnyCase, op: dict[str, Any]) -> None:
    """Cresta timestamps are `google.protobuf.Timestamp`s: "Range is from 0001-01-01T00:00:00Z to
    9999-12-31T23:59:59.999999999Z" (protobuf docs; spec/cresta.yaml, info.description). An RFC
    3339 time whose offset moves it out of that range in UTC gets the offset `Z` instead."""

    def fix(value: str) -> str:
        if _OFFSET.search(value) and parse_time(value) is None and parse_time(_OFFSET.sub("Z", value)) is not None:
            return _OFFSET.sub("Z", value)
        return value

    rewrite_strings(case, fix)


# (operationId, path to the object in the body, start field, end field, may the two be equal)
TIME_RANGES = (
    ("sampleConversations", ("filter",), "startTime", "endTime", False),
    ("listSuggestionUsage", ("filter",), "rangeStartTime", "rangeEndTime", True),
    ("retrieveTotalAgentQuota", ("evaluationPeriod",), "startTime", "endTime", False),
)


@rule
def ordered_time_ranges(case: AnyCase, op: dict[str, Any]) -> None:
    """Time ranges: "When both are set, `startTime` must be before `endTime`, otherwise 400
    INVALID_ARGUMENT." (spec/cresta.yaml, SampleConversationsFilter; likewise
    SuggestionUsageFilter, where they may be equal, and EvaluationPeriod, whose end is "when
    left out, now")."""
    for operation_id, where, start_key, end_key, may_equal in TIME_RANGES:
        if op.get("operationId") != operation_id:
            continue
        node: Any = body_of(case)
        for key in where:
            node = node.get(key) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            continue
        start, end = parse_time(node.get(start_key)), parse_time(node.get(end_key))
        if start is not None and end is None and operation_id == "retrieveTotalAgentQuota":
            # "when left out, now": the fuzzer cannot know the server's now, so the generated
            # start becomes the end (and the start defaults to 30 days before it).
            node[end_key] = node.pop(start_key)
            continue
        if start is None or end is None:
            continue
        if end < start:
            node[start_key], node[end_key] = node[end_key], node[start_key]
        elif end == start and not may_equal:
            del node[end_key]


@rule
def one_of_user_or_group(case: AnyCase, op: dict[str, Any]) -> None:
    """OverriddenAgent: "Set exactly one of `user` and `group` (a oneof); otherwise 400
    INVALID_ARGUMENT." (spec/cresta.yaml). Items with both keep the user, items with neither go."""
    config = body_of(case).get("overrideTaskCompleteConfig")
    if not isinstance(config, dict) or not isinstance(config.get("overriddenAgents"), list):
        return
    agents = config["overriddenAgents"]
    kept = []
    for item in agents:
        if isinstance(item, dict) and item.get("user") and item.get("group"):
            item = {k: v for k, v in item.items() if k != "group"}
        if not isinstance(item, dict) or item.get("user") or item.get("group"):
            kept.append(item)
    config["overriddenAgents"] = kept


@rule
def redaction_range(case: AnyCase, op: dict[str, Any]) -> None:
    """redactConversationMessage: "0 ≤ startIndex < endIndex ≤ byte length of the text"
    (spec/cresta.yaml). The byte length belongs to the stored message, which no request schema
    can carry, so a positive case redacts the one range every non-empty message has: its first
    byte. (Longer ranges are still sent by the negative and coverage cases, which may get 400.)"""
    if op.get("operationId") != "redactConversationMessage":
        return
    body = body_of(case)
    if isinstance(body.get("startIndex"), int) and isinstance(body.get("endIndex"), int):
        body["startIndex"], body["endIndex"] = 0, 1

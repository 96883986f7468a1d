"""Documented request rules that a JSON Schema cannot express, applied to positive cases.

A positive case is one schemathesis generated to be valid; `positive_data_acceptance` then
expects the server to accept it. Some rules of the docs relate two fields, or a field and the
path, which no JSON Schema of a single parameter can say. Each rule below quotes the document
line it comes from and turns a generated positive case into one that honours it, so that the
check stays on and a rejection still means a real disagreement. Negative cases are left alone:
they must be rejected anyway.

Importing this module registers one global `before_call` hook and the `int64` string format
(pytest and CLI alike).
"""

from __future__ import annotations

import re
from collections.abc import Callable, MutableMapping
from datetime import UTC, datetime
from typing import Any, TypeAlias

import schemathesis
from hypothesis import strategies as st
from schemathesis import Case, HookContext

AnyCase: TypeAlias = Case[Any]

# "int64 values are JSON strings" (spec/cresta.yaml, info.description): `type: string, format:
# int64`. Schemathesis knows the format only for integers; for strings it would draw any digits
# the `pattern` allows, past 2^63 - 1 too. Generate the values in range (the pattern still applies).
schemathesis.openapi.format("int64", st.integers(min_value=-(2**63), max_value=2**63 - 1).map(str))
Rule = Callable[[AnyCase, dict[str, Any]], None]
_RULES: list[Rule] = []
_NAME = re.compile(r"^customers/([^/]+)/(?:profiles/([^/]+)/)?")
_FRACTION = re.compile(r"(\.\d{6})\d+")


def rule(func: Rule) -> Rule:
    _RULES.append(func)
    return func


def is_positive(case: AnyCase) -> bool:
    meta = case.meta
    return meta is None or not meta.generation.mode.is_negative


def apply_rules(case: AnyCase) -> AnyCase:
    if is_positive(case):
        raw = case.operation.definition.raw
        for func in _RULES:
            func(case, raw if isinstance(raw, dict) else {})
    return case


@schemathesis.hook
def before_call(context: HookContext, case: AnyCase, kwargs: dict[str, Any]) -> None:
    """Every request of every phase passes here, after links and configured parameters were
    filled in; schemathesis re-validates a case the hook changed."""
    apply_rules(case)


def _int(value: Any) -> int | None:
    """An integer query value: generated as `int`, or as its string in the coverage phase."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return None


def _query(case: AnyCase) -> MutableMapping[str, Any]:
    return case.query if isinstance(case.query, MutableMapping) else {}


def _body(case: AnyCase) -> dict[str, Any]:
    return case.body if isinstance(case.body, dict) else {}


# --- ExecVision ------------------------------------------------------------------------------


@rule
def max_limit_when(case: AnyCase, op: dict[str, Any]) -> None:
    """`x-max-limit-when` (listCalls): "IMPORTANT: if true, the maximum `limit` is reduced to
    100." (spec/execvision.yaml, render_templates)"""
    raw = op.get("x-max-limit-when")
    query = _query(case)
    for item in raw if isinstance(raw, list) else [raw] if raw else []:
        param = str(item.get("param", "limit"))
        conditions = {k: v for k, v in item.items() if k not in ("maximum", "param")}
        value = _int(query.get(param))
        if value is None or value <= item["maximum"]:
            continue
        if all(query.get(k) in (v, str(v).lower()) for k, v in conditions.items()):
            maximum = int(item["maximum"])
            query[param] = str(maximum) if isinstance(query[param], str) else maximum


@rule
def window_filter_together(case: AnyCase, op: dict[str, Any]) -> None:
    """listCallTopics: "if `window_length` (in seconds) and `minimum_matches` are given (both
    must be given together), a sliding window filter is applied" (spec/execvision.yaml)."""
    if op.get("operationId") != "listCallTopics":
        return
    query = _query(case)
    present = [name for name in ("window_length", "minimum_matches") if name in query]
    if len(present) == 1:
        del query[present[0]]


def _rewrite_strings(case: AnyCase, fix: Callable[[str], str]) -> None:
    """Apply `fix` to every string in the query parameters and the JSON body, at any depth."""

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return fix(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    query = _query(case)
    for key in list(query):
        query[key] = walk(query[key])
    if isinstance(case.body, dict):
        case.body = walk(case.body)


# --- Cresta ----------------------------------------------------------------------------------


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

    _rewrite_strings(case, fix)


@rule
def effectively_required(case: AnyCase, op: dict[str, Any]) -> None:
    """`x-effectively-required` / `x-max-effective-items` (listCoachingComments usecaseNames):
    "Made optional for backwards compatibility, is actually required. Will work with only a
    single usecase" (spec/cresta.yaml)."""
    query = _query(case)
    for param in op.get("parameters") or []:
        if not isinstance(param, dict) or param.get("in") != "query":
            continue
        name = str(param.get("name"))
        if param.get("x-effectively-required") and not query.get(name):
            example = param.get("example")
            if example is None:
                continue
            query[name] = list(example) if isinstance(example, list) else example
            names_in_request_parent(case, op)
        limit = param.get("x-max-effective-items")
        value = query.get(name)
        if isinstance(limit, int) and isinstance(value, list) and len(value) > limit:
            query[name] = value[:limit]


@rule
def no_foreign_page_token(case: AnyCase, op: dict[str, Any]) -> None:
    """`x-pagination` pageToken: "The token is opaque and bound to the request's filters; a token
    obtained with different filters is rejected with 400 INVALID_ARGUMENT (AIP-158)."
    (spec/cresta.yaml). A generated token was never issued, so it is left out."""
    paging = op.get("x-pagination")
    if not isinstance(paging, dict) or paging.get("style") != "pageToken":
        return
    token = str(paging.get("tokenParam", "pageToken"))
    _query(case).pop(token, None)
    _body(case).pop(token, None)


_OFFSET = re.compile(r"[+-]\d{2}:\d{2}$")


@rule
def timestamps_in_range(case: AnyCase, op: dict[str, Any]) -> None:
    """Cresta timestamps are `google.protobuf.Timestamp`s: "Range is from 0001-01-01T00:00:00Z to
    9999-12-31T23:59:59.999999999Z" (protobuf docs; spec/cresta.yaml, info.description). An RFC
    3339 time whose offset moves it out of that range in UTC gets the offset `Z` instead."""

    def fix(value: str) -> str:
        if _OFFSET.search(value) and _parse(value) is None and _parse(_OFFSET.sub("Z", value)) is not None:
            return _OFFSET.sub("Z", value)
        return value

    _rewrite_strings(case, fix)


def _parse(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(_FRACTION.sub(r"\1", value.replace("z", "Z").replace("Z", "+00:00")))
        return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except (ValueError, OverflowError):
        return None


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
        node: Any = _body(case)
        for key in where:
            node = node.get(key) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            continue
        start, end = _parse(node.get(start_key)), _parse(node.get(end_key))
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
    config = _body(case).get("overrideTaskCompleteConfig")
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
    (spec/cresta.yaml). The order is fixed here; the byte length depends on the stored message
    (see the documented exclusion in schemathesis.toml)."""
    if op.get("operationId") != "redactConversationMessage":
        return
    body = _body(case)
    start, end = body.get("startIndex"), body.get("endIndex")
    if not isinstance(start, int) or not isinstance(end, int) or start < end:
        return
    if end < start:
        body["startIndex"], body["endIndex"] = end, start
    elif start > 0:
        body["startIndex"] = start - 1
    else:
        body["endIndex"] = 1

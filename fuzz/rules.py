"""The registry of positive-case rules, and the helpers rules share.

A rule turns a generated positive case into one that honours a documented request rule no JSON
Schema of a single parameter can say (`fuzz.constraints` explains why). `@rule` registers one;
`apply_rules(case)` runs every registered rule on a positive case, in registration order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, MutableMapping
from datetime import UTC, datetime
from typing import Any, TypeAlias

from schemathesis import Case

AnyCase: TypeAlias = Case[Any]

Rule = Callable[[AnyCase, dict[str, Any]], None]
_RULES: list[Rule] = []
FRACTION = re.compile(r"(\.\d{6})\d+")


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


def int_value(value: Any) -> int | None:
    """An integer query value: generated as `int`, or as its string in the coverage phase."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return None


def query_of(case: AnyCase) -> MutableMapping[str, Any]:
    return case.query if isinstance(case.query, MutableMapping) else {}


def body_of(case: AnyCase) -> dict[str, Any]:
    return case.body if isinstance(case.body, dict) else {}


def rewrite_strings(case: AnyCase, fix: Callable[[str], str]) -> None:
    """Apply `fix` to every string in the query parameters and the JSON body, at any depth."""

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return fix(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    query = query_of(case)
    for key in list(query):
        query[key] = walk(query[key])
    if isinstance(case.body, dict):
        case.body = walk(case.body)


def parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(FRACTION.sub(r"\1", value.replace("z", "Z").replace("Z", "+00:00")))
        return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except (ValueError, OverflowError):
        return None

"""The registry of positive-case rules, and the helpers rules share.

A rule turns a generated positive case into one that honours a documented request rule no JSON
Schema of a single parameter can say (`fuzz.constraints` explains why). `@rule` registers one;
`apply_rules(case)` runs every registered rule on a positive case, in registration order.

`@rule(assumed=True)` registers a rule that honours one of our `x-assumed` rules rather than a
documented one. Those run only when the fuzzed schema includes the assumptions: in-process
(always the whole spec) and live with `--include-assumed`. A docs-only live run
(`FUZZ_STRICTNESS=docs`, the runner's default) leaves them out, as it leaves the assumed
constraints out of the schema.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, MutableMapping
from datetime import UTC, datetime
from typing import Any, TypeAlias, overload

from schemathesis import Case

AnyCase: TypeAlias = Case[Any]

Rule = Callable[[AnyCase, dict[str, Any]], None]
_RULES: list[tuple[Rule, bool]] = []  # (rule, honours an x-assumed rule)
FRACTION = re.compile(r"(\.\d{6})\d+")
STRICTNESS_VAR = "FUZZ_STRICTNESS"  # "docs": the schema is the docs-only view


def include_assumed() -> bool:
    return os.environ.get(STRICTNESS_VAR, "assumed") != "docs"


@overload
def rule(func: Rule) -> Rule: ...
@overload
def rule(*, assumed: bool) -> Callable[[Rule], Rule]: ...
def rule(func: Rule | None = None, *, assumed: bool = False) -> Rule | Callable[[Rule], Rule]:
    def register(f: Rule) -> Rule:
        _RULES.append((f, assumed))
        return f

    return register if func is None else register(func)


def is_positive(case: AnyCase) -> bool:
    meta = case.meta
    return meta is None or not meta.generation.mode.is_negative


def apply_rules(case: AnyCase) -> AnyCase:
    if is_positive(case):
        raw = case.operation.definition.raw
        with_assumed = include_assumed()
        for func, assumed in _RULES:
            if with_assumed or not assumed:
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

"""Documented request rules that a JSON Schema cannot express, applied to positive cases.

A positive case is one schemathesis generated to be valid; `positive_data_acceptance` then
expects the server to accept it. Some rules of the docs relate two fields, or a field and the
path, which no JSON Schema of a single parameter can say. Each rule quotes the document line
it comes from and turns a generated positive case into one that honours it, so that the check
stays on and a rejection still means a real disagreement. Negative cases are left alone: they
must be rejected anyway.

The rules here are read from the spec's `x-` extensions and so hold for every API; an API's
own rules live in the module its registry entry names as `fuzz_rules` (`fuzz/vendors/<api>.py`),
imported below. Importing this module registers one global `before_call` hook and the `int64`
string format (pytest and CLI alike).
"""

from __future__ import annotations

import importlib
from typing import Any

import schemathesis
from hypothesis import strategies as st
from schemathesis import HookContext

import specmodel
from fuzz.rules import AnyCase, apply_rules, body_of, int_value, query_of, rule

# `type: string, format: int64` (int64 values rendered as JSON strings, the protobuf JSON mapping):
# Schemathesis knows the format only for integers; for strings it would draw any digits
# the `pattern` allows, past 2^63 - 1 too. Generate the values in range (the pattern still applies).
schemathesis.openapi.format("int64", st.integers(min_value=-(2**63), max_value=2**63 - 1).map(str))


@schemathesis.hook
def before_call(context: HookContext, case: AnyCase, kwargs: dict[str, Any]) -> None:
    """Every request of every phase passes here, after links and configured parameters were
    filled in; schemathesis re-validates a case the hook changed."""
    apply_rules(case)


@rule
def max_limit_when(case: AnyCase, op: dict[str, Any]) -> None:
    """`x-max-limit-when`: a lower maximum of `limit` while other parameters have given values
    (e.g. "IMPORTANT: if true, the maximum `limit` is reduced to 100.")."""
    raw = op.get("x-max-limit-when")
    query = query_of(case)
    for item in raw if isinstance(raw, list) else [raw] if raw else []:
        param = str(item.get("param", "limit"))
        conditions = {k: v for k, v in item.items() if k not in ("maximum", "param")}
        value = int_value(query.get(param))
        if value is None or value <= item["maximum"]:
            continue
        if all(query.get(k) in (v, str(v).lower()) for k, v in conditions.items()):
            maximum = int(item["maximum"])
            query[param] = str(maximum) if isinstance(query[param], str) else maximum


@rule
def effectively_required(case: AnyCase, op: dict[str, Any]) -> None:
    """`x-effectively-required` / `x-max-effective-items` (listCoachingComments usecaseNames):
    "Made optional for backwards compatibility, is actually required. Will work with only a
    single usecase" (the parameter's description)."""
    query = query_of(case)
    for param in op.get("parameters") or []:
        if not isinstance(param, dict) or param.get("in") != "query":
            continue
        name = str(param.get("name"))
        if param.get("x-effectively-required") and not query.get(name):
            example = param.get("example")
            if example is None:
                continue
            query[name] = list(example) if isinstance(example, list) else example
        limit = param.get("x-max-effective-items")
        value = query.get(name)
        if isinstance(limit, int) and isinstance(value, list) and len(value) > limit:
            query[name] = value[:limit]


@rule
def no_foreign_page_token(case: AnyCase, op: dict[str, Any]) -> None:
    """`x-pagination` pageToken: a page token is one "received from a previous ... call" (the
    docs of the paged operations). A generated token was never issued, so it is left out: what
    a server does with a made-up one is not documented."""
    paging = op.get("x-pagination")
    if not isinstance(paging, dict) or paging.get("style") != "pageToken":
        return
    token = str(paging.get("tokenParam", "pageToken"))
    query_of(case).pop(token, None)
    body_of(case).pop(token, None)


def load_api_rules() -> list[str]:
    """Import the `fuzz_rules` module of every registered API (each registers its rules)."""
    modules = [api.fuzz_rules for api in specmodel.apis() if api.fuzz_rules]
    for module in modules:
        importlib.import_module(module)
    return modules


API_RULE_MODULES = load_api_rules()

"""The `_spec_rules` part of the facade model: the `x-` values (and the retry rule) the
clients embed, copied out of the spec by the generator (the client cannot read the spec)."""

from __future__ import annotations

from typing import Any

from generator.facades.model import SpecRules
from generator.facades.policy import FacadePolicy
from specmodel import extensions as ext
from specmodel import operations

__all__ = ["RETRIED_METHODS", "build"]

RETRIED_METHODS = {"get", "delete"}


def _scoring_tables(node: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if isinstance(node, dict):
        if isinstance(node.get("x-scoring-table"), dict):
            found.update(node["x-scoring-table"])
        for key, value in node.items():
            if key != "x-scoring-table":
                found.update(_scoring_tables(value))
    elif isinstance(node, list):
        for value in node:
            found.update(_scoring_tables(value))
    return found


def build(doc: dict[str, Any], policy: FacadePolicy) -> SpecRules:
    ops = list(operations(doc))
    idempotent = set()
    conditional = set()
    for op in ops:
        rule = policy.of(op.operation_id)
        retried = op.method in RETRIED_METHODS or ext.flag(op.node, "x-idempotent")
        if rule.idempotent is not None:
            retried = rule.idempotent
        if rule.idempotent_when_set is not None:
            conditional.add(op.operation_id)
        elif retried:
            idempotent.add(op.operation_id)

    def by_op(key: str) -> dict[str, Any]:
        return {op.operation_id: op.node[key] for op in ops if key in op.node}

    constants = [
        ("IDEMPOTENT_OPERATIONS", "frozenset[str]", f"frozenset({sorted(idempotent)!r})"),
        ("CONDITIONALLY_IDEMPOTENT", "frozenset[str]", f"frozenset({sorted(conditional)!r})"),
        ("X_PAGINATION", "dict[str, dict[str, Any]]", repr(by_op("x-pagination"))),
        ("X_DEFAULT_PAGE_SIZE", "dict[str, int]", repr(by_op("x-default-page-size"))),
        ("X_LIMIT_COUNTS", "dict[str, str]", repr(by_op("x-limit-counts"))),
        ("X_MAX_LIMIT_WHEN", "dict[str, dict[str, Any]]", repr(by_op("x-max-limit-when"))),
        ("X_SCORING_TABLE", "dict[str, list[dict[str, Any]]]", repr(_scoring_tables(doc.get("components") or {}))),
    ]
    if "x-rate-limit" in doc:
        constants.append(("X_RATE_LIMIT", "dict[str, Any]", repr(doc["x-rate-limit"])))
    comments = {
        "IDEMPOTENT_OPERATIONS": "Retried on failure: every GET and DELETE, the operations marked `x-idempotent: true`,"
        " and those the facade policy (facade.yaml) marks idempotent.",
        "CONDITIONALLY_IDEMPOTENT": "Retried only when the call names the new resource (facade.yaml"
        " `idempotent_when_set`): a repeat then fails with a conflict instead of creating a duplicate.",
        "X_PAGINATION": "`x-pagination` of each paged operation.",
        "X_DEFAULT_PAGE_SIZE": "`x-default-page-size`: the page size when none is sent.",
        "X_LIMIT_COUNTS": "`x-limit-counts`: what `limit` counts where it is not items.",
        "X_MAX_LIMIT_WHEN": "`x-max-limit-when`: a lower `limit` maximum under a condition.",
        "X_SCORING_TABLE": "`x-scoring-table` of the schemas: scheme -> answer, raw answer, percentage.",
        "X_RATE_LIMIT": "The root `x-rate-limit`: local wall-clock windows [start, end) in `timezone`.",
    }
    return SpecRules(constants=constants, comments=comments)

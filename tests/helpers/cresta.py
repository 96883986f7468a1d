"""Test support for the Cresta handlers: a seeded store, hand-built RequestContexts, and a
check of response bodies against `spec/cresta.yaml` (what the mock's strict mode demands).

Used by tests/mock/test_cresta_*.py.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema_rs
import orjson

import specmodel
from mockserver.engine.context import ApiError, Handler, Principal, RequestContext
from mockserver.engine.store import MemoryStore
from mockserver.vendors.cresta import seed as cresta_seed
from specmodel.strictness import assumed_rules

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "cresta.yaml"
NOW = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)
ACME = "customers/acme/profiles/default"
SECRET = b"tests/helpers/cresta.py"  # one secret for every context: a token of one call works in the next


@cache
def _snapshot(seed: int, sizes: tuple[tuple[str, int], ...]) -> bytes:
    store = MemoryStore()
    cresta_seed.populate(store, seed=seed, sizes=dict(sizes), now=NOW)
    return orjson.dumps({kind: store.values(kind) for kind in store.counts()})


def seeded_store(seed: int = 1, sizes: Mapping[str, int] | None = None) -> MemoryStore:
    """A fresh store holding the Cresta seed (built once per arguments, then copied)."""
    store = MemoryStore()
    for kind, items in orjson.loads(_snapshot(seed, tuple(sorted((sizes or {}).items())))).items():
        for item in items:
            store.put(kind, item["name"], item)
    return store


@cache
def spec() -> dict[str, Any]:
    return specmodel.load(SPEC_PATH)


def operation(op_id: str) -> dict[str, Any]:
    for item in spec()["paths"].values():
        for method, node in item.items():
            if isinstance(node, dict) and node.get("operationId") == op_id:
                return dict(node, method=method)
    raise KeyError(op_id)


def extensions(op_id: str) -> dict[str, Any]:
    return {k: v for k, v in operation(op_id).items() if k.startswith("x-")}


def make_ctx(
    store: MemoryStore,
    op_id: str,
    *,
    path: Mapping[str, Any] | None = None,
    query: Mapping[str, Any] | None = None,
    body: Any = None,
    customer: str = "acme",
    profile: str = "default",
    admin: bool = True,
    now: datetime = NOW,
    docs_only: bool = False,
) -> RequestContext:
    """A context as the engine builds it; `docs_only`: as with `--docs-only` (the operation's
    x-assumed behaviour rules are not enforced)."""
    principal = Principal("cresta", f"{customer}-client", customers=frozenset({customer}), admin=admin)
    return RequestContext(
        operation_id=op_id,
        api="cresta",
        path_params={"customerId": customer, "profileId": profile, **(path or {})},
        query=dict(query or {}),
        body=body,
        headers={},
        principal=principal,
        store=store,
        now=lambda: now,
        extensions=extensions(op_id),
        secret=SECRET,
        assumed_rules=assumed_rules(operation(op_id)),
        enforce_assumed=not docs_only,
    )


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def check_response(op_id: str, status: int, body: Any) -> None:
    """Fail unless `body` conforms to the spec's response schema for (op_id, status)."""
    responses = operation(op_id)["responses"]
    response = _resolve(responses.get(str(status), responses.get("default")))
    schema = response["content"]["application/json"]["schema"]
    schema_errors(schema, body, f"{op_id} {status} response")


@cache
def _validator(schema_json: str) -> Any:
    root = {"$ref": "#/$defs/target", "$defs": {"target": json.loads(schema_json)}, "components": spec()["components"]}
    return jsonschema_rs.Draft202012Validator(root, validate_formats=True, ignore_unknown_formats=True)


def schema_errors(schema: Any, instance: Any, what: str) -> None:
    """Fail unless `instance` is valid (draft 2020-12, formats checked, as in strict mode)."""
    validator = _validator(json.dumps(schema, sort_keys=True))
    errors = [f"{list(e.instance_path)}: {e.message}" for e in validator.iter_errors(instance)]
    assert not errors, f"{what} violates the spec: {errors[:3]}"


def call(handler: Handler, ctx: RequestContext) -> Any:
    """Run a handler and check its 200 answer against the spec."""
    result = handler(ctx)
    assert not inspect.isawaitable(result)
    check_response(ctx.operation_id, 200, result)
    return result


def call_error(handler: Handler, ctx: RequestContext, status: int, grpc_code: int) -> ApiError:
    """Run a handler that must fail with (status, grpc_code); return the error."""
    try:
        handler(ctx)
    except ApiError as err:
        assert (err.status, err.grpc_code) == (status, grpc_code), (err.status, err.grpc_code, err.message)
        check_response(ctx.operation_id, status, {"code": err.grpc_code, "message": err.message, "details": []})
        return err
    raise AssertionError(f"{ctx.operation_id} did not fail with {status}")

"""One test per rule of the breaking-change checker, each with a tiny before/after spec."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from publisher.breaking import breaking_only, diff
from publisher.changes import Change

Spec = dict[str, Any]
STATUS = {"$ref": "#/components/schemas/Status"}
CALL = {"$ref": "#/components/schemas/Call"}


def base() -> Spec:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1.0.0"},
        "security": [{"basic": []}],
        "paths": {
            "/calls": {
                "get": {
                    "operationId": "listCalls",
                    "parameters": [
                        {"name": "since", "in": "query", "required": True, "schema": {"type": "string"}},
                        {
                            "name": "limit",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 0, "maximum": 1000},
                        },
                        {"name": "status", "in": "query", "schema": STATUS},
                        {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "headers": {"X-Next": {"schema": {"type": "string"}}},
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CallList"}}},
                        },
                        "404": {"description": "not found"},
                    },
                }
            },
            "/calls/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "post": {
                    "operationId": "updateCall",
                    "security": [{"basic": []}],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CallUpdate"}}},
                    },
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": CALL}}}},
                },
            },
        },
        "components": {
            "securitySchemes": {"basic": {"type": "http", "scheme": "basic"}},
            "schemas": {
                "Status": {"type": "string", "enum": ["open", "closed"]},
                "Call": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string"},
                        "title": {"type": "string", "maxLength": 100},
                        "status": STATUS,
                        "duration": {"type": "number"},
                        "parent": CALL,
                        "labels": {"type": "array", "items": {"type": "string"}, "maxItems": 10},
                    },
                },
                "CallList": {"type": "object", "properties": {"calls": {"type": "array", "items": CALL}}},
                "CallUpdate": {
                    "type": "object",
                    "properties": {
                        "title": {"type": "string", "maxLength": 100},
                        "note": {"type": "string"},
                        "priority": {"type": "integer", "minimum": 1, "maximum": 5},
                        "status": STATUS,
                        "labels": {"type": "array", "items": {"type": "string"}, "maxItems": 10},
                    },
                },
            },
        },
    }


def list_calls(s: Spec) -> Any:
    return s["paths"]["/calls"]["get"]


def update_call(s: Spec) -> Any:
    return s["paths"]["/calls/{id}"]["post"]


def param(s: Spec, name: str) -> Any:
    return next(p for p in list_calls(s)["parameters"] if p["name"] == name)


def schema(s: Spec, name: str) -> Any:
    return s["components"]["schemas"][name]


def changes_after(mutate: Callable[[Spec], object], before: Callable[[Spec], object] | None = None) -> list[Change]:
    old = base()
    if before:
        before(old)
    new = copy.deepcopy(old)
    mutate(new)
    return diff(old, new)


# (id, mutation, expected kind, expected rule, text the location contains)
Case = tuple[str, Callable[[Spec], object], str, str, str]
CASES: list[Case] = [
    # operations
    ("operation removed", lambda s: s["paths"].pop("/calls"), "breaking", "operation-removed", "GET /calls"),
    (
        "operation added",
        lambda s: s["paths"]["/calls/{id}"].update(delete={"operationId": "deleteCall", "responses": {}}),
        "non-breaking",
        "operation-added",
        "DELETE /calls/{id}",
    ),
    (
        "operationId changed",
        lambda s: list_calls(s).update(operationId="getCalls"),
        "breaking",
        "operation-id-changed",
        "GET /calls",
    ),
    ("deprecated", lambda s: list_calls(s).update(deprecated=True), "non-breaking", "operation-deprecated", "GET"),
    # parameters
    ("parameter removed", lambda s: list_calls(s)["parameters"].pop(1), "breaking", "parameter-removed", "'limit'"),
    (
        "new required parameter",
        lambda s: list_calls(s)["parameters"].append({"name": "team", "in": "query", "required": True}),
        "breaking",
        "parameter-added",
        "query parameter 'team'",
    ),
    (
        "new optional parameter",
        lambda s: list_calls(s)["parameters"].append({"name": "team", "in": "query"}),
        "non-breaking",
        "parameter-added",
        "'team'",
    ),
    (
        "parameter became required",
        lambda s: param(s, "limit").update(required=True),
        "breaking",
        "parameter-required-changed",
        "'limit'",
    ),
    (
        "parameter no longer required",
        lambda s: param(s, "since").update(required=False),
        "non-breaking",
        "parameter-required-changed",
        "'since'",
    ),
    (
        "parameter style changed",
        lambda s: param(s, "since").update(style="deepObject"),
        "breaking",
        "parameter-serialisation-changed",
        "'since'",
    ),
    (
        "parameter type changed",
        lambda s: param(s, "limit")["schema"].update(type="string"),
        "breaking",
        "type-changed",
        "'limit'",
    ),
    (
        "parameter type widened",
        lambda s: param(s, "limit")["schema"].update(type=["integer", "string"]),
        "non-breaking",
        "type-changed",
        "'limit'",
    ),
    (
        "parameter format added",
        lambda s: param(s, "since")["schema"].update(format="date-time"),
        "breaking",
        "format-changed",
        "'since'",
    ),
    (
        "maximum decreased",
        lambda s: param(s, "limit")["schema"].update(maximum=500),
        "breaking",
        "maximum-narrowed",
        "'limit'",
    ),
    (
        "maximum increased",
        lambda s: param(s, "limit")["schema"].update(maximum=5000),
        "non-breaking",
        "maximum-widened",
        "'limit'",
    ),
    (
        "minimum increased",
        lambda s: param(s, "limit")["schema"].update(minimum=1),
        "breaking",
        "minimum-narrowed",
        "'limit'",
    ),
    (
        "pattern added to a parameter",
        lambda s: param(s, "since")["schema"].update(pattern="^[0-9]"),
        "breaking",
        "pattern-changed",
        "'since'",
    ),
    (
        "header parameter names are case-insensitive",
        lambda s: param(s, "X-Trace").update(name="x-trace"),
        "none",
        "",
        "",
    ),
    (
        "enum value added to a request-only enum",
        lambda s: param(s, "status").update(schema={"type": "string", "enum": ["open", "closed", "new"]}),
        "non-breaking",
        "enum-value-added",
        "'status'",
    ),
    # request bodies
    ("request body removed", lambda s: update_call(s).pop("requestBody"), "breaking", "request-body-removed", "POST"),
    (
        "required request body added",
        lambda s: list_calls(s).update(requestBody={"required": True, "content": {"text/plain": {}}}),
        "breaking",
        "request-body-added",
        "GET /calls request body",
    ),
    (
        "optional request body added",
        lambda s: list_calls(s).update(requestBody={"content": {"text/plain": {}}}),
        "non-breaking",
        "request-body-added",
        "GET /calls request body",
    ),
    (
        "request body no longer required",
        lambda s: update_call(s)["requestBody"].update(required=False),
        "non-breaking",
        "request-body-required-changed",
        "request body",
    ),
    (
        "request media type removed",
        lambda s: update_call(s)["requestBody"].update(content={"application/xml": {}}),
        "breaking",
        "media-type-removed",
        "request body",
    ),
    (
        "request media type added",
        lambda s: update_call(s)["requestBody"]["content"].update({"text/csv": {}}),
        "non-breaking",
        "media-type-added",
        "request body",
    ),
    (
        "new required request property",
        lambda s: schema(s, "CallUpdate").update(required=["title"]),
        "breaking",
        "property-became-required",
        "title",
    ),
    (
        "new property that is required in a request",
        lambda s: (
            schema(s, "CallUpdate")["properties"].update(owner={"type": "string"}),
            schema(s, "CallUpdate").update(required=["owner"]),
        ),
        "breaking",
        "property-added",
        "owner",
    ),
    (
        "new optional request property",
        lambda s: schema(s, "CallUpdate")["properties"].update(owner={"type": "string"}),
        "non-breaking",
        "property-added",
        "owner",
    ),
    (
        "request property removed",
        lambda s: schema(s, "CallUpdate")["properties"].pop("note"),
        "breaking",
        "property-removed",
        "note",
    ),
    (
        "request maxLength decreased",
        lambda s: schema(s, "CallUpdate")["properties"]["title"].update(maxLength=50),
        "breaking",
        "maxLength-narrowed",
        "CallUpdate (in requests): title",
    ),
    (
        "request minLength added",
        lambda s: schema(s, "CallUpdate")["properties"]["note"].update(minLength=1),
        "breaking",
        "minLength-narrowed",
        "note",
    ),
    (
        "request maxItems decreased",
        lambda s: schema(s, "CallUpdate")["properties"]["labels"].update(maxItems=5),
        "breaking",
        "maxItems-narrowed",
        "labels",
    ),
    (
        "request maximum increased",
        lambda s: schema(s, "CallUpdate")["properties"]["priority"].update(maximum=10),
        "non-breaking",
        "maximum-widened",
        "priority",
    ),
    (
        "request additionalProperties closed",
        lambda s: schema(s, "CallUpdate").update(additionalProperties=False),
        "breaking",
        "additionalProperties-changed",
        "CallUpdate",
    ),
    (
        "request property became nullable",
        lambda s: schema(s, "CallUpdate")["properties"]["note"].update(type=["string", "null"]),
        "non-breaking",
        "type-changed",
        "note",
    ),
    (
        "request $ref became a nullable oneOf",
        lambda s: schema(s, "CallUpdate")["properties"].update(status={"oneOf": [STATUS, {"type": "null"}]}),
        "non-breaking",
        "variant-added",
        "status",
    ),
    # responses
    ("response removed", lambda s: list_calls(s)["responses"].pop("404"), "breaking", "response-removed", "404"),
    (
        "response added",
        lambda s: list_calls(s)["responses"].update({"500": {"description": "oops"}}),
        "non-breaking",
        "response-added",
        "500",
    ),
    (
        "response media type removed",
        lambda s: update_call(s)["responses"]["200"].pop("content"),
        "breaking",
        "media-type-removed",
        "response 200",
    ),
    (
        "response header removed",
        lambda s: list_calls(s)["responses"]["200"].pop("headers"),
        "breaking",
        "header-removed",
        "'x-next'",
    ),
    (
        "response property removed",
        lambda s: schema(s, "Call")["properties"].pop("title"),
        "breaking",
        "property-removed",
        "Call (in responses): title",
    ),
    (
        "response property added",
        lambda s: schema(s, "Call")["properties"].update(owner={"type": "string"}),
        "non-breaking",
        "property-added",
        "owner",
    ),
    (
        "new required response property",
        lambda s: (
            schema(s, "Call")["properties"].update(owner={"type": "string"}),
            schema(s, "Call").update(required=["id", "owner"]),
        ),
        "non-breaking",
        "property-added",
        "owner",
    ),
    (
        "response property made required",
        lambda s: schema(s, "Call").update(required=["id", "title"]),
        "non-breaking",
        "property-became-required",
        "title",
    ),
    (
        "response property no longer required",
        lambda s: schema(s, "Call").update(required=[]),
        "breaking",
        "property-became-optional",
        "Call (in responses): id",
    ),
    (
        "response type changed",
        lambda s: schema(s, "Call")["properties"]["id"].update(type="integer"),
        "breaking",
        "type-changed",
        "Call (in responses): id",
    ),
    (
        "response format changed",
        lambda s: schema(s, "Call")["properties"]["id"].update(format="uuid"),
        "breaking",
        "format-changed",
        "id",
    ),
    (
        "response property became nullable",
        lambda s: schema(s, "Call")["properties"]["duration"].update(type=["number", "null"]),
        "breaking",
        "type-changed",
        "duration",
    ),
    (
        "response type narrowed (number to integer)",
        lambda s: schema(s, "Call")["properties"]["duration"].update(type="integer"),
        "non-breaking",
        "type-changed",
        "duration",
    ),
    (
        "response $ref became a nullable oneOf",
        lambda s: schema(s, "Call")["properties"].update(parent={"oneOf": [CALL, {"type": "null"}]}),
        "breaking",
        "variant-added",
        "Call (in responses): parent",
    ),
    (
        "response maxLength increased",
        lambda s: schema(s, "Call")["properties"]["title"].update(maxLength=200),
        "breaking",
        "maxLength-widened",
        "Call (in responses): title",
    ),
    (
        "response maxLength decreased",
        lambda s: schema(s, "Call")["properties"]["title"].update(maxLength=50),
        "non-breaking",
        "maxLength-narrowed",
        "title",
    ),
    (
        "response maxItems removed",
        lambda s: schema(s, "Call")["properties"]["labels"].pop("maxItems"),
        "breaking",
        "maxItems-widened",
        "labels",
    ),
    # enums (Status is used in a request parameter, a request body and a response)
    (
        "enum value removed",
        lambda s: schema(s, "Status").update(enum=["open"]),
        "breaking",
        "enum-value-removed",
        "Status (in requests)",
    ),
    (
        "enum value added to an enum that responses use",
        lambda s: schema(s, "Status").update(enum=["open", "closed", "archived"]),
        "breaking",
        "enum-value-added",
        "Status (in responses)",
    ),
    (
        "enum added to a request parameter",
        lambda s: param(s, "since")["schema"].update(enum=["now"]),
        "breaking",
        "enum-added",
        "'since'",
    ),
    # security
    (
        "operation security changed",
        lambda s: update_call(s).update(security=[{"bearer": []}]),
        "breaking",
        "security-changed",
        "POST /calls/{id}",
    ),
    (
        "top-level security changed (inherited by an operation)",
        lambda s: s.update(security=[]),
        "breaking",
        "security-changed",
        "GET /calls",
    ),
    (
        "security scheme redefined",
        lambda s: s["components"]["securitySchemes"]["basic"].update(scheme="bearer"),
        "breaking",
        "security-scheme-changed",
        "security scheme basic",
    ),
    (
        "security scheme description changed",
        lambda s: s["components"]["securitySchemes"]["basic"].update(description="docs only"),
        "none",
        "",
        "",
    ),
]


@pytest.mark.parametrize(("mutation", "kind", "rule", "where"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rule(mutation: Callable[[Spec], object], kind: str, rule: str, where: str) -> None:
    changes = changes_after(mutation)
    if kind == "none":
        assert changes == []
        return
    matching = [c for c in changes if c.rule == rule and where in c.location]
    assert matching, f"expected a {rule} change at {where!r}, got {changes}"
    assert {c.kind for c in matching} == {kind}, matching
    if kind == "non-breaking":
        assert breaking_only(changes) == [], "a non-breaking edit was reported as breaking"


def test_request_body_became_required() -> None:
    changes = changes_after(
        lambda s: update_call(s)["requestBody"].update(required=True),
        before=lambda s: update_call(s)["requestBody"].update(required=False),
    )
    assert [(c.kind, c.rule) for c in changes] == [("breaking", "request-body-required-changed")]


def test_request_type_list_losing_a_member_is_breaking() -> None:
    changes = changes_after(
        lambda s: param(s, "limit")["schema"].update(type="integer"),
        before=lambda s: param(s, "limit")["schema"].update(type=["integer", "string"]),
    )
    assert [(c.kind, c.rule, c.message) for c in changes] == [
        ("breaking", "type-changed", "type changed from [integer, string] to [integer]")
    ]


def test_shared_parameter_change_is_reported_once() -> None:
    def share_limit(s: Spec) -> None:
        s["components"]["parameters"] = {"Limit": param(s, "limit")}
        list_calls(s)["parameters"][1] = {"$ref": "#/components/parameters/Limit"}
        s["paths"]["/calls/{id}"]["post"]["parameters"] = [{"$ref": "#/components/parameters/Limit"}]

    changes = changes_after(
        lambda s: s["components"]["parameters"]["Limit"]["schema"].update(maximum=10), before=share_limit
    )
    assert [(c.kind, c.location, c.message) for c in changes] == [
        ("breaking", "Limit (shared query parameter 'limit')", "maximum changed from 1000 to 10")
    ]


def test_identical_specs_have_no_changes() -> None:
    assert diff(base(), base()) == []


def test_key_order_and_docs_do_not_matter() -> None:
    new = base()
    new["paths"] = dict(reversed(list(new["paths"].items())))
    schema(new, "Call")["properties"] = dict(reversed(list(schema(new, "Call")["properties"].items())))
    schema(new, "Call")["description"] = "Now documented."
    list_calls(new)["summary"] = "List the calls"
    assert diff(base(), new) == []


def test_renamed_path_template_is_the_same_operation() -> None:
    def rename(s: Spec) -> None:
        item = s["paths"].pop("/calls/{id}")
        item["parameters"][0]["name"] = "callId"
        s["paths"]["/calls/{callId}"] = item

    changes = changes_after(rename)
    assert {(c.kind, c.rule) for c in changes} == {("breaking", "parameter-removed"), ("breaking", "parameter-added")}
    assert all(c.location.startswith("POST /calls/{callId} path parameter") for c in changes)


def test_shared_schema_change_is_reported_once_per_direction() -> None:
    """Call is reached from two operations and recursively from itself: one change."""
    changes = changes_after(lambda s: schema(s, "Call")["properties"].pop("title"))
    assert [(c.kind, c.location, c.message) for c in changes] == [
        ("breaking", "Call (in responses): title", "property removed")
    ]


def test_recursive_schemas_terminate_when_refs_differ() -> None:
    def swap(s: Spec) -> None:
        s["components"]["schemas"]["Call2"] = copy.deepcopy(schema(s, "Call"))
        schema(s, "Call2")["properties"]["parent"] = {"$ref": "#/components/schemas/Call2"}
        update_call(s)["responses"]["200"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/Call2"
        }

    assert breaking_only(changes_after(swap)) == []


def test_all_of_members_are_merged() -> None:
    def with_all_of(s: Spec) -> None:
        schema(s, "Call").update(allOf=[{"$ref": "#/components/schemas/Base"}])
        s["components"]["schemas"]["Base"] = {"type": "object", "properties": {"owner": {"type": "string"}}}

    def drop_owner(s: Spec) -> None:
        s["components"]["schemas"]["Base"]["properties"].pop("owner")

    changes = changes_after(drop_owner, before=with_all_of)
    assert [(c.rule, c.location) for c in changes] == [("property-removed", "Call (in responses): owner")]


def test_changes_are_deterministic() -> None:
    def many(s: Spec) -> None:
        s["paths"].pop("/calls")
        schema(s, "Call")["properties"].pop("title")
        schema(s, "CallUpdate")["properties"]["priority"]["maximum"] = 3

    first = changes_after(many)
    assert first == changes_after(many)
    assert len(first) == len(set(first))

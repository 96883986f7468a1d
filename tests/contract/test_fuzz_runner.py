"""The live-mode runner without a server: write classification, settings, URLs, summary, links."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import schemathesis
from schemathesis.core.result import Err, Ok
from schemathesis.core.transforms import UNRESOLVABLE
from schemathesis.generation.stateful.state_machine import ExtractedParam
from schemathesis.specs.openapi import stateful as openapi_stateful
from schemathesis.specs.openapi.stateful import collect_transitions

from fuzz import live_stateful, summary
from fuzz.__main__ import base_url, command, parser
from fuzz.apis import ROOT, apis, operations, write_operation_ids
from fuzz.links import schema_links
from fuzz.settings import SettingsError, allow_writes, from_env

APIS = apis()

# What a read-only run leaves out. A new operation changes this list on purpose: decide whether
# it writes before it is fuzzed against a production tenant.
WRITES = {
    "cresta": [
        "createCoachingComment",
        "deleteConversation",
        "deleteTarget",
        "redactConversationMessage",
        "updateTarget",
    ],
    "execvision": ["deleteCall"],
}
READ_ONLY_POSTS = {"retrieveTotalAgentQuota", "sampleConversations", "listSuggestionUsage"}
JSON = "application/json"


@pytest.mark.parametrize("api", sorted(APIS))
def test_write_operations(api: str) -> None:
    assert write_operation_ids(APIS[api]) == WRITES[api]


def test_read_only_posts_are_the_idempotent_ones_except_redact() -> None:
    posts = {op["operationId"] for method, _, op in operations(APIS["cresta"]) if method == "post"}
    idempotent = {op["operationId"] for _, _, op in operations(APIS["cresta"]) if op.get("x-idempotent")}
    assert posts - set(WRITES["cresta"]) == READ_ONLY_POSTS == idempotent - {"redactConversationMessage"}


def test_missing_credentials_give_a_clear_message_not_a_traceback() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CRESTA_", "EXECVISION_"))}
    run = subprocess.run(
        [sys.executable, "-m", "fuzz", "--api", "cresta", "--url", "https://api.example.com"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert "missing environment variable" in run.stderr and "CRESTA_CUSTOMER" in run.stderr
    assert "Traceback" not in run.stderr


def test_settings() -> None:
    env = {"EXECVISION_USER": "u", "EXECVISION_PASSWORD": "p"}
    assert not from_env("execvision", env).allow_writes
    assert from_env("execvision", {**env, "ALLOW_WRITES": "1"}).allow_writes
    with pytest.raises(SettingsError, match="ALLOW_WRITES"):
        allow_writes({"ALLOW_WRITES": "maybe"})
    with pytest.raises(SettingsError, match="EXECVISION_PASSWORD"):
        from_env("execvision", {"EXECVISION_USER": "u"})
    with pytest.raises(SettingsError, match="unknown API"):
        from_env("gong", env)


def test_base_url() -> None:
    assert base_url(APIS["execvision"], "https://users.execvision.io") == "https://users.execvision.io/api/ev/2"
    assert base_url(APIS["execvision"], "http://h:1/api/ev/2/") == "http://h:1/api/ev/2"
    assert base_url(APIS["cresta"], "https://api.us-west-2-prod.cresta.com/") == "https://api.us-west-2-prod.cresta.com"
    with pytest.raises(SettingsError):
        base_url(APIS["cresta"], "api.example.com")


def test_read_only_command_excludes_the_writes(tmp_path: Path) -> None:
    args = parser().parse_args(["--api", "execvision", "--url", "http://h", "--seed", "7", "--reports", str(tmp_path)])
    junit, report = tmp_path / "j.xml", tmp_path / "r.json"
    cmd = command(args, APIS["execvision"], "http://h/api/ev/2", ["deleteCall"], junit, report)
    assert cmd[cmd.index("--exclude-operation-id") + 1] == "deleteCall"
    assert cmd[cmd.index("--seed") + 1] == "7"
    assert cmd[cmd.index("--config-file") + 1] == str(ROOT / "schemathesis.toml")


JUNIT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites errors="0" failures="1" skipped="0" tests="1" time="0.1">
  <testsuite name="schemathesis" errors="0" failures="1" skipped="0" tests="1" time="0.1">
    <testcase name="GET /kpis" time="0.1">
      <failure type="failure" message="ST202">1. Test Case ID: 9tTTs0

- ST202 Schema-valid request rejected

Reproduce with:

    curl -X GET -H 'Authorization: [Filtered]' 'http://h/api/ev/2/kpis?since=0000-00-00T00%3A00Z'</failure>
    </testcase>
  </testsuite>
</testsuites>
"""


def test_summary_lists_failures_with_their_curl_line(tmp_path: Path) -> None:
    (tmp_path / "r.xml").write_text(JUNIT, encoding="utf-8")
    (tmp_path / "r.json").write_text(
        '{"operations": {"total": 21, "tested": 20}, "test_cases": {"generated": 35, "with_failures": 1},'
        ' "seed": 5, "complete": true, "exit_code": 1}',
        encoding="utf-8",
    )
    result = summary.read(tmp_path / "r.json", tmp_path / "r.xml")
    assert not result.ok
    text = summary.render(result, api="execvision", url="http://h", mode="read-only", skipped=[], reports=[])
    assert "operations covered: 20 of 21" in text and "cases run: 35" in text and "seed 5" in text
    assert "GET /kpis: ST202 Schema-valid request rejected" in text
    assert "curl -X GET -H 'Authorization: [Filtered]' 'http://h/api/ev/2/kpis?since=0000-00-00T00%3A00Z'" in text
    assert text.endswith("== FAILED (1 failing operations or errors)")


def _item_api(last_id_required: bool = False) -> dict[str, Any]:
    """A small API: two lists linking to their items (one list pages with a `last_id` cursor,
    the other takes no parameter), and an item linking to its DELETE."""
    item = {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}
    last_id = {"name": "last_id", "in": "query", "required": last_id_required, "schema": {"type": "string"}}
    path_id = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]

    def listing(op_id: str, target: str, link: str, params: list[dict[str, Any]]) -> dict[str, Any]:
        page = {"description": "a page", "content": {JSON: {"schema": {"type": "array", "items": item}}}}
        page["links"] = {link: {"operationId": target, "parameters": {"id": "$response.body#/0/id"}}}
        return {"get": {"operationId": op_id, "parameters": params, "responses": {"200": page}}}

    return {
        "openapi": "3.1.0",
        "info": {"title": "items", "version": "1"},
        "paths": {
            "/items": listing("listItems", "getItem", "GetItem", [last_id]),
            "/items/{id}": {
                "parameters": path_id,
                "get": {"operationId": "getItem", "responses": {"200": {"$ref": "#/components/responses/Item"}}},
                "delete": {"operationId": "deleteItem", "responses": {"204": {"description": "deleted"}}},
            },
            "/tags": listing("listTags", "getTag", "GetTag", []),
            "/tags/{id}": {
                "parameters": path_id,
                "get": {"operationId": "getTag", "responses": {"200": {"description": "a tag"}}},
            },
        },
        "components": {
            "responses": {
                "Item": {
                    "description": "an item",
                    "content": {JSON: {"schema": item}},
                    "links": {"DeleteItem": {"operationId": "deleteItem", "parameters": {"id": "$request.path.id"}}},
                }
            }
        },
    }


def test_links_of_a_schema_and_which_a_read_only_run_can_follow() -> None:
    found = {str(link): link for link in schema_links(_item_api())}
    assert set(found) == {
        "listItems -> GetItem -> getItem",
        "getItem -> DeleteItem -> deleteItem",
        "listTags -> GetTag -> getTag",
    }
    assert [name for name, link in found.items() if link.writes] == ["getItem -> DeleteItem -> deleteItem"]
    assert found["getItem -> DeleteItem -> deleteItem"].transition == (
        "GET /items/{id} -> [200] DeleteItem -> DELETE /items/{id}"
    )


def test_summary_lists_the_links_followed_and_not(tmp_path: Path) -> None:
    schema = tmp_path / "items.json"
    schema.write_text(json.dumps(_item_api()), encoding="utf-8")
    report = tmp_path / "links.json"
    report.write_text(
        json.dumps(
            {
                "scenarios": 12,
                "links": {
                    "GET /items -> [200] GetItem -> GET /items/{id}": {"taken": 9, "followed": 4},
                    "GET /tags -> [200] GetTag -> GET /tags/{id}": {"taken": 3, "followed": 0},
                },
            }
        ),
        encoding="utf-8",
    )
    found = summary.read_links(schema, report, excluded={"deleteItem"}, read_only=True)
    assert [str(link) for link in found.followed] == ["listItems -> GetItem -> getItem"]
    assert [str(link) for link in found.missed] == ["listTags -> GetTag -> getTag"]
    text = "\n".join(summary.render_links(found))
    assert "links followed by the stateful phase: 1 of 2 read-only links (12 scenarios)" in text
    assert "followed: listItems -> GetItem -> getItem (4 times)" in text
    assert "NOT followed: listTags -> GetTag -> getTag (taken 3 times, never with every value it defines)" in text
    assert "left out, an end is not in the run: getItem -> DeleteItem -> deleteItem" in text
    with_writes = summary.read_links(schema, report, excluded=(), read_only=False)
    assert len(with_writes.followable) == 3 and not with_writes.left_out
    with_writes_text = "\n".join(summary.render_links(with_writes))
    assert "1 of 3 links (12 scenarios)" in with_writes_text
    assert "NOT followed: getItem -> DeleteItem -> deleteItem (never taken)" in with_writes_text
    missing = summary.read_links(schema, tmp_path / "none.json", excluded={"deleteItem"}, read_only=True)
    assert summary.render_links(missing) == ["   links: the stateful phase did not run (2 read-only links to follow)"]


def _roots(doc: dict[str, Any], classify: Any) -> tuple[set[str], set[str]]:
    schema = schemathesis.openapi.from_dict(doc)
    ops = [result.ok() for result in schema.get_all_operations()]
    roots = classify(ops, collect_transitions(ops), schema.analysis.dependency_graph)
    return set(roots.reliable), set(roots.fallback)


def test_a_list_with_an_optional_cursor_starts_stateful_scenarios() -> None:
    """schemathesis reads the optional `last_id` as a reference to a resource "Last" that no
    operation returns, and never starts a scenario at the list; live, it does."""
    original = openapi_stateful.classify_root_transitions
    original = getattr(original, "__wrapped__", original)
    assert _roots(_item_api(), original) == ({"GET /tags"}, {"GET /items", "GET /items/{id}"})
    patched = live_stateful.promote_optional_fk_roots(original)
    assert _roots(_item_api(), patched) == ({"GET /tags", "GET /items"}, {"GET /items/{id}"})
    required = _item_api(last_id_required=True)
    assert _roots(required, patched) == ({"GET /tags"}, {"GET /items", "GET /items/{id}"})


def test_a_step_follows_a_link_when_it_sends_every_value_the_link_defines() -> None:
    def step(sent: str, extracted: Any) -> Any:
        values = {"id": ExtractedParam(None, extracted, True), "tenant": ExtractedParam(None, Ok("acme"), True)}
        transition = SimpleNamespace(parameters={"path_parameters": values}, request_body=None)
        case = SimpleNamespace(path_parameters={"id": sent, "tenant": "acme"})
        return SimpleNamespace(transition=transition, is_transition_applied=True, value=case)

    assert live_stateful.followed(step("c-1", Ok("c-1")))
    assert not live_stateful.followed(step("random", Ok("c-1")))  # the generated value, not the link's
    assert not live_stateful.followed(step("random", Ok(UNRESOLVABLE)))  # the page was empty
    assert not live_stateful.followed(step("random", Err(ValueError("no such field"))))


def test_a_plain_request_sends_the_required_parameters_at_their_examples() -> None:
    doc = _item_api()
    doc["paths"]["/tags"]["get"]["parameters"] = [
        {
            "name": "since",
            "in": "query",
            "required": True,
            "schema": {"type": "string"},
            "example": "2023-08-15T00:00Z",
        },
        {"name": "limit", "in": "query", "schema": {"type": "integer"}, "example": 100},
        {"name": "tag", "in": "query", "required": True, "schema": {"type": "string"}},
    ]
    schema = schemathesis.openapi.from_dict(doc)
    tags = schema["/tags"]["GET"].Case(query={"since": "9999-01-01T00:00Z", "limit": 0, "tag": "red"})
    assert live_stateful.plain_request(tags).query == {"since": "2023-08-15T00:00Z", "tag": "red"}
    items = schema["/items"]["GET"].Case(query={"last_id": "no-such-item"})
    assert live_stateful.plain_request(items).query == {}
    assert live_stateful.is_link_source(schema["/items"]["GET"])
    assert not live_stateful.is_link_source(schema["/tags/{id}"]["GET"])

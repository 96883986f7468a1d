"""Spec-driven routing and parameter coercion (core, both APIs)."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
import yaml
from starlette.testclient import TestClient

import specmodel
from mockserver.engine.app import MockApp, create_app
from mockserver.engine.config import DEFAULT_SPEC_DIR
from mockserver.engine.params import ParamError, coerce
from mockserver.engine.router import Router
from mockserver.engine.specs import load_specs
from tests.helpers.mock import EV, EV_ADMIN, make_config

CRESTA = "/v1/customers/acme/profiles/default"


@pytest.fixture(scope="module")
def router() -> Router:
    return Router([op for spec in load_specs(DEFAULT_SPEC_DIR) for op in spec.operations])


def test_routes_come_from_the_spec(router: Router) -> None:
    m = router.match("POST", f"{CRESTA}/scorecardTemplates/qa-template@rev-1:retrieveTotalAgentQuota")
    assert m is not None and m.operation is not None
    assert m.operation.operation_id == "retrieveTotalAgentQuota"
    assert m.path_params == {
        "customerId": "acme",
        "profileId": "default",
        "scorecardTemplateId": "qa-template",
        "revisionId": "rev-1",
    }
    sample = router.match("POST", f"{CRESTA}/conversations:sample")
    assert sample is not None and sample.operation is not None
    assert sample.operation.operation_id == "sampleConversations"
    conv = router.match("GET", f"{CRESTA}/conversations/conv-1")
    assert conv is not None and conv.operation is not None and conv.operation.operation_id == "getConversation"
    redact = router.match("POST", f"{CRESTA}/conversations/conv-1/messages/msg-1:redact")
    assert redact is not None and redact.operation is not None
    assert redact.operation.operation_id == "redactConversationMessage"
    assert redact.path_params["messageId"] == "msg-1"
    ev = router.match("GET", f"{EV}/calls/deleted")
    assert ev is not None and ev.operation is not None and ev.operation.operation_id == "listDeletedCalls"


def test_parameter_never_spans_a_slash_and_is_percent_decoded(router: Router) -> None:
    assert router.match("GET", f"{CRESTA}/conversations/a/b") is None
    m = router.match("GET", f"{CRESTA}/conversations/conv%2D1")
    assert m is not None and m.path_params["conversationId"] == "conv-1"
    m = router.match("GET", f"{EV}/call/a%2Fb")  # an encoded slash stays inside the value
    assert m is not None and m.path_params["id"] == "a/b"


def test_method_not_allowed_lists_the_most_specific_template(router: Router) -> None:
    m = router.match("GET", f"{CRESTA}/conversations/conv-1/messages/msg-1:redact")
    assert m is not None and m.operation is None and m.route.allow == "POST"
    m = router.match("PUT", f"{CRESTA}/conversations/conv-1")
    assert m is not None and m.operation is None and m.route.allow == "DELETE, GET, HEAD"


@pytest.mark.parametrize(
    ("kind", "raw", "expected"),
    [("integer", "42", 42), ("integer", "-3", -3), ("number", "1.5", 1.5), ("boolean", "true", True)],
)
def test_coerce_ok(kind: str, raw: str, expected: object) -> None:
    assert coerce(kind, raw, "x") == expected


@pytest.mark.parametrize(
    ("kind", "raw"),
    [("integer", "1.0"), ("integer", "abc"), ("number", "nan"), ("boolean", "True"), ("boolean", "1"), ("object", "x")],
)
def test_coerce_rejects(kind: str, raw: str) -> None:
    with pytest.raises(ParamError):
        coerce(kind, raw, "x")


def test_query_coercion_over_http(client: TestClient, cresta_headers) -> None:  # type: ignore[no-untyped-def]
    bad = client.get(f"{EV}/calls", params={"since": "2026-11-01T00:00Z", "limit": "ten"}, auth=EV_ADMIN)
    assert bad.status_code == 400 and "integer" in bad.json()["message"]
    bad = client.get(f"{EV}/calls", params={"since": "2026-11-01T00:00Z", "include_transcripts": "yes"}, auth=EV_ADMIN)
    assert bad.status_code == 400
    twice = client.get(f"{EV}/calls?since=2026-11-01T00:00Z&limit=1&limit=2", auth=EV_ADMIN)
    assert twice.status_code == 400
    # arrays from repeated keys (Cresta list filters)
    url = f"{CRESTA}/coachingComments?usecaseNames={CRESTA[4:]}/usecases/sales&threadIds=a&threadIds=b"
    ok = client.get(url, headers=cresta_headers())
    assert ok.status_code in (200, 400), ok.text
    assert ok.status_code != 500


def test_spec_change_is_picked_up_without_touching_the_router(tmp_path: Path) -> None:
    for name in ("execvision.yaml", "cresta.yaml"):
        shutil.copy(DEFAULT_SPEC_DIR / name, tmp_path / name)
    doc = copy.deepcopy(specmodel.load(tmp_path / "execvision.yaml"))
    doc["paths"]["/widgets/{widgetId}"] = {
        "get": {
            "operationId": "getWidget",
            "summary": "A new operation",
            "tags": ["ExecVision"],
            "security": [{"basicAuth": []}],
            "parameters": [{"name": "widgetId", "in": "path", "required": True, "schema": {"type": "integer"}}],
            "responses": {
                "200": {"description": "ok"},
                "400": {"$ref": "#/components/responses/BadRequest"},
                "401": {"$ref": "#/components/responses/Unauthorized"},
            },
        }
    }
    (tmp_path / "execvision.yaml").write_text(yaml.safe_dump(doc))
    mock: MockApp = create_app(make_config(spec_dir=tmp_path, seed_data=False))
    with TestClient(mock) as c:
        assert c.get(f"{EV}/widgets/12", auth=EV_ADMIN).status_code == 501  # routed, no handler
        assert c.get(f"{EV}/widgets/12").status_code == 401
        assert c.get(f"{EV}/widgets/abc", auth=EV_ADMIN).status_code == 400
        body = c.get(f"{EV}/widgets/12", auth=EV_ADMIN).json()
        assert body["error"] == "not_implemented"


def test_every_spec_operation_has_a_handler(app: MockApp) -> None:
    missing = [op.operation_id for op in app.operations() if op.operation_id not in app.handlers]
    assert missing == []

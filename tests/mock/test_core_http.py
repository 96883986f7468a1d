"""Bad input never gives a 500; errors come in each API's own shape; strict mode."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from starlette.testclient import TestClient

from mockserver.engine.app import MockApp
from mockserver.engine.context import RequestContext
from tests.helpers.mock import EV, EV_ADMIN

CRESTA = "/v1/customers/acme/profiles/default"
COMMENTS = f"{CRESTA}/coachingComments"
Headers = Callable[..., dict[str, str]]


def _is_rpc(body: dict[str, object], code: int) -> bool:
    return body.get("code") == code and isinstance(body.get("message"), str) and body.get("details") == []


def test_unknown_paths_are_404_in_each_api_shape(client: TestClient, cresta_headers: Headers) -> None:
    ev = client.get(f"{EV}/nothing", auth=EV_ADMIN)
    assert ev.status_code == 404 and ev.json()["error"] == "not_found"
    cr = client.get(f"{CRESTA}/nothing", headers=cresta_headers())
    assert cr.status_code == 404 and _is_rpc(cr.json(), 5)
    other = client.get("/elsewhere")
    assert other.status_code == 404 and other.headers["content-type"] == "application/json"


def test_method_not_allowed_has_allow(client: TestClient, cresta_headers: Headers) -> None:
    r = client.post(f"{EV}/users", auth=EV_ADMIN)
    assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD" and r.json()["error"] == "method_not_allowed"
    r = client.put(f"{CRESTA}/conversations/conv-1", headers=cresta_headers())
    assert r.status_code == 405 and r.headers["allow"] == "DELETE, GET, HEAD" and r.json()["code"] == 12


def test_malformed_json_is_400(client: TestClient, cresta_headers: Headers) -> None:
    headers = {**cresta_headers(), "content-type": "application/json"}
    r = client.post(COMMENTS, content=b'{"message": ', headers=headers)
    assert r.status_code == 400 and _is_rpc(r.json(), 3)


def test_wrong_content_type_is_415(client: TestClient, cresta_headers: Headers) -> None:
    headers = {**cresta_headers(), "content-type": "text/plain"}
    r = client.post(COMMENTS, content=b'{"message": "x"}', headers=headers)
    assert r.status_code == 415 and r.json()["code"] == 3


def test_body_over_one_mebibyte_is_413(client: TestClient, cresta_headers: Headers) -> None:
    headers = {**cresta_headers(), "content-type": "application/json"}
    big = b'{"message": "' + b"x" * (1024 * 1024) + b'"}'
    r = client.post(COMMENTS, content=big, headers=headers)
    assert r.status_code == 413


def test_body_schema_violation_is_400(client: TestClient, cresta_headers: Headers) -> None:
    r = client.post(COMMENTS, json={"message": 5}, headers=cresta_headers())
    assert r.status_code == 400 and _is_rpc(r.json(), 3)
    r = client.post(COMMENTS, json=[1, 2], headers=cresta_headers())
    assert r.status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        f"{EV}/kpi/abc",
        f"{EV}/kpi/0",
        f"{EV}/calls?since=yesterday",
        f"{EV}/calls?since=2026-13-45T99:99Z",
        f"{EV}/calls?since=2026-11-01T00:00Z&limit=-1",
        f"{EV}/calls?since=2026-11-01T00:00Z&limit=1001",
        f"{EV}/call_topics?since=2026-11-01T00:00Z&limit=101",
    ],
)
def test_invalid_execvision_input_is_400(client: TestClient, path: str) -> None:
    r = client.get(path, auth=EV_ADMIN)
    assert r.status_code == 400, r.text
    assert set(r.json()) == {"error", "message"} and r.json()["error"] == "bad_request"


@pytest.mark.parametrize(
    "path",
    [
        f"{EV}/call/00000000-0000-4000-8000-000000000000",
        # the docs give call ids no format (their Scores example has "scorecard_mb1"): any id is
        # well-formed, an unknown one is 404
        f"{EV}/call/not-a-uuid",
        f"{EV}/transcript/123",
        f"{EV}/kpi/999",
        f"{EV}/scorecard/nope",
    ],
)
def test_unknown_execvision_ids_are_404(client: TestClient, path: str) -> None:
    r = client.get(path, auth=EV_ADMIN)
    assert r.status_code == 404 and r.json()["error"] == "not_found"


def test_invalid_cresta_names_are_400_and_unknown_404(client: TestClient, cresta_headers: Headers) -> None:
    r = client.get(f"{CRESTA}/conversations/bad.id!", headers=cresta_headers())
    assert r.status_code == 400 and _is_rpc(r.json(), 3)
    r = client.get(f"{CRESTA}/conversations/does-not-exist", headers=cresta_headers())
    assert r.status_code == 404 and _is_rpc(r.json(), 5)


def test_strict_mode_turns_a_bad_response_into_a_loud_500(app: MockApp, client: TestClient) -> None:
    def broken(ctx: RequestContext) -> object:
        return [{"userId": 42}]

    endpoint = next(e for e in app.endpoints.values() if e.op.operation_id == "listUsers")
    endpoint.handler = broken
    r = client.get(f"{EV}/users", auth=EV_ADMIN)
    assert r.status_code == 500
    assert "strict mode" in r.json()["message"] and "listUsers" in r.json()["message"]

    def undocumented(ctx: RequestContext) -> object:
        from mockserver.engine.context import Reply

        return Reply(body={"x": 1}, status=418)

    endpoint.handler = undocumented
    r = client.get(f"{EV}/users", auth=EV_ADMIN)
    assert r.status_code == 500 and "418" in r.json()["message"]


def test_handler_crash_is_a_500_in_the_api_shape(app: MockApp, client: TestClient) -> None:
    def crash(ctx: RequestContext) -> object:
        raise RuntimeError("boom")

    endpoint = next(e for e in app.endpoints.values() if e.op.operation_id == "listTeams")
    endpoint.handler = crash
    r = client.get(f"{EV}/teams", auth=EV_ADMIN)
    assert r.status_code == 500 and r.json()["error"] == "internal_error"


def test_operation_without_handler_answers_501(app: MockApp, client: TestClient, cresta_headers: Headers) -> None:
    endpoint = next(e for e in app.endpoints.values() if e.op.operation_id == "getConversation")
    endpoint.handler = None
    r = client.get(f"{CRESTA}/conversations/conv-1", headers=cresta_headers())
    assert r.status_code == 501 and _is_rpc(r.json(), 12)


def test_responses_are_json(client: TestClient) -> None:
    r = client.get(f"{EV}/users", auth=EV_ADMIN)
    assert r.headers["content-type"] == "application/json"
    assert int(r.headers["content-length"]) == len(r.content)

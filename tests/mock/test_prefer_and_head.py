"""Prism compatibility: `Prefer: code=` / `example=` answer from the spec's declared responses,
and HEAD is served on every GET route."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from starlette.testclient import TestClient

from mockserver.engine.app import MockApp
from tests.helpers.mock import ANCHOR, EV, EV_ADMIN

Headers = Callable[..., dict[str, str]]
CONV = "/v1/customers/acme/profiles/default/conversations/conv-1"


def test_prefer_code_answers_the_declared_example(client: TestClient, cresta_headers: Headers) -> None:
    r = client.get(CONV, headers={**cresta_headers(), "Prefer": "code=404"})
    assert r.status_code == 404 and r.json()["code"] == 5 and "conv-404" in r.json()["message"]


def test_prefer_example_picks_a_named_example_of_any_status(client: TestClient, cresta_headers: Headers) -> None:
    r = client.get(CONV, headers={**cresta_headers(), "Prefer": "example=notFound"})
    assert r.status_code == 404 and r.json()["code"] == 5
    both = client.get(CONV, headers={**cresta_headers(), "Prefer": "code=404, example=notFound"})
    assert both.status_code == 404 and both.json() == r.json()


def test_prefer_the_usual_success_runs_the_stateful_handler(client: TestClient, app: MockApp) -> None:
    usual = client.get(f"{EV}/users", auth=EV_ADMIN)
    preferred = client.get(f"{EV}/users", auth=EV_ADMIN, headers={"Prefer": "code=200"})
    assert preferred.status_code == 200 and preferred.json() == usual.json()
    example = client.get(f"{EV}/users", auth=EV_ADMIN, headers={"Prefer": "example=docs"}).json()
    assert example != usual.json() and example[0]["email"] == "john.doe@example.com"  # the docs' example


def test_prefer_an_error_status_without_example_is_the_api_error_shape(client: TestClient) -> None:
    r = client.get(f"{EV}/call/{ANCHOR}", auth=EV_ADMIN, headers={"Prefer": "code=404"})
    assert r.status_code == 404 and set(r.json()) >= {"error", "message"}


@pytest.mark.parametrize(
    ("prefer", "fragment"),
    [
        ("code=418", "not declared"),
        ("code=abc", "must be an HTTP status"),
        ("example=nope", "not an example"),
        ("code=200, example=nope", "has no example"),
        ("code", "expected key=value"),
    ],
)
def test_an_unusable_prefer_is_a_400_that_says_why(client: TestClient, prefer: str, fragment: str) -> None:
    r = client.get(f"{EV}/users", auth=EV_ADMIN, headers={"Prefer": prefer})
    assert r.status_code == 400 and fragment in r.json()["message"]


def test_prefer_comes_after_authentication(client: TestClient) -> None:
    assert client.get(f"{EV}/users", headers={"Prefer": "code=200"}).status_code == 401


def test_prism_dynamic_is_accepted(client: TestClient) -> None:
    assert client.get(f"{EV}/users", auth=EV_ADMIN, headers={"Prefer": "dynamic=true"}).status_code == 200


def test_head_on_a_get_route_sends_the_headers_without_the_body(client: TestClient, cresta_headers: Headers) -> None:
    get = client.get(f"{EV}/users", auth=EV_ADMIN)
    head = client.head(f"{EV}/users", auth=EV_ADMIN)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == str(len(get.content))
    assert head.headers["content-type"] == get.headers["content-type"]
    missing = client.head(f"{EV}/call/00000000-0000-4000-8000-000000000000", auth=EV_ADMIN)
    assert missing.status_code == 404 and missing.content == b""
    assert client.head(CONV, headers=cresta_headers()).status_code == 200
    assert client.head(f"{EV}/users").status_code == 401


def test_head_is_listed_in_allow_only_where_get_is(client: TestClient) -> None:
    r = client.post(f"{EV}/users", auth=EV_ADMIN)
    assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD"

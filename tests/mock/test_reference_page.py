"""/__mock__/docs: the mock's reference of every registered API (engine/reference.py), in-process.

The pages in a real browser: test_reference_page_browser.py.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import swagger_ui_bundle
from starlette.testclient import TestClient

from mockserver.engine import reference
from mockserver.engine.app import MockApp, create_app
from mockserver.engine.config import MockConfig
from mockserver.engine.specs import ApiSpec, load_spec
from tests.helpers.mock import EV, EV_ADMIN, make_config
from tests.mock.test_admin_access import TOKEN, from_cli

DOCS = "/__mock__/docs"
BUNDLE = Path(str(swagger_ui_bundle.swagger_ui_path))


def served(config: MockConfig) -> Iterator[tuple[MockApp, TestClient]]:
    app = create_app(config)
    with TestClient(app) as client:
        yield app, client


@pytest.fixture(scope="module")
def mock() -> Iterator[tuple[MockApp, TestClient]]:
    yield from served(make_config())


@pytest.fixture(scope="module")
def app(mock: tuple[MockApp, TestClient]) -> MockApp:
    return mock[0]


@pytest.fixture(scope="module")
def client(mock: tuple[MockApp, TestClient]) -> TestClient:
    return mock[1]


def own_spec(app: MockApp, name: str) -> ApiSpec:
    return next(spec for spec in app.specs if spec.name == name)


def settings(page: str) -> dict[str, Any]:
    found = re.search(r'data-settings="([^"]*)"', page)
    assert found, page
    return dict(json.loads(html.unescape(found.group(1))))


def assert_admin_error(response: Any, status: int, reason: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"] == reason and response.json()["message"]


def test_the_index_links_every_registered_api(app: MockApp, client: TestClient) -> None:
    for path in (DOCS, DOCS + "/"):
        r = client.get(path)
        assert r.status_code == 200
        assert r.headers["content-type"] == "text/html; charset=utf-8"
        for api in app.apis:
            assert f'href="{DOCS}/{api.name}"' in r.text
            assert f'href="{DOCS}/{api.name}/openapi.json"' in r.text
            assert html.escape(own_spec(app, api.name).doc["info"]["title"]) in r.text


def test_pages_load_only_from_the_mock(app: MockApp, client: TestClient) -> None:
    for path in [DOCS + "/", *(f"{DOCS}/{api.name}" for api in app.apis)]:
        r = client.get(path)
        csp = dict(part.strip().split(" ", 1) for part in r.headers["content-security-policy"].split(";"))
        assert csp["default-src"] == "'none'" and csp["connect-src"] == "'self'" and csp["script-src"] == "'self'"
        assert r.headers["x-content-type-options"] == "nosniff"
        links = re.findall(r'(?:src|href)="([^"]*)"', r.text)
        assert links and all(link.startswith("/") or link == "data:," for link in links), links


def test_each_page_runs_swagger_ui_over_the_spec_the_mock_serves(app: MockApp, client: TestClient) -> None:
    for api in app.apis:
        page = client.get(f"{DOCS}/{api.name}").text
        assert f'<script src="{DOCS}/assets/swagger-ui-bundle.js"></script>' in page
        assert f'<script src="{DOCS}/assets/reference.js"></script>' in page
        assert f'href="{DOCS}/assets/swagger-ui.css"' in page
        assert settings(page)["specUrl"] == f"{DOCS}/{api.name}/openapi.json"


def test_the_spec_is_the_mocks_with_servers_and_token_urls_on_the_mock(app: MockApp, client: TestClient) -> None:
    for api in app.apis:
        r = client.get(f"{DOCS}/{api.name}/openapi.json")
        assert r.status_code == 200 and r.headers["content-type"] == "application/json"
        served_doc, own = r.json(), own_spec(app, api.name)
        assert served_doc["servers"] == [{"url": api.entry.base_path or "/", "description": "this mock"}]
        assert served_doc["paths"] == json.loads(json.dumps(own.doc["paths"]))  # every operation the mock routes
        assert own.doc["servers"] != served_doc["servers"]  # the loaded document itself is left as it was
        for name, scheme in served_doc["components"]["securitySchemes"].items():
            flow = scheme.get("flows", {}).get("clientCredentials")
            if flow is not None:
                assert flow["tokenUrl"] == api.plugin.caller["token_url"], name
                token_op = [op for op in app.operations() if op.full_path == flow["tokenUrl"]]
                assert [op.method for op in token_op] == ["POST"]  # the mock serves it


def test_the_docs_only_mock_documents_its_docs_only_spec() -> None:
    for app, client in served(make_config(strictness="docs")):
        own = own_spec(app, "execvision")
        assert client.get(f"{DOCS}/execvision/openapi.json").json()["paths"] == json.loads(json.dumps(own.doc["paths"]))
        assumed = load_spec(own.source, "execvision")  # what the mock serves without --docs-only
        assert json.dumps(own.doc["paths"]) != json.dumps(assumed.doc["paths"])


def test_the_default_callers_are_prefilled_and_work(app: MockApp, client: TestClient) -> None:
    ev = settings(client.get(f"{DOCS}/execvision").text)
    assert ev["basic"] == [{"scheme": "basicAuth", "username": EV_ADMIN[0], "password": EV_ADMIN[1]}]
    assert ev["oauth"] is None
    assert client.get(f"{EV}/users", auth=(ev["basic"][0]["username"], ev["basic"][0]["password"])).status_code == 200

    cresta = settings(client.get(f"{DOCS}/cresta").text)
    assert cresta["basic"] == [] and cresta["oauth"] == {"clientId": "acme-client", "clientSecret": "acme-secret"}
    assert cresta["jsonTokenRequest"] is True  # the token operation takes application/json only
    token = client.post(
        "/v1/oauth/regionalToken",
        auth=(cresta["oauth"]["clientId"], cresta["oauth"]["clientSecret"]),
        json={"grant_type": "client_credentials"},
    )
    assert token.status_code == 200 and token.json()["access_token"]


def test_a_caller_that_is_not_an_account_is_not_prefilled() -> None:
    for _, client in served(make_config(accounts={"execvision": {}, "cresta": {}})):
        assert settings(client.get(f"{DOCS}/execvision").text)["basic"] == []
        assert settings(client.get(f"{DOCS}/cresta").text)["oauth"] is None
        assert "Credentials pre-filled" not in client.get(f"{DOCS}/execvision").text


@pytest.mark.parametrize(
    ("name", "content_type", "source"),
    [
        ("swagger-ui-bundle.js", "text/javascript; charset=utf-8", BUNDLE),
        ("swagger-ui.css", "text/css; charset=utf-8", BUNDLE),
        ("swagger-ui-bundle.js.map", "application/json", BUNDLE),
        ("reference.js", "text/javascript; charset=utf-8", Path(reference.__file__).parent),
    ],
)
def test_assets_come_from_the_installed_packages(
    client: TestClient, name: str, content_type: str, source: Path
) -> None:
    r = client.get(f"{DOCS}/assets/{name}")
    assert r.status_code == 200 and r.headers["content-type"] == content_type
    assert r.content == (source / name).read_bytes()


def test_head_is_get_without_the_body(app: MockApp, client: TestClient) -> None:
    for path in (DOCS + "/", f"{DOCS}/execvision", f"{DOCS}/cresta/openapi.json", f"{DOCS}/assets/swagger-ui.css"):
        get, head = client.get(path), client.head(path)
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-length"] == str(len(get.content))
        assert head.headers["content-type"] == get.headers["content-type"]


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
def test_other_methods_are_405_with_allow(client: TestClient, method: str) -> None:
    for path in (DOCS + "/", f"{DOCS}/execvision", f"{DOCS}/execvision/openapi.json", f"{DOCS}/assets/reference.js"):
        r = client.request(method, path)
        assert_admin_error(r, 405, "method_not_allowed")
        assert r.headers["allow"] == "GET, HEAD"


@pytest.mark.parametrize(
    "path",
    [
        "/nope",
        "/execvision/nope",
        "/execvision/openapi.yaml",
        "/assets/",
        "/assets/index.html",
        "/assets/..%2F..%2Fadmin.yaml",
        "/assets/../reference.py",
        "/EXECVISION",
    ],
)
def test_unknown_docs_paths_are_404_for_every_method(client: TestClient, path: str) -> None:
    for method in ("GET", "HEAD", "POST"):
        r = client.request(method, DOCS + path)
        assert r.status_code == 404, (method, path)
        if method != "HEAD":
            assert_admin_error(r, 404, "not_found")


def test_no_admin_serves_no_docs() -> None:
    for _, client in served(make_config(admin=False)):
        for path in (DOCS + "/", f"{DOCS}/execvision", f"{DOCS}/assets/reference.js"):
            assert_admin_error(client.get(path), 404, "not_found")


def test_no_docs_keeps_the_admin_endpoints() -> None:
    for _, client in served(make_config(docs=False)):
        assert_admin_error(client.get(f"{DOCS}/execvision"), 404, "not_found")
        assert client.get("/__mock__/state").status_code == 200


def test_docs_need_no_admin_token() -> None:
    for _, client in served(make_config(admin_token=TOKEN)):
        assert client.get(f"{DOCS}/execvision").status_code == 200
        assert client.get(f"{DOCS}/execvision/openapi.json").status_code == 200
        assert_admin_error(client.get("/__mock__/state"), 401, "unauthorized")


def test_cli_flags() -> None:
    assert from_cli().docs is True
    assert from_cli("--no-docs").docs is False
    assert from_cli("--no-admin").docs is True  # off all the same: no admin, no /__mock__ at all


def test_an_oversized_request_head_gets_431_on_the_docs_too(client: TestClient) -> None:
    """The docs are answered inside the pipeline, after its request-head check."""
    r = client.get("/__mock__/docs/", headers={"X-Big": "a" * (17 * 1024)})
    assert r.status_code == 431
    assert r.json()["error"] == "request_header_fields_too_large"

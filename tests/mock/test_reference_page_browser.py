"""The mock's reference pages in real Chromium: try-it-out answers from the mock itself.

A real mock (uvicorn on a free loopback port) serves /__mock__/docs/<api>; Debian's chromium is
driven by Playwright for Python, as in tests/publish/test_browser.py (skipped when it is missing,
a failure in CI). Every request the page makes must go to the mock's origin: any other is
aborted and counted as a failure.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mockserver.engine.app import create_app
from tests.helpers.mock import EV_ADMIN, LiveServer, make_config

CONVERSATION = "/v1/customers/{customerId}/profiles/{profileId}/conversations/{conversationId}"


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with LiveServer(create_app(make_config())) as server:
        yield server.url


class OwnOrigin:
    """A page whose requests to any origin but the mock's are aborted and recorded."""

    def __init__(self, browser: Any, origin: str) -> None:
        self.origin = origin
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.foreign: list[str] = []
        self.sent: list[tuple[str, str, dict[str, str]]] = []  # method, url, headers
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(f"uncaught: {exc}"))

    def _route(self, route: Any) -> None:
        request = route.request
        if request.url == self.origin or request.url.startswith(self.origin + "/"):
            self.sent.append((request.method, request.url, request.headers))
            route.continue_()
        else:
            self.foreign.append(request.url)
            route.abort()

    def execute(self, method: str, path: str) -> tuple[str, Any]:
        """Expand an operation, Try it out, Execute: (the status shown, the body shown, parsed)."""
        operation = self.page.locator(f'.opblock-{method.lower()}:has(.opblock-summary-path[data-path="{path}"])')
        operation.locator(".opblock-summary-control").click()
        operation.locator(".try-out__btn").click()
        operation.locator(".execute").click()
        row = operation.locator(".live-responses-table .response")
        row.first.wait_for(timeout=20_000)
        status = row.locator(".response-col_status").first.inner_text().strip()
        body = row.locator(".response-col_description pre").first.inner_text()
        return status, json.loads(body)

    def close(self) -> None:
        self.page.close()
        assert self.foreign == [], f"the page tried to load {self.foreign}"
        assert self.errors == [], f"console errors: {self.errors}"


def test_execvision_try_it_out_lists_users_from_the_mock(browser: Any, mock_url: str) -> None:
    watched = OwnOrigin(browser, mock_url)
    watched.page.goto(f"{mock_url}/__mock__/docs/execvision")
    watched.page.wait_for_selector(".opblock", timeout=30_000)

    status, users = watched.execute("GET", "/users")

    assert status == "200"
    assert isinstance(users, list) and len(users) > 0
    assert users == httpx.get(f"{mock_url}/api/ev/2/users", auth=EV_ADMIN).json()  # the mock's own data
    calls = [(m, u, h) for m, u, h in watched.sent if u.startswith(f"{mock_url}/api/ev/2/users")]
    assert len(calls) == 1, watched.sent
    assert calls[0][2].get("authorization", "").startswith("Basic ")  # pre-authorized, no dialog
    watched.close()


def test_cresta_try_it_out_through_the_prefilled_oauth(browser: Any, mock_url: str) -> None:
    watched = OwnOrigin(browser, mock_url)
    page = watched.page
    page.goto(f"{mock_url}/__mock__/docs/cresta")
    page.wait_for_selector(".opblock", timeout=30_000)

    page.locator(".auth-wrapper .authorize").click()
    dialog = page.locator(".modal-ux")
    assert dialog.locator("input[data-name=clientId]").input_value() == "acme-client"
    assert dialog.locator("input[data-name=clientSecret]").input_value() == "acme-secret"
    dialog.get_by_role("button", name="Apply given OAuth2 credentials").click()
    dialog.get_by_role("button", name="Remove authorization").wait_for(timeout=10_000)  # the token was issued
    dialog.locator(".btn-done").click()

    status, body = watched.execute("GET", CONVERSATION)

    assert status == "200"
    assert body["conversation"]["name"] == "customers/acme/profiles/default/conversations/conv-1"
    token_requests = [(m, u, h) for m, u, h in watched.sent if u == f"{mock_url}/v1/oauth/regionalToken"]
    assert len(token_requests) == 1 and token_requests[0][0] == "POST"
    assert token_requests[0][2].get("content-type") == "application/json"
    get = [h for m, u, h in watched.sent if m == "GET" and "/v1/customers/acme/" in u]
    assert len(get) == 1 and get[0].get("authorization", "").startswith("Bearer ")
    watched.close()


def test_the_page_policy_refuses_other_origins(browser: Any, mock_url: str) -> None:
    """The browser itself keeps the page on the mock: a fetch elsewhere is refused by its CSP."""
    watched = OwnOrigin(browser, mock_url)
    watched.page.goto(f"{mock_url}/__mock__/docs/execvision")
    watched.page.wait_for_selector(".opblock", timeout=30_000)
    violated = watched.page.evaluate(
        """() => new Promise(resolve => {
          document.addEventListener("securitypolicyviolation", e => resolve(e.effectiveDirective));
          fetch("http://198.51.100.7/x").catch(() => {});
        })"""
    )
    assert violated == "connect-src"
    assert watched.foreign == []  # refused before any request left the page
    assert [e for e in watched.errors if "Content Security Policy" not in e] == []
    watched.errors.clear()
    watched.close()

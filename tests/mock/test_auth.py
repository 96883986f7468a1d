"""ExecVision Basic auth, Cresta OAuth2 client credentials, token expiry, tenancy."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest
from starlette.testclient import TestClient

from mockserver.engine.app import MockApp
from mockserver.engine.config import ManualClock
from mockserver.engine.tokens import MAX_LIFETIME, TokenIssuer
from tests.helpers.mock import ANCHOR, EV, EV_ADMIN, EV_READER

CONV = "/v1/customers/acme/profiles/default/conversations/conv-1"
TOKEN = "/v1/oauth/regionalToken"
GRANT = {"grant_type": "client_credentials"}


@pytest.mark.parametrize(
    "auth",
    [None, ("ev-admin", "wrong"), ("nobody", "x"), ("acme-client", "acme-secret")],
)
def test_execvision_needs_valid_basic_credentials(client: TestClient, auth: tuple[str, str] | None) -> None:
    for path in ("/check", "/users", "/calls?since=2026-11-01T00:00Z", "/kpi/1"):
        r = client.get(EV + path, auth=auth)
        assert r.status_code == 401, path
        assert r.json()["error"] == "unauthorized" and r.headers["www-authenticate"].startswith("Basic")


def test_garbled_authorization_headers_are_401(client: TestClient) -> None:
    for header in ("Basic", "Basic !!!", "Basic Zm9v", "Bearer abc", "Digest x"):
        assert client.get(f"{EV}/users", headers={"Authorization": header}).status_code == 401


def test_both_execvision_users_can_read(client: TestClient) -> None:
    assert client.get(f"{EV}/check", auth=EV_ADMIN).status_code == 200
    assert client.get(f"{EV}/check", auth=EV_READER).content == b""


def test_only_the_enabled_user_may_delete_calls(client: TestClient) -> None:
    call = f"{EV}/call/{ANCHOR}"
    r = client.delete(call, auth=EV_READER)
    assert r.status_code == 403 and "explicitly enabled" in r.json()["message"]
    assert client.get(call, auth=EV_READER).status_code == 200
    assert client.delete(call, auth=EV_ADMIN).status_code == 200
    assert client.get(call, auth=EV_READER).status_code == 404


def test_token_endpoint_issues_bearer_tokens(client: TestClient) -> None:
    r = client.post(TOKEN, json=GRANT, auth=("acme-client", "acme-secret"))
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600 and body["access_token"]
    conv = client.get(CONV, headers={"Authorization": f"Bearer {body['access_token']}"})
    assert conv.status_code == 200 and conv.json()["conversation"]["name"].endswith("conv-1")


def test_token_endpoint_errors(client: TestClient) -> None:
    r = client.post(TOKEN, json={"grant_type": "password"}, auth=("acme-client", "acme-secret"))
    assert r.status_code == 400 and r.json()["error"] == "unsupported_grant_type"
    r = client.post(TOKEN, json={}, auth=("acme-client", "acme-secret"))
    assert r.status_code == 400 and r.json()["error"] == "invalid_request"
    r = client.post(TOKEN, json=GRANT, auth=("acme-client", "wrong"))
    assert r.status_code == 401 and r.json()["error"] == "invalid_client"
    r = client.post(TOKEN, json=GRANT)
    assert r.status_code == 401 and r.json()["error"] == "invalid_client"
    r = client.post(
        TOKEN,
        content=b"grant_type=client_credentials",
        auth=("acme-client", "acme-secret"),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 415


def test_missing_unknown_and_expired_tokens_are_unauthenticated(app: MockApp, client: TestClient) -> None:
    def rpc(headers: dict[str, str]) -> dict[str, object]:
        r = client.get(CONV, headers=headers)
        assert r.status_code == 401
        return r.json()  # type: ignore[no-any-return]

    assert rpc({})["code"] == 16
    assert rpc({"Authorization": "Bearer nope"}) == {"code": 16, "message": "unknown access token", "details": []}
    assert rpc({"Authorization": "Basic YWNtZS1jbGllbnQ6YWNtZS1zZWNyZXQ="})["code"] == 16
    # a short TTL set through the admin endpoint, then the clock moves past it
    assert client.patch("/__mock__/config", json={"tokenTtlSeconds": 30}).json()["tokenTtlSeconds"] == 30
    token = client.post(TOKEN, json=GRANT, auth=("acme-client", "acme-secret")).json()
    assert token["expires_in"] == 30
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    assert client.get(CONV, headers=headers).status_code == 200
    assert isinstance(app.clock, ManualClock)
    app.clock.advance(29)
    assert client.get(CONV, headers=headers).status_code == 200
    app.clock.advance(1)
    assert rpc(headers)["message"] == "access token expired"


def test_tenancy_comes_from_the_customer_id_path_parameter(client: TestClient, cresta_headers) -> None:  # type: ignore[no-untyped-def]
    r = client.get(CONV.replace("acme", "globex"), headers=cresta_headers("acme-client"))
    assert r.status_code == 403 and r.json()["code"] == 7
    r = client.get(CONV, headers=cresta_headers("globex-client"))
    assert r.status_code == 403 and r.json()["code"] == 7
    assert client.get(CONV, headers=cresta_headers("acme-agent")).status_code == 200


def test_admin_only_operation_needs_an_admin_client(client: TestClient, cresta_headers) -> None:  # type: ignore[no-untyped-def]
    url = f"{CONV}/messages/msg-1:redact"
    body = {"moment": "customers/acme/profiles/default/moments/moment-1", "startIndex": 0, "endIndex": 1}
    r = client.post(url, json=body, headers=cresta_headers("acme-agent"))
    assert r.status_code == 403 and r.json()["code"] == 7
    assert client.post(url, json=body, headers=cresta_headers("acme-client")).status_code == 200


def test_admin_token_shortcut(client: TestClient) -> None:
    r = client.post("/__mock__/tokens", json={"clientId": "globex-client"})
    assert r.status_code == 200
    headers = {"Authorization": f"Bearer {r.json()['access_token']}"}
    assert client.get(CONV.replace("acme", "globex"), headers=headers).status_code in (200, 404)
    assert client.post("/__mock__/tokens", json={"clientId": "nobody"}).status_code == 400


def test_tokens_are_verifiable_by_another_process_and_tamper_evident() -> None:
    clock = ManualClock(datetime(2026, 11, 20, tzinfo=UTC))
    issuer, other_worker = TokenIssuer(clock, 60, b"shared"), TokenIssuer(clock, 60, b"shared")
    token, expires_in = issuer.issue("acme-client")
    assert expires_in == 60
    assert other_worker.lookup(token) == ("acme-client", "")
    payload, _, tag = token.removeprefix("mock-").partition(".")
    forged = base64.urlsafe_b64encode(base64.urlsafe_b64decode(payload + "==").replace(b"acme", b"glob")).decode()
    assert other_worker.lookup(f"mock-{forged.rstrip('=')}.{tag}") == (None, "unknown access token")
    assert other_worker.lookup(token + "x") == (None, "unknown access token")
    clock.advance(60)
    assert other_worker.lookup(token) == (None, "access token expired")


def test_revoke_all_forgets_earlier_tokens() -> None:
    clock = ManualClock(datetime(2026, 11, 20, tzinfo=UTC))
    issuer = TokenIssuer(clock, 60, b"secret")
    before, _ = issuer.issue("acme-client")
    issuer.revoke_all()
    after, _ = issuer.issue("acme-client")
    assert issuer.lookup(before) == (None, "unknown access token")
    assert issuer.lookup(after) == ("acme-client", "")


YEAR = int(MAX_LIFETIME.total_seconds())


@pytest.mark.parametrize(
    ("ttl", "expires_in", "live"),
    [(float("inf"), YEAR, True), (1e300, YEAR, True), (float("nan"), 0, False), (-5.0, 0, False), (0.5, 0, True)],
)
def test_an_absurd_lifetime_is_clamped_to_one_the_check_accepts(ttl: float, expires_in: int, live: bool) -> None:
    issuer = TokenIssuer(ManualClock(datetime(2026, 11, 20, tzinfo=UTC)), ttl, b"secret")
    token, issued_for = issuer.issue("acme-client")
    assert issued_for == expires_in
    assert issuer.lookup(token) == (("acme-client", "") if live else (None, "access token expired"))

"""The core behaviours once in-process (TestClient) and once over real HTTP (uvicorn)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from starlette.testclient import TestClient

from mockserver.engine.app import MockApp
from mockserver.engine.config import ManualClock
from tests.helpers.mock import ANCHOR, EV, EV_ADMIN, EV_READER, PAST

CONV = "/v1/customers/acme/profiles/default/conversations/conv-1"
COMMENTS = "/v1/customers/acme/profiles/default/coachingComments"


@pytest.fixture(params=["in-process", "real-http"])
def both(request: pytest.FixtureRequest) -> Iterator[tuple[httpx.Client, MockApp]]:
    if request.param == "in-process":
        app: MockApp = request.getfixturevalue("app")
        with TestClient(app, base_url="http://testserver") as client:
            yield client, app
    else:
        app = request.getfixturevalue("live_app")
        with httpx.Client(base_url=request.getfixturevalue("live_server")) as client:
            yield client, app


def bearer(client: httpx.Client, client_id: str = "acme-client", secret: str = "acme-secret") -> dict[str, str]:
    r = client.post("/v1/oauth/regionalToken", json={"grant_type": "client_credentials"}, auth=(client_id, secret))
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def test_execvision_auth_and_delete_permission(both: tuple[httpx.Client, MockApp]) -> None:
    client, _ = both
    assert client.get(f"{EV}/users").status_code == 401
    assert client.get(f"{EV}/users", auth=("ev-admin", "nope")).status_code == 401
    assert client.delete(f"{EV}/call/{ANCHOR}", auth=EV_READER).status_code == 403
    assert client.delete(f"{EV}/call/{ANCHOR}", auth=EV_ADMIN).status_code == 200
    assert client.get(f"{EV}/call/{ANCHOR}", auth=EV_ADMIN).status_code == 404
    deleted = client.get(f"{EV}/calls/deleted", params={"since": PAST, "limit": 1000}, auth=EV_ADMIN).json()
    assert ANCHOR in [d["id"] for d in deleted]


def test_cresta_tokens_expiry_and_tenancy(both: tuple[httpx.Client, MockApp]) -> None:
    client, app = both
    token_url = "/v1/oauth/regionalToken"
    r = client.post(token_url, json={"grant_type": "refresh_token"}, auth=("acme-client", "acme-secret"))
    assert r.status_code == 400 and r.json()["error"] == "unsupported_grant_type"
    r = client.post(token_url, json={"grant_type": "client_credentials"}, auth=("acme-client", "x"))
    assert r.status_code == 401 and r.json()["error"] == "invalid_client"
    headers = bearer(client)
    assert client.get(CONV, headers=headers).status_code == 200
    r = client.get(CONV.replace("acme", "globex"), headers=headers)
    assert r.status_code == 403 and r.json()["code"] == 7
    assert client.get(CONV, headers=bearer(client, "globex-client", "globex-secret")).status_code == 403
    assert isinstance(app.clock, ManualClock)
    app.clock.advance(3600)
    r = client.get(CONV, headers=headers)
    assert r.status_code == 401 and r.json() == {"code": 16, "message": "access token expired", "details": []}


def test_bad_input_never_gives_a_500(both: tuple[httpx.Client, MockApp]) -> None:
    client, _ = both
    headers = bearer(client)
    r = client.post(COMMENTS, content=b"{oops", headers={**headers, "content-type": "application/json"})
    assert r.status_code == 400 and r.json()["code"] == 3
    r = client.post(COMMENTS, content=b"{}", headers={**headers, "content-type": "text/xml"})
    assert r.status_code == 415
    r = client.post(COMMENTS, content=b"x" * (1024 * 1024 + 1), headers={**headers, "content-type": "application/json"})
    assert r.status_code == 413
    assert client.get("/v1/nowhere", headers=headers).json()["code"] == 5
    r = client.patch(CONV, headers=headers)
    assert r.status_code == 405 and r.headers["allow"] == "DELETE, GET, HEAD"
    assert client.get(f"{EV}/call/nope", auth=EV_ADMIN).json()["error"] == "not_found"  # any id is well-formed
    assert client.get(f"{EV}/kpi/nope", auth=EV_ADMIN).status_code == 400
    assert client.get(f"{EV}/calls", params={"since": "soon"}, auth=EV_ADMIN).json()["error"] == "bad_request"


def test_last_id_paging_and_bug_switch(both: tuple[httpx.Client, MockApp]) -> None:
    client, _ = both

    def walk() -> list[str]:
        seen: list[str] = []
        params: dict[str, object] = {"since": PAST, "limit": 9}
        while page := client.get(f"{EV}/calls", params=params, auth=EV_ADMIN).json():
            if [c["id"] for c in page] == [params.get("last_id")]:
                break
            seen += [c["id"] for c in page]
            params = {"since": page[-1]["modified"], "last_id": page[-1]["id"], "limit": 9}
        return seen

    with_bug = walk()
    assert len(with_bug) > len(set(with_bug))  # repeats of last_id
    assert client.patch("/__mock__/config", json={"lastIdBug": False}).status_code == 200
    without = walk()
    assert len(without) == len(set(without)) == len(set(with_bug))


def test_faults(both: tuple[httpx.Client, MockApp]) -> None:
    client, _ = both
    r = client.get(f"{EV}/users", auth=EV_ADMIN, headers={"X-Mock-Fault": "status=503"})
    assert r.status_code == 503 and r.json()["error"] == "service_unavailable"
    r = client.get(CONV, headers={**bearer(client), "X-Mock-Fault": "status=500|502"})
    assert r.status_code in (500, 502) and r.json()["code"] in (13, 14)
    with pytest.raises(httpx.RemoteProtocolError):
        client.get(f"{EV}/users", auth=EV_ADMIN, headers={"X-Mock-Fault": "drop"})

"""The Cresta handlers over HTTP, through the strict in-process app (tests/mock/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.testclient import TestClient

from mockserver.vendors.cresta.seedtext import ANCHOR_CARD, ANCHOR_TEXT
from tests.helpers.mock import NOW

P = "/v1/customers/acme/profiles/default"
SALES = "customers/acme/profiles/default/usecases/sales"
MOMENT1 = "customers/acme/profiles/default/moments/moment-1"
Headers = Callable[..., dict[str, str]]


def error(response: Any, status: int, code: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code and isinstance(body["details"], list)
    return str(body["message"])


def comment(**extra: Any) -> dict[str, Any]:
    return {
        "creatorUserName": "customers/acme/users/agent-1",
        "usecaseName": SALES,
        "createTime": "2026-11-20T10:00:00Z",
        "updateTime": "2026-11-20T10:00:00Z",
        "message": "Great call ✨",
        **extra,
    }


def test_comment_create_list_conflict(client: TestClient, cresta_headers: Headers) -> None:
    h = cresta_headers()
    created = client.post(f"{P}/coachingComments", headers=h, json=comment())
    assert created.status_code == 200, created.text
    thread = created.json()["coachingComment"]["thread"]
    listed = client.get(f"{P}/coachingComments", headers=h, params={"usecaseNames": SALES, "threadIds": thread})
    assert listed.status_code == 200 and listed.json() == {"coachingComments": [created.json()["coachingComment"]]}
    again = client.post(
        f"{P}/coachingComments", headers=h, json=comment(name=created.json()["coachingComment"]["name"])
    )
    assert "already exists" in error(again, 409, 6)
    assert "usecaseNames" in error(client.get(f"{P}/coachingComments", headers=h), 400, 3)  # "actually required"
    missing = {k: v for k, v in comment().items() if k != "message"}
    error(client.post(f"{P}/coachingComments", headers=h, json=missing), 400, 3)


def test_comment_paging_over_http(client: TestClient, cresta_headers: Headers) -> None:
    h, seen, token = cresta_headers(), [], None
    while True:
        params: dict[str, Any] = {"usecaseNames": SALES, "pageSize": 3, **({"pageToken": token} if token else {})}
        page = client.get(f"{P}/coachingComments", headers=h, params=params)
        assert page.status_code == 200, page.text
        seen += [c["name"] for c in page.json()["coachingComments"]]
        token = page.json().get("nextPageToken")
        if token is None:
            break
        assert token
    assert len(seen) == len(set(seen)) > 3
    first = client.get(f"{P}/coachingComments", headers=h, params={"usecaseNames": SALES, "pageSize": 1}).json()
    foreign = {"usecaseNames": SALES, "threadIds": "thread-1", "pageToken": first["nextPageToken"]}
    error(client.get(f"{P}/coachingComments", headers=h, params=foreign), 400, 3)
    error(client.get(f"{P}/coachingComments", headers=h, params={"usecaseNames": SALES, "pageSize": -1}), 400, 3)


def test_target_update_delete(client: TestClient, cresta_headers: Headers) -> None:
    h, url = cresta_headers(), f"{P}/targets/target-1"
    q = {
        "target.scorecardTemplateName": "customers/acme/profiles/default/scorecardTemplates/qa-template",
        "target.target": "92.5",
        "target.usecaseName": SALES,
    }
    updated = client.patch(url, headers=h, params=q)
    assert updated.status_code == 200, updated.text
    assert updated.json()["target"]["target"] == 92.5
    assert updated.json()["target"]["updateTime"] == NOW.isoformat().replace("+00:00", "Z")
    error(client.patch(url, headers=h, params={**q, "target.target": "101"}), 400, 3)
    assert client.delete(url, headers=h).json() == {}
    error(client.patch(url, headers=h, params=q), 404, 5)
    error(client.delete(url, headers=h), 404, 5)


def test_conversation_get_delete_then_redact_is_not_found(client: TestClient, cresta_headers: Headers) -> None:
    h, url = cresta_headers(), f"{P}/conversations/conv-1"
    assert client.get(url, headers=h).json()["conversation"]["name"] == url.removeprefix("/v1/")
    assert client.delete(url, headers=h).json() == {}
    error(client.get(url, headers=h), 404, 5)
    error(client.delete(url, headers=h), 404, 5)
    body = {"moment": MOMENT1, "startIndex": 0, "endIndex": 2}
    error(client.post(f"{url}/messages/msg-1:redact", headers=h, json=body), 404, 5)


def test_redact_over_http(client: TestClient, cresta_headers: Headers) -> None:
    url = f"{P}/conversations/conv-1/messages/msg-1:redact"
    start = ANCHOR_TEXT.encode().index(ANCHOR_CARD.encode())
    body = {"moment": MOMENT1, "startIndex": start, "endIndex": start + len(ANCHOR_CARD)}
    error(client.post(url, headers=cresta_headers("acme-agent"), json=body), 403, 7)  # not an admin
    done = client.post(url, headers=cresta_headers(), json=body)
    assert done.status_code == 200, done.text
    assert ANCHOR_CARD not in done.json()["conversationMessage"]["text"]
    assert client.post(url, headers=cresta_headers(), json=body).json() == done.json()  # idempotent
    past_the_end = client.post(url, headers=cresta_headers(), json={**body, "endIndex": 10_000})  # clamped
    assert past_the_end.json()["conversationMessage"]["text"].endswith("*" * 30), past_the_end.text
    bad_moment = {**body, "moment": "customers/acme/profiles/default/moments/moment-3"}
    assert "ENTITY" in error(client.post(url, headers=cresta_headers(), json=bad_moment), 400, 3)


def test_other_customer_is_denied(client: TestClient, cresta_headers: Headers) -> None:
    error(client.get(f"{P}/conversations/conv-1", headers=cresta_headers("globex-client")), 403, 7)
    ok = client.get(
        "/v1/customers/globex/profiles/default/conversations/conv-1", headers=cresta_headers("globex-client")
    )
    assert ok.status_code == 200


def test_sample_and_usage_and_quota(client: TestClient, cresta_headers: Headers) -> None:
    h = cresta_headers()
    body = {"filter": {"maxConversationRatio": 0.5}, "pageSize": 4}
    first = client.post(f"{P}/conversations:sample", headers=h, json=body)
    assert first.status_code == 200, first.text
    assert client.post(f"{P}/conversations:sample", headers=h, json=body).json() == first.json()
    second = client.post(
        f"{P}/conversations:sample", headers=h, json={**body, "pageToken": first.json()["nextPageToken"]}
    )
    assert second.status_code == 200 and second.json()["pageStartTime"] == first.json()["pageEndTime"]
    usage = client.post(f"{P}/conversations:suggestionUsages", headers=h, json={})
    assert usage.status_code == 200 and len(usage.json()["suggestionUsages"]) <= 50
    quota = client.post(f"{P}/scorecardTemplates/qa-template@rev-1:retrieveTotalAgentQuota", headers=h, json={})
    assert quota.status_code == 200 and quota.json()["totalActiveAgentsCount"] > 0
    missing = client.post(f"{P}/scorecardTemplates/qa-template@rev-404:retrieveTotalAgentQuota", headers=h, json={})
    error(missing, 404, 5)

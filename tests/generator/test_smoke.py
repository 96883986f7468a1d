"""One operation per tag through each bare generated client, against an httpx.MockTransport
that answers with the spec's own examples: URL building, auth headers, parsing."""

from __future__ import annotations

import base64
import json

import httpx
from cresta_client import AuthenticatedClient as CrestaClient
from cresta_client.api.coaching_service import list_coaching_comments
from cresta_client.api.conversation_service import get_conversation
from cresta_client.models import GetConversationResponse, ListCoachingCommentsResponse
from execvision_client import AuthenticatedClient as ExecVisionClient
from execvision_client.api.users import list_users
from execvision_client.models import User

from generator.paths import ApiPaths
from generator.spec import load


def _example(api: str, path: str, method: str) -> object:
    content = load(ApiPaths(api).spec)["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    return next(iter(content["examples"].values()))["value"] if "examples" in content else content["example"]


CONV = "/v1/customers/{customerId}/profiles/{profileId}/conversations/{conversationId}"
COMMENTS = "/v1/customers/{customerId}/profiles/{profileId}/coachingComments"


def test_cresta_one_operation_per_tag() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        path = CONV if "/conversations/" in request.url.path else COMMENTS
        return httpx.Response(200, json=_example("cresta", path, "get"))

    client = CrestaClient(
        base_url="https://api.test", token="t0k", httpx_args={"transport": httpx.MockTransport(answer)}
    )
    conversation = get_conversation.sync("acme", "default", "conv-1", client=client)
    comments = list_coaching_comments.sync(
        "acme", "default", client=client, usecase_names=["customers/acme/profiles/default/usecases/sales"]
    )
    assert isinstance(conversation, GetConversationResponse)
    assert isinstance(comments, ListCoachingCommentsResponse)
    assert seen[0].url.path == "/v1/customers/acme/profiles/default/conversations/conv-1"
    assert seen[1].url.params["usecaseNames"] == "customers/acme/profiles/default/usecases/sales"
    assert all(request.headers["authorization"] == "Bearer t0k" for request in seen)


def test_execvision_one_operation_per_tag() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=json.dumps(_example("execvision", "/users", "get")))

    token = base64.b64encode(b"ev-reader:ev-reader-secret").decode()
    client = ExecVisionClient(
        base_url="https://users.execvision.io/api/ev/2",
        token=token,
        prefix="Basic",
        httpx_args={"transport": httpx.MockTransport(answer)},
    )
    users = list_users.sync(client=client)
    assert isinstance(users, list) and users and isinstance(users[0], User)
    assert seen[0].url.path == "/api/ev/2/users"
    assert seen[0].headers["authorization"] == f"Basic {token}"

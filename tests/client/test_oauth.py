"""Cresta auth: client-credentials token fetch, cache, expiry (client clock and server
clock), refresh once on 401, thread- and task-safety, static bearer tokens."""

from __future__ import annotations

import asyncio
import base64
import json
from concurrent.futures import ThreadPoolExecutor

import cresta_client as cc
import httpx
import pytest
from cresta_client import AsyncCresta, ClientCredentialsAuth, Cresta

from mockserver.engine.app import MockApp

from .conftest import PARENT, TOKEN_PATH, Wire

CONV = f"{PARENT}/conversations/conv-1"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _client(server_url: str, token_url: str, http: httpx.Client, clock: FakeClock | None = None) -> Cresta:
    auth = ClientCredentialsAuth("acme-client", "acme-secret", token_url, skew=30.0, clock=clock or FakeClock())
    return Cresta(auth=auth, base_url=server_url, http_client=http)


def test_token_request_shape_and_cache(cresta: Cresta, wire: Wire) -> None:
    for _ in range(3):
        assert cresta.get_conversation(CONV).name
    tokens = [r for r in wire.requests if r.url.path == TOKEN_PATH]
    assert len(tokens) == 1 and wire.count("/conversations/") == 3
    token_request = tokens[0]
    assert token_request.method == "POST"
    assert json.loads(token_request.content) == {"grant_type": "client_credentials"}
    assert token_request.headers["authorization"] == "Basic " + base64.b64encode(b"acme-client:acme-secret").decode()
    api = [r for r in wire.requests if "/conversations/" in r.url.path]
    assert {r.headers["authorization"] for r in api} == {api[0].headers["authorization"]}
    assert api[0].headers["authorization"].startswith("Bearer mock-")


def test_token_is_renewed_before_expires_in_minus_skew(
    server_url: str, token_url: str, http: httpx.Client, wire: Wire, mock: MockApp
) -> None:
    mock.tokens.ttl = 600.0
    clock = FakeClock()
    with _client(server_url, token_url, http, clock) as cresta:
        cresta.get_conversation(CONV)
        clock.now += 569.0  # 600 - 30 skew - 1
        cresta.get_conversation(CONV)
        assert wire.count(TOKEN_PATH) == 1
        clock.now += 1.0
        cresta.get_conversation(CONV)
        assert wire.count(TOKEN_PATH) == 2


def test_server_side_expiry_refreshes_once_and_retries(cresta: Cresta, wire: Wire, mock: MockApp) -> None:
    cresta.get_conversation(CONV)
    mock.clock.advance(3601)  # the mock's clock: its token has expired, ours has not
    assert cresta.get_conversation(CONV).name
    statuses = [r.url.path for r in wire.requests]
    assert statuses.count(TOKEN_PATH) == 2 and wire.count("/conversations/") == 3


async def test_server_side_expiry_async(acresta: AsyncCresta, wire: Wire, mock: MockApp) -> None:
    await acresta.get_conversation(CONV)
    mock.clock.advance(3601)
    assert (await acresta.get_conversation(CONV)).name
    assert wire.count(TOKEN_PATH) == 2


def test_a_second_401_is_an_authentication_error(cresta: Cresta, wire: Wire, mock: MockApp) -> None:
    mock.tokens.ttl = 0.0  # every token is born expired
    with pytest.raises(cc.AuthenticationError) as caught:
        cresta.get_conversation(CONV)
    assert caught.value.status_code == 401 and caught.value.body.code == 16
    assert wire.count(TOKEN_PATH) == 2 and wire.count("/conversations/") == 2


def test_threads_share_one_token_fetch(cresta: Cresta, wire: Wire) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: cresta.get_conversation(CONV), range(16)))
    assert all(r.name == CONV for r in results)
    assert wire.count(TOKEN_PATH) == 1


async def test_tasks_share_one_token_fetch(acresta: AsyncCresta, wire: Wire) -> None:
    results = await asyncio.gather(*(acresta.get_conversation(CONV) for _ in range(16)))
    assert all(r.name == CONV for r in results)
    assert wire.count(TOKEN_PATH) == 1


def test_token_endpoint_failures_are_retried(cresta: Cresta, wire: Wire) -> None:
    wire.fail("status=503", path=TOKEN_PATH)
    assert cresta.get_conversation(CONV).name
    assert wire.count(TOKEN_PATH) == 2


def test_static_token(server_url: str, mock: MockApp) -> None:
    with Cresta(token=mock.issue_token("acme-client"), base_url=server_url) as cresta:
        assert cresta.get_conversation(CONV).name


def test_auth_arguments_are_checked() -> None:
    with pytest.raises(ValueError):
        Cresta()
    with pytest.raises(ValueError):
        Cresta(client_id="a", client_secret="b")  # no token_url
    with pytest.raises(ValueError):
        Cresta(token="t", client_id="a", client_secret="b", token_url="http://x")

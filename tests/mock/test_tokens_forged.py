"""Forged, tampered and absurd tokens (issue 14, findings 1 and 2): never a 500.

Access tokens: every Cresta operation that takes a bearer token answers each of them 401
UNAUTHENTICATED in Cresta's shape. Page tokens: a token signed with the run's page key whose
payload is not a cursor is 400 INVALID_ARGUMENT on each paged operation; a token the run never
signed (another run's, or one of the old constant key) gives the first page. The forgeries
below are signed with the right key (the test's mock runs with a known secret), so they reach
the payload checks instead of stopping at the tag.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from starlette.testclient import TestClient

from mockserver.engine.app import MockApp, create_app
from mockserver.engine.config import Limits
from mockserver.engine.secret import ACCESS_TOKENS, derive
from mockserver.engine.signed import b64, sign_bytes
from mockserver.engine.tokens import MAX_LIFETIME
from mockserver.vendors.cresta.paging import PAGE_TOKENS, binding
from tests.helpers.cresta_pages import PAGED, P, comments
from tests.helpers.mock import NOW, make_config

SECRET = b"tests/mock/test_tokens_forged.py"
NOW_MS = int(NOW.timestamp() * 1000)
HOUR_MS = 3_600_000

# every Cresta operation that takes a bearer token (test_the_list_is_every_bearer_operation)
BEARER_OPERATIONS = (
    "deleteTarget",
    "updateTarget",
    "listCoachingComments",
    "createCoachingComment",
    "retrieveTotalAgentQuota",
    "redactConversationMessage",
    "getConversation",
    "deleteConversation",
    "sampleConversations",
    "listSuggestionUsage",
)


def _claims(**changes: str) -> bytes:
    """Access-token claims as JSON text, with some values replaced by raw JSON text."""
    values = {"c": '"acme-client"', "e": str(NOW_MS + HOUR_MS), "g": "0", "n": '"nonce"', **changes}
    return ("{" + ",".join(f'"{k}":{v}' for k, v in values.items()) + "}").encode()


FORGED_ACCESS_PAYLOADS: dict[str, bytes] = {
    "not an object": b"[1, 2]",
    "a string": b'"acme-client"',
    "not UTF-8": b"\xff\xfe\xfd",
    "UTF-8 broken inside a string": _claims().replace(b"acme", b"acme\xff"),
    "not JSON": b"{'c': 'acme-client'}",
    "nested 300 deep in a field": _claims(c="[" * 300 + "]" * 300),
    "nested 100,000 deep (too long)": b"[" * 100_000,
    "expiry Infinity": _claims(e="Infinity"),
    "expiry NaN": _claims(e="NaN"),
    "expiry 1e308": _claims(e="1e308"),
    "expiry a float": _claims(e=f"{NOW_MS + HOUR_MS}.0"),
    "expiry a string": _claims(e=f'"{NOW_MS + HOUR_MS}"'),
    "expiry 10**30": _claims(e=str(10**30)),
    "expiry 367 days ahead": _claims(e=str(NOW_MS + (MAX_LIFETIME.days + 1) * 24 * HOUR_MS)),
    "expiry negative": _claims(e="-1"),
    "generation 0.0": _claims(g="0.0"),
    "generation false": _claims(g="false"),
    "generation null": _claims(g="null"),
    "generation -1": _claims(g="-1"),
    "client id a number": _claims(c="7"),
    "an unknown field": _claims(x="1"),
    "a field missing": b'{"c":"acme-client","e":%d,"g":0}' % (NOW_MS + HOUR_MS),
}


def _old_access_token() -> str:
    """A token minted as anyone could before secrets were per run: the constant key of v1."""
    key = hashlib.sha256(b"mockserver access tokens v1").digest()
    claims = {"c": "acme-client", "e": NOW.timestamp() + 3600, "g": 0, "n": "x"}
    payload = b64(json.dumps(claims, separators=(",", ":")).encode())
    return f"mock-{payload}.{b64(hmac.new(key, payload.encode(), hashlib.sha256).digest()[:16])}"


def _unsigned_access_tokens() -> dict[str, str]:
    good = "mock-" + sign_bytes(derive(SECRET, ACCESS_TOKENS), _claims())
    payload, _, tag = good.partition(".")
    tampered = b64(base64.urlsafe_b64decode(payload.removeprefix("mock-") + "==").replace(b"acme", b"glob"))
    return {
        "minted with the old constant key": _old_access_token(),
        "signed with another secret": "mock-" + sign_bytes(derive(b"another run", ACCESS_TOKENS), _claims()),
        "a page token's key": "mock-" + sign_bytes(derive(SECRET, PAGE_TOKENS), _claims()),
        "tampered payload": f"mock-{tampered}.{tag}",
        "tag cut short": good[:-3],
        "no tag": payload,
        "no prefix": good.removeprefix("mock-"),
        "garbage": "mock-!!!.???",
        "non-ASCII": "mock-é.é",
        "600 characters": "mock-" + "A" * 595,
    }


@pytest.fixture
def app(_snapshot: bytes) -> MockApp:  # overrides conftest's: a mock with a known secret
    # a head limit of 1 MiB, so that the 100,000-deep token reaches the token check (the default
    # 16 KiB head limit answers it 431 first: tests/abuse/test_forged_tokens.py)
    mock = create_app(make_config(seed_data=False, secret=SECRET, limits=Limits(max_header_bytes=1 << 20)))
    mock.restore(_snapshot)
    return mock


def _fresh(snapshot: bytes, secret: bytes | None) -> TestClient:
    mock = create_app(make_config(seed_data=False, secret=secret))
    mock.restore(snapshot)
    return TestClient(mock, base_url="http://testserver")


def _bearer(client: TestClient) -> dict[str, str]:
    grant = client.post(
        "/v1/oauth/regionalToken", json={"grant_type": "client_credentials"}, auth=("acme-client", "acme-secret")
    )
    return {"Authorization": f"Bearer {grant.json()['access_token']}"}


def _request(app: MockApp, op_id: str) -> tuple[str, str]:
    """Method and URL of an operation (any value in the path: auth comes first)."""
    for op in app.operations():
        if op.operation_id == op_id:
            return op.method, re.sub(r"\{[^}]+\}", "x", op.full_path)
    raise KeyError(op_id)


def _unauthenticated(response: Any) -> None:
    assert response.status_code == 401, response.text
    body = response.json()
    assert body["code"] == 16 and isinstance(body["message"], str) and isinstance(body["details"], list)


def test_the_list_is_every_bearer_operation(app: MockApp) -> None:
    bearer = {op.operation_id for op in app.operations() if op.api == "cresta" and ["bearer"] in op.security_types()}
    assert bearer == set(BEARER_OPERATIONS)


def test_a_well_formed_forgery_with_the_secret_is_accepted(client: TestClient) -> None:
    """The forging below is right: with a valid payload, the same signing gives a working token."""
    token = "mock-" + sign_bytes(derive(SECRET, ACCESS_TOKENS), _claims())
    assert client.get(f"{P}/conversations/conv-1", headers={"Authorization": f"Bearer {token}"}).status_code == 200


@pytest.mark.parametrize("op_id", BEARER_OPERATIONS)
def test_forged_access_tokens_are_401_on_every_operation(app: MockApp, client: TestClient, op_id: str) -> None:
    method, url = _request(app, op_id)
    key = derive(SECRET, ACCESS_TOKENS)
    tokens = {name: "mock-" + sign_bytes(key, payload) for name, payload in FORGED_ACCESS_PAYLOADS.items()}
    tokens.update(_unsigned_access_tokens())
    for name, token in tokens.items():
        header = f"Bearer {token}".encode("latin-1")  # as sent: a non-ASCII token is latin-1 bytes
        response = client.request(method, url, headers={"Authorization": header})
        assert response.status_code == 401, (name, response.status_code, response.text)
        _unauthenticated(response)


# --- page tokens -------------------------------------------------------------------------------

FORGED_PAGE_PAYLOADS: dict[str, bytes] = {
    "not an object": b"[1]",
    "a number": b"7",
    "not UTF-8": b"\xff\xfe",
    "UTF-8 broken inside a string": b'{"t":1,"n":"a\xff","b":"x"}',
    "not JSON": b"{t:1}",
    "nested 2,000 deep": b"[" * 2000 + b"]" * 2000,
    "nested 2,000 deep in a field": b'{"t":' + b"[" * 2000 + b"]" * 2000 + b',"n":"a","b":"x"}',
    "time a float": b'{"t":1.0,"n":"a","b":"x"}',
    "time a bool": b'{"t":true,"n":"a","b":"x"}',
    "time Infinity": b'{"t":Infinity,"n":"a","b":"x"}',
    "name a number": b'{"t":1,"n":1,"b":"x"}',
    "an unknown field": b'{"t":1,"n":"a","b":"x","o":3}',
    "a field missing": b'{"t":1,"n":"a"}',
    "the v1 offset payload": b'{"b":"x","o":3}',
}


@pytest.mark.parametrize("op_id", list(PAGED))
def test_malformed_signed_page_tokens_are_invalid_argument(
    client: TestClient, cresta_headers: Callable[..., dict[str, str]], op_id: str
) -> None:
    key, headers = derive(SECRET, PAGE_TOKENS), cresta_headers()
    for name, payload in FORGED_PAGE_PAYLOADS.items():
        response = PAGED[op_id](client, headers, sign_bytes(key, payload), 2)
        assert response.status_code == 400, (name, response.status_code, response.text)
        body = response.json()
        assert body["code"] == 3 and "pageToken" in body["message"] and isinstance(body["details"], list), name


def _old_page_token(op_id: str) -> str:
    """A v1 page token (an offset under the constant key), bound to nothing in particular."""
    key = hashlib.sha256(b"cresta-mock page tokens v1").digest()
    payload = json.dumps({"b": binding(op_id, "x", {}), "o": 2}, sort_keys=True, separators=(",", ":")).encode()
    raw = payload + hmac.new(key, payload, hashlib.sha256).digest()[:16]
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize("op_id", list(PAGED))
def test_page_tokens_the_run_never_signed_give_the_first_page(
    client: TestClient, cresta_headers: Callable[..., dict[str, str]], op_id: str
) -> None:
    page, headers = PAGED[op_id], cresta_headers()
    first = page(client, headers, None, 2).json()
    real = first["nextPageToken"]
    never_signed = {
        "minted with the old constant key": _old_page_token(op_id),
        "signed with another secret": sign_bytes(derive(b"another run", PAGE_TOKENS), b"{}"),
        "an access token's key": sign_bytes(derive(SECRET, ACCESS_TOKENS), b'{"t":1,"n":"a","b":"x"}'),
        "tampered": real[:-2] + ("AA" if not real.endswith("AA") else "BB"),
        "non-ASCII": "é" + real,
    }
    for name, token in never_signed.items():
        response = page(client, headers, token, 2)
        assert response.status_code == 200 and response.json() == first, name
    assert page(client, headers, real, 2).json() != first  # and a real one does continue


# --- per-run secrets ---------------------------------------------------------------------------


@pytest.mark.parametrize("secrets", [(None, None), (b"shared", b"shared")], ids=["no --secret", "one --secret"])
def test_two_mocks_share_tokens_only_when_they_share_a_secret(
    _snapshot: bytes, secrets: tuple[bytes | None, bytes | None]
) -> None:
    with _fresh(_snapshot, secrets[0]) as one, _fresh(_snapshot, secrets[1]) as other:
        headers, other_headers = _bearer(one), _bearer(other)
        answer = other.get(f"{P}/conversations/conv-1", headers=headers)  # a token of the first mock
        first_page = comments(one, headers, None).json()
        continued = comments(other, other_headers, first_page["nextPageToken"]).json()
        if secrets[0] is not None:
            assert answer.status_code == 200
            assert continued == comments(one, headers, first_page["nextPageToken"]).json() != first_page
        else:
            _unauthenticated(answer)
            # the first mock's page token is unknown to the second: its first page
            assert continued["coachingComments"] == first_page["coachingComments"]

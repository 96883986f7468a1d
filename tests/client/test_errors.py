"""Every exception class, raised by real responses of the mock (sync and async), carrying
the status, the response and the parsed body (Cresta: google.rpc.Status; ExecVision: Error)."""

from __future__ import annotations

import socket

import cresta_client as cc
import execvision_client as evc
import httpx
import pytest
from cresta_client import AsyncCresta, Cresta
from cresta_client.models import RpcStatus
from execvision_client import AsyncExecVision, ExecVision
from execvision_client.models import Error

from .conftest import PARENT
from .test_retry import _comment

MISSING_CALL = "00000000-0000-4000-8000-000000000000"
ANCHOR_CALL = "a987a7b3-74e9-421e-8c96-2fdcfbda1c8b"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_hierarchy() -> None:
    for module in (cc, evc):
        assert issubclass(module.APITimeoutError, module.APIConnectionError)
        assert issubclass(module.APIConnectionError, module.APIError)
        assert issubclass(module.APIResponseValidationError, module.APIError)
        for name in (
            "BadRequestError",
            "AuthenticationError",
            "PermissionDeniedError",
            "NotFoundError",
            "ConflictError",
            "RateLimitError",
            "InternalServerError",
        ):
            assert issubclass(getattr(module, name), module.APIStatusError)
        assert issubclass(module.APIStatusError, module.APIError)


def test_execvision_status_errors(ev: ExecVision, ev_url: str) -> None:
    with pytest.raises(evc.BadRequestError) as bad:
        ev.list_calls("yesterday")
    with pytest.raises(evc.NotFoundError) as missing:
        ev.get_call(MISSING_CALL)
    with pytest.raises(evc.RateLimitError) as limited:
        ev.list_users(max_retries=0, extra_headers={"X-Mock-Fault": "status=429;retry-after=1"})
    with pytest.raises(evc.InternalServerError) as failed:
        ev.list_users(max_retries=0, extra_headers={"X-Mock-Fault": "status=500"})
    for caught, status in ((bad, 400), (missing, 404), (limited, 429), (failed, 500)):
        error = caught.value
        assert error.status_code == status == error.response.status_code
        assert isinstance(error.body, Error) and error.body.message == error.message
        assert error.request is not None and error.request.url.path.startswith("/api/ev/2/")
    assert limited.value.response.headers["retry-after"] == "1"
    assert MISSING_CALL in str(missing.value)


def test_execvision_auth_errors(ev_url: str) -> None:
    with (
        ExecVision("ev-admin", "wrong", base_url=ev_url, rate_limiter=None) as wrong,
        pytest.raises(evc.AuthenticationError) as caught,
    ):
        wrong.check_access()
    assert caught.value.status_code == 401 and isinstance(caught.value.body, Error)
    with (
        ExecVision("ev-reader", "ev-reader-secret", base_url=ev_url, rate_limiter=None) as reader,
        pytest.raises(evc.PermissionDeniedError) as denied,
    ):
        reader.delete_call(ANCHOR_CALL)
    assert denied.value.status_code == 403


async def test_execvision_errors_async(aev: AsyncExecVision) -> None:
    with pytest.raises(evc.NotFoundError) as caught:
        await aev.get_transcript(MISSING_CALL)
    assert isinstance(caught.value.body, Error)
    with pytest.raises(evc.BadRequestError):
        await aev.list_scores("not a date")


def test_cresta_status_errors(cresta: Cresta) -> None:
    with pytest.raises(cc.NotFoundError) as missing:
        cresta.get_conversation(f"{PARENT}/conversations/nope")
    with pytest.raises(cc.PermissionDeniedError) as denied:
        cresta.get_conversation("customers/globex/profiles/default/conversations/conv-1")
    with pytest.raises(cc.BadRequestError) as bad:
        cresta.list_coaching_comments(PARENT, usecase_names=[])
    name = f"{PARENT}/coachingComments/twice"
    cresta.create_coaching_comment(PARENT, _comment(name))
    with pytest.raises(cc.ConflictError) as conflict:
        cresta.create_coaching_comment(PARENT, _comment(name))
    expected = ((missing, 404, 5), (denied, 403, 7), (bad, 400, 3), (conflict, 409, 6))
    for caught, status, grpc_code in expected:
        error = caught.value
        assert error.status_code == status
        assert isinstance(error.body, RpcStatus)
        assert error.body.code == grpc_code and error.body.message == error.message
        assert isinstance(error.body.details, list)


def test_cresta_auth_errors(server_url: str, token_url: str) -> None:
    with (
        Cresta(client_id="acme-client", client_secret="wrong", token_url=token_url, base_url=server_url) as bad,
        pytest.raises(cc.AuthenticationError) as caught,
    ):
        bad.get_conversation(f"{PARENT}/conversations/conv-1")
    assert caught.value.status_code == 401 and "invalid_client" in caught.value.message
    with Cresta(token="not-a-token", base_url=server_url) as static, pytest.raises(cc.AuthenticationError) as refused:
        static.get_conversation(f"{PARENT}/conversations/conv-1")
    assert isinstance(refused.value.body, RpcStatus) and refused.value.body.code == 16


async def test_cresta_errors_async(acresta: AsyncCresta) -> None:
    with pytest.raises(cc.RateLimitError) as limited:
        await acresta.get_conversation(
            f"{PARENT}/conversations/conv-1", max_retries=0, extra_headers={"X-Mock-Fault": "status=429"}
        )
    assert isinstance(limited.value.body, RpcStatus) and limited.value.body.code == 8
    with pytest.raises(cc.InternalServerError) as unavailable:
        await acresta.delete_target(f"{PARENT}/targets/target-1", extra_headers={"X-Mock-Fault": "status=503"})
    assert unavailable.value.status_code == 503 and unavailable.value.body.code == 14


def test_connection_errors(ev: ExecVision) -> None:
    with pytest.raises(evc.APIConnectionError) as dropped:
        ev.list_users(max_retries=0, extra_headers={"X-Mock-Fault": "drop"})
    assert not isinstance(dropped.value, evc.APITimeoutError)
    assert isinstance(dropped.value.__cause__, httpx.RemoteProtocolError)
    with pytest.raises(evc.APITimeoutError) as slow:
        ev.list_users(max_retries=1, timeout=0.2, extra_headers={"X-Mock-Fault": "latency=1s"})
    assert isinstance(slow.value.__cause__, httpx.ReadTimeout)
    with (
        ExecVision("u", "p", base_url=f"http://127.0.0.1:{_free_port()}", rate_limiter=None, max_retries=0) as down,
        pytest.raises(evc.APIConnectionError),
    ):
        down.check_access()


async def test_connection_errors_async(acresta: AsyncCresta) -> None:
    conv = f"{PARENT}/conversations/conv-1"
    with pytest.raises(cc.APITimeoutError):
        await acresta.get_conversation(conv, max_retries=0, timeout=0.2, extra_headers={"X-Mock-Fault": "latency=1s"})
    with pytest.raises(cc.APIConnectionError):
        await acresta.get_conversation(conv, max_retries=0, extra_headers={"X-Mock-Fault": "drop"})


def test_response_validation_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"unexpected": True})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with (
        ExecVision("u", "p", base_url="http://ev.test", rate_limiter=None, http_client=http) as client,
        pytest.raises(evc.APIResponseValidationError) as caught,
    ):
        client.get_kpi(1)
    assert caught.value.status_code == 200 and isinstance(caught.value.__cause__, KeyError)


def test_a_missing_resource_in_a_2xx_is_a_validation_error() -> None:
    # the spec requires `conversation` (a 200 `{}` in place of a 404 is off the contract)
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json={})))
    with (
        Cresta(token="t", base_url="http://cresta.test", http_client=http) as client,
        pytest.raises(cc.APIResponseValidationError, match="getConversation: .*KeyError\\('conversation'\\)"),
    ):
        client.get_conversation(f"{PARENT}/conversations/conv-1")


def test_a_2xx_status_the_spec_does_not_declare_is_a_validation_error() -> None:
    # no catch-all `default` response: the generated parser knows only the declared statuses
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(201, json={"kpiId": 1})))
    with (
        ExecVision("u", "p", base_url="http://ev.test", rate_limiter=None, http_client=http) as client,
        pytest.raises(evc.APIResponseValidationError, match="getKpi: HTTP 201 is not a status") as caught,
    ):
        client.get_kpi(1)
    assert caught.value.status_code == 201

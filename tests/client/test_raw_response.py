"""`client.with_raw_response.<method>(...)`, in the way of openai-python: the status, headers and
the parsed result of a call that went through the facade's retries and rate limiter, blocking
and asyncio; errors stay typed."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest
from cresta_client import AsyncCresta, Cresta
from execvision_client import (
    APIResponse,
    APIResponseValidationError,
    AsyncExecVision,
    ExecVision,
    NotFoundError,
    RateLimiter,
    RetryPolicy,
)
from execvision_client.models import Team

EV_BASE = "https://ev.test/api/ev/2"
TEAM = {"id": "t1", "name": "Sales", "managerId": "u1", "departmentId": "d1"}
Handler = Callable[[httpx.Request], httpx.Response]


def _answers(*responses: httpx.Response) -> tuple[list[httpx.Request], Handler]:
    """A handler giving these responses in turn, and the requests it saw."""
    seen: list[httpx.Request] = []
    queue = list(responses)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return queue.pop(0)

    return seen, handle


def _ok() -> httpx.Response:
    return httpx.Response(200, json=[TEAM], headers={"X-Request-Id": "r-1"})


def _unavailable() -> httpx.Response:
    return httpx.Response(503, json={"error": "busy", "reason": "try later"})


class Waits:
    def __init__(self) -> None:
        self.retry: list[float] = []
        self.limiter: list[float] = []

    async def retry_async(self, seconds: float) -> None:
        self.retry.append(seconds)

    async def limiter_async(self, seconds: float) -> None:
        self.limiter.append(seconds)


def _ev(handle: Handler, waits: Waits) -> ExecVision:
    return ExecVision(
        "u", "p", base_url=EV_BASE, http_client=httpx.Client(transport=httpx.MockTransport(handle)),
        retry=RetryPolicy(sleep=waits.retry.append, random=lambda: 0.5),
        rate_limiter=RateLimiter(1.0, monotonic=lambda: 0.0, sleep=waits.limiter.append),
    )  # fmt: skip


def _aev(handle: Handler, waits: Waits) -> AsyncExecVision:
    return AsyncExecVision(
        "u", "p", base_url=EV_BASE, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handle)),
        retry=RetryPolicy(async_sleep=waits.retry_async, random=lambda: 0.5),
        rate_limiter=RateLimiter(1.0, monotonic=lambda: 0.0, async_sleep=waits.limiter_async),
    )  # fmt: skip


def test_status_headers_and_parsed_result() -> None:
    seen, handle = _answers(_ok())
    raw = _ev(handle, Waits()).with_raw_response.list_teams()
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "r-1"
    assert str(raw.url) == EV_BASE + "/teams"
    teams = raw.parse()
    assert teams == [Team.from_dict(TEAM)]
    assert raw.json() == [TEAM]
    assert len(seen) == 1


def test_goes_through_the_retries_and_the_rate_limiter() -> None:
    waits = Waits()
    seen, handle = _answers(_unavailable(), _ok())
    raw = _ev(handle, waits).with_raw_response.list_teams()
    assert raw.status_code == 200 and raw.parse()[0].name == "Sales"  # the attempt that ended the call
    assert len(seen) == 2
    assert len(waits.retry) == 1  # one backoff
    assert waits.limiter == [1.0]  # each attempt took a slot: the second waited a second


def test_async_goes_through_the_retries_and_the_rate_limiter() -> None:
    waits = Waits()
    seen, handle = _answers(_unavailable(), _ok())

    async def run() -> APIResponse[list[Team]]:
        async with _aev(handle, waits) as aev:
            return await aev.with_raw_response.list_teams()

    raw = asyncio.run(run())
    assert raw.status_code == 200 and raw.headers["X-Request-Id"] == "r-1"
    assert raw.parse() == [Team.from_dict(TEAM)]
    assert len(seen) == 2 and len(waits.retry) == 1 and waits.limiter == [1.0]


def test_arguments_and_options_are_the_methods() -> None:
    seen, handle = _answers(httpx.Response(200, json=[]))
    raw = _ev(handle, Waits()).with_raw_response.list_calls("2024-01-01T00:00:00Z", limit=3, extra_query={"x": "1"})
    assert raw.parse() == []
    assert seen[0].url.params["limit"] == "3" and seen[0].url.params["x"] == "1"
    with pytest.raises(TypeError, match="'timout'"):
        _ev(handle, Waits()).with_raw_response.list_users(timout=1)  # type: ignore[call-arg]


def test_an_error_status_raises_the_typed_error() -> None:
    _, handle = _answers(httpx.Response(404, json={"error": "not found", "reason": "no such call"}))
    with pytest.raises(NotFoundError):
        _ev(handle, Waits()).with_raw_response.get_call("c1")


def test_a_body_that_does_not_parse_is_raised_by_parse_not_by_the_call() -> None:
    _, handle = _answers(httpx.Response(200, json=[{"id": "t1"}], headers={"X-Request-Id": "r-2"}))
    raw = _ev(handle, Waits()).with_raw_response.list_teams()
    assert raw.status_code == 200 and raw.headers["X-Request-Id"] == "r-2"
    assert raw.json() == [{"id": "t1"}]
    with pytest.raises(APIResponseValidationError):
        raw.parse()


def test_a_method_without_a_result_parses_to_none() -> None:
    _, handle = _answers(httpx.Response(200, json={}))
    assert _ev(handle, Waits()).with_raw_response.check_access().parse() is None


def test_with_options_copies_get_their_own_raw_methods() -> None:
    seen, handle = _answers(_ok())
    ev = _ev(handle, Waits()).with_options(timeout=3.0)
    ev.with_raw_response.list_teams()
    assert seen[0].extensions["timeout"]["read"] == 3.0


def test_cresta_has_raw_responses_too() -> None:
    name = "customers/a/profiles/b/conversations/c"
    _, handle = _answers(httpx.Response(200, json={}, headers={"Grpc-Metadata-X": "1"}))
    cresta = Cresta(
        token="t", base_url="https://api.test", http_client=httpx.Client(transport=httpx.MockTransport(handle))
    )
    raw = cresta.with_raw_response.delete_conversation(name)
    assert raw.status_code == 200 and raw.headers["Grpc-Metadata-X"] == "1" and raw.parse() is None

    _, ahandle = _answers(httpx.Response(200, json={}))

    async def run() -> int:
        http = httpx.AsyncClient(transport=httpx.MockTransport(ahandle))
        async with AsyncCresta(token="t", base_url="https://api.test", http_client=http) as acresta:
            return (await acresta.with_raw_response.delete_conversation(name)).status_code

    assert asyncio.run(run()) == 200

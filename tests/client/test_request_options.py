"""Per-call options: the known ones act, an unknown one is a TypeError naming it (never silently
dropped, blocking and asyncio, paging helpers included), `extra_query=` merges query parameters."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from cresta_client import Cresta
from execvision_client import AsyncExecVision, ExecVision

EV_BASE = "https://ev.test/api/ev/2"


def _client(seen: list[httpx.Request]) -> ExecVision:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    return ExecVision(
        "u", "p", base_url=EV_BASE, rate_limiter=None, http_client=httpx.Client(transport=httpx.MockTransport(handle))
    )


def test_a_misspelled_option_is_a_type_error_naming_it() -> None:
    seen: list[httpx.Request] = []
    ev = _client(seen)
    with pytest.raises(
        TypeError, match=r"list_users\(\) got an unexpected keyword argument 'timout'; did you mean 'timeout'\?"
    ):
        ev.list_users(timout=0.2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        ev.list_calls("2024-01-01T00:00:00Z", colour="red")  # type: ignore[call-arg]
    assert seen == []  # nothing was sent


def test_paging_helpers_refuse_an_unknown_option_at_the_call() -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(TypeError, match=r"iter_calls\(\) got an unexpected keyword argument 'max_retry'"):
        _client(seen).iter_calls("2024-01-01T00:00:00Z", max_retry=1)  # type: ignore[call-arg]


def test_the_async_client_refuses_an_unknown_option() -> None:
    aev = AsyncExecVision("u", "p", base_url=EV_BASE)
    with pytest.raises(TypeError, match="'timout'"):
        asyncio.run(aev.list_users(timout=0.2))  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="'idempotency_key'"):
        aev.iter_calls("2024-01-01T00:00:00Z", idempotency_key="k")  # type: ignore[call-arg]


def test_cresta_refuses_an_unknown_option() -> None:
    cresta = Cresta(token="t", base_url="https://api.test")
    with pytest.raises(TypeError, match=r"get_conversation\(\) got an unexpected keyword argument 'extra_heders'"):
        cresta.get_conversation("customers/a/profiles/b/conversations/c", extra_heders={})  # type: ignore[call-arg]


def test_idempotency_key_is_refused_with_the_reason() -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(TypeError, match=r"delete_call\(\) does not take 'idempotency_key': the API documents no"):
        _client(seen).delete_call("c1", idempotency_key="once")  # type: ignore[call-arg]
    assert seen == []


def test_extra_query_merges_with_the_methods_parameters() -> None:
    seen: list[httpx.Request] = []
    ev = _client(seen)
    ev.list_calls("2024-01-01T00:00:00Z", limit=5, extra_query={"trace": "on", "limit": 7})
    ev.list_users(extra_query={"debug": 1})
    params = [dict(r.url.params) for r in seen]
    assert params[0] == {
        "since": "2024-01-01T00:00:00Z",
        "limit": "7",  # extra_query wins, as extra_headers do
        "include_transcripts": "false",
        "include_crm_matches": "false",
        "render_templates": "false",
        "trace": "on",
    }
    assert params[1] == {"debug": "1"}


def test_extra_query_and_headers_reach_every_page() -> None:
    seen: list[httpx.Request] = []
    list(_client(seen).iter_calls("2024-01-01T00:00:00Z", extra_query={"trace": "on"}, extra_headers={"X-T": "1"}))
    assert seen and all(r.url.params["trace"] == "on" and r.headers["X-T"] == "1" for r in seen)

"""Every operation through the facades, sync and async, over real HTTP; client lifecycle
and per-call options."""

from __future__ import annotations

from datetime import UTC, datetime

import cresta_client as cc
import execvision_client as evc
import httpx
import pytest
from cresta_client import AsyncCresta, Cresta
from cresta_client.api.conversation_service import get_conversation
from cresta_client.models import ListSuggestionUsageRequest, RetrieveTotalAgentQuotaRequest, SampleConversationsRequest
from execvision_client import AsyncExecVision, ExecVision
from execvision_client.api.users import list_users
from execvision_client.models import Call, KpiDefinition, SimplifiedTranscript, User

from .conftest import PARENT, Wire
from .test_retry import _comment

SINCE = datetime(2020, 1, 1, tzinfo=UTC)
ANCHOR_CALL = "a987a7b3-74e9-421e-8c96-2fdcfbda1c8b"
CONV = f"{PARENT}/conversations/conv-1"


def test_execvision_every_operation(ev: ExecVision, wire: Wire) -> None:
    ev.check_access()
    assert all(isinstance(u, User) for u in ev.list_users())
    assert ev.list_teams() and ev.list_departments() and ev.list_topics()
    calls = ev.list_calls(SINCE, limit=5, include_transcripts=True, include_crm_matches=True)
    assert len(calls) == 5 and all(isinstance(c, evc.Call) for c in calls)  # the msgspec Structs
    assert all(isinstance(c.to_model(), Call) for c in calls)
    assert ev.list_calls(SINCE, limit=2, last_id=calls[1].id, render_templates=True)
    call = ev.get_call(ANCHOR_CALL)
    assert isinstance(ev.get_transcript(call.id).to_model(), SimplifiedTranscript)
    assert ev.list_call_topics(SINCE, limit=3, window_length=60, minimum_matches=1) is not None
    for name in ("listens", "scores", "feedback", "shares", "meetings", "plans", "kpis"):
        assert getattr(ev, f"list_{name}")(SINCE, limit=3), name
    kpi = ev.list_kpis(SINCE, limit=1)[0]
    assert isinstance(ev.get_kpi(kpi.kpi_id), KpiDefinition)
    score = ev.list_scores(SINCE, limit=1)[0]
    assert ev.get_scorecard(score.scorecard_id)[0].scorecard_id == score.scorecard_id
    ev.delete_call(call.id)
    assert [d.id for d in ev.list_deleted_calls(SINCE, limit=1000)].count(call.id) == 1
    with pytest.raises(evc.NotFoundError):
        ev.get_call(call.id)


def test_search_lowercases_the_value(ev: ExecVision, wire: Wire) -> None:
    found = ev.search_calls("direction", "INBOUND")
    assert found and found == ev.search_calls("direction", "inbound")
    assert wire.requests[0].url.params["direction"] == "inbound"


async def test_execvision_async_operations(aev: AsyncExecVision) -> None:
    await aev.check_access()
    assert await aev.list_users() and await aev.list_teams() and await aev.list_departments()
    assert await aev.list_topics()
    call = (await aev.list_calls(SINCE, limit=1))[0]
    assert (await aev.get_call(call.id)).id == call.id
    assert (await aev.get_transcript(call.id)).speakers is not None
    assert await aev.search_calls("id", call.id.upper()) == [call.id]
    assert await aev.list_call_topics(SINCE, limit=2)
    kpi = (await aev.list_kpis(SINCE, limit=1))[0]
    assert (await aev.get_kpi(kpi.kpi_id)).kpi_id == kpi.kpi_id
    score = (await aev.list_scores(SINCE, limit=1))[0]
    assert await aev.get_scorecard(score.scorecard_id)
    for name in ("listens", "feedback", "shares", "meetings", "plans"):
        assert await getattr(aev, f"list_{name}")(SINCE, limit=2), name
    await aev.delete_call(call.id)
    assert any(d.id == call.id for d in await aev.list_deleted_calls(SINCE))


def _cresta_calls(wire: Wire) -> list[str]:
    return [r.url.path for r in wire.requests if "/oauth/" not in r.url.path]


def test_cresta_every_operation(cresta: Cresta) -> None:
    assert cresta.get_conversation(CONV).name == CONV
    quota = cresta.retrieve_total_agent_quota(
        f"{PARENT}/scorecardTemplates/qa-template@rev-1",
        RetrieveTotalAgentQuotaRequest(usecase_name=f"{PARENT}/usecases/sales"),
    )
    assert quota.total_active_agents_count >= 0
    comments = cresta.list_coaching_comments(PARENT, usecase_names=f"{PARENT}/usecases/sales", page_size=2)
    assert comments.coaching_comments and comments.next_page_token
    created = cresta.create_coaching_comment(PARENT, _comment())
    assert created.message == "Nice discovery questions." and isinstance(created.name, str)
    updated = cresta.update_target(
        f"{PARENT}/targets/target-1",
        scorecard_template_name=f"{PARENT}/scorecardTemplates/qa-template",
        target=90.0,
        usecase_name=f"{PARENT}/usecases/sales",
        criterion_or_chapter_id="criterion-1",
        coaching_plan_name=cc.CoachingPlanName("acme", "default", "plan-1"),
        qa_score=70.5,
    )
    assert updated.qa_score == 70.5 and updated.name == f"{PARENT}/targets/target-1"
    redacted = cresta.redact_conversation_message(
        f"{CONV}/messages/msg-1", moment=f"{PARENT}/moments/moment-1", start_index=0, end_index=2
    )
    assert redacted.name == f"{CONV}/messages/msg-1"
    assert cresta.sample_conversations(PARENT, SampleConversationsRequest(page_size=3)).sampled_conversations
    assert cresta.list_suggestion_usage(PARENT, ListSuggestionUsageRequest(page_size=3)).suggestion_usages
    cresta.delete_target(f"{PARENT}/targets/target-1")
    cresta.delete_conversation(CONV)
    with pytest.raises(cc.NotFoundError):
        cresta.get_conversation(CONV)


async def test_cresta_async_operations(acresta: AsyncCresta) -> None:
    assert (await acresta.get_conversation(CONV)).name == CONV
    assert await acresta.retrieve_total_agent_quota(f"{PARENT}/scorecardTemplates/qa-template@rev-1")
    assert (await acresta.create_coaching_comment(PARENT, _comment())).message
    assert await acresta.update_target(
        f"{PARENT}/targets/target-1",
        scorecard_template_name=f"{PARENT}/scorecardTemplates/qa-template",
        target=50.0,
        usecase_name=f"{PARENT}/usecases/sales",
    )
    assert await acresta.redact_conversation_message(
        f"{CONV}/messages/msg-1", moment=f"{PARENT}/moments/moment-1", start_index=0, end_index=1
    )
    assert (await acresta.sample_conversations(PARENT)).sampled_conversations
    assert (await acresta.list_suggestion_usage(PARENT)).suggestion_usages
    assert await acresta.list_coaching_comments(PARENT, usecase_names=[f"{PARENT}/usecases/sales"])
    await acresta.delete_target(f"{PARENT}/targets/target-1")
    await acresta.delete_conversation(CONV)


def test_context_manager_closes_the_pool_it_owns(ev_url: str, server_url: str, token_url: str) -> None:
    with ExecVision("ev-admin", "ev-admin-secret", base_url=ev_url, rate_limiter=None) as ev:
        ev.check_access()
    assert ev._http.is_closed
    with httpx.Client() as mine:
        with ExecVision("ev-admin", "ev-admin-secret", base_url=ev_url, rate_limiter=None, http_client=mine) as ev:
            ev.check_access()
        assert not mine.is_closed
    with Cresta(client_id="acme-client", client_secret="acme-secret", token_url=token_url, base_url=server_url) as c:
        copy = c.with_options(timeout=5.0, max_retries=0)
        assert copy.get_conversation(CONV).name == CONV and copy._http is c._http
        copy.close()
        assert not c._http.is_closed and c.timeout.read == 60.0 and copy.timeout.read == 5.0


async def test_async_context_manager_closes_the_pool(ev_url: str) -> None:
    async with AsyncExecVision("ev-admin", "ev-admin-secret", base_url=ev_url, rate_limiter=None) as ev:
        await ev.check_access()
    assert ev._http.is_closed


def test_per_call_timeout_and_headers(ev: ExecVision, wire: Wire) -> None:
    ev.list_users(timeout=12.5, extra_headers={"X-Trace": "abc"})
    request = wire.requests[-1]
    assert request.extensions["timeout"]["read"] == 12.5 and request.headers["x-trace"] == "abc"
    ev.list_users()
    assert wire.requests[-1].extensions["timeout"]["read"] == evc.DEFAULT_TIMEOUT.read


def test_generated_functions_share_the_facades_pool_and_auth(ev_url: str, server_url: str, token_url: str) -> None:
    with ExecVision("ev-admin", "ev-admin-secret", base_url=ev_url, rate_limiter=None) as ev:
        users = list_users.sync(client=ev.generated)
        assert isinstance(users, list) and users and ev.generated.get_httpx_client() is ev._http
    with Cresta(client_id="acme-client", client_secret="acme-secret", token_url=token_url, base_url=server_url) as c:
        response = get_conversation.sync_detailed("acme", "default", "conv-1", client=c.generated)
        assert response.status_code == 200


async def test_generated_asyncio_functions_share_the_async_facades_pool(ev_url: str) -> None:
    """The asyncio twin of the test above: the async pool has the base_url too (one `_open`, derived)."""
    async with AsyncExecVision("ev-admin", "ev-admin-secret", base_url=ev_url, rate_limiter=None) as ev:
        users = await list_users.asyncio(client=ev.generated)
        assert isinstance(users, list) and users and ev.generated.get_async_httpx_client() is ev._http

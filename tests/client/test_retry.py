"""Retries: what is retried, how long the client waits, and that non-idempotent calls are
sent once. Faults come from the mock's own injection (X-Mock-Fault) over real HTTP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import cresta_client
import execvision_client as evc
import httpx
import pytest
from cresta_client import AsyncCresta, Cresta
from cresta_client.models import CoachingComment
from execvision_client import AsyncExecVision, ExecVision, RetryPolicy
from execvision_client._core import parse_retry_after

from .conftest import PARENT, Wire

CONV = f"{PARENT}/conversations/conv-1"
T0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _comment(name: str | None = None) -> CoachingComment:
    comment = CoachingComment(
        creator_user_name="customers/acme/users/manager-1",
        create_time=T0,
        update_time=T0,
        message="Nice discovery questions.",
        usecase_name=f"{PARENT}/usecases/sales",
    )
    if name is not None:
        comment.name = name
    return comment


# --- policy --------------------------------------------------------------------------------


def test_backoff_is_exponential_capped_and_jittered() -> None:
    high = RetryPolicy(random=lambda: 0.0)
    assert [high.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    low = RetryPolicy(random=lambda: 1.0)
    assert [low.backoff(n) for n in range(5)] == [0.375, 0.75, 1.5, 3.0, 6.0]


def test_retry_after_seconds_and_http_date() -> None:
    now = datetime(2026, 11, 20, 18, 30, tzinfo=UTC)
    assert parse_retry_after("3", now) == 3.0
    assert parse_retry_after(" 1.5 ", now) == 1.5
    assert parse_retry_after(format_datetime(now + timedelta(seconds=42), usegmt=True), now) == 42.0
    assert parse_retry_after(format_datetime(now - timedelta(seconds=5), usegmt=True), now) == 0.0
    assert parse_retry_after("-4", now) == 0.0
    for junk in (None, "", "soon", "nan", "inf"):
        assert parse_retry_after(junk, now) is None


def test_retry_after_is_capped_and_wins_over_backoff() -> None:
    policy = RetryPolicy(retry_after_max=10.0, random=lambda: 0.0)
    response = httpx.Response(429, headers={"Retry-After": "3"})
    assert policy.delay(0, response) == 3.0
    assert policy.delay(0, httpx.Response(503, headers={"Retry-After": "3600"})) == 10.0
    assert policy.delay(2, httpx.Response(503)) == 2.0


# --- over HTTP -------------------------------------------------------------------------------


def test_503_is_retried_until_it_succeeds(ev: ExecVision, wire: Wire, sleeps: list[float]) -> None:
    wire.fail("status=503", times=2)
    assert ev.list_users()
    assert wire.count("/users") == 3
    assert sleeps == [0.5, 1.0]


async def test_503_is_retried_async(aev: AsyncExecVision, wire: Wire, sleeps: list[float]) -> None:
    wire.fail("status=503", times=2)
    assert await aev.list_users()
    assert wire.count("/users") == 3 and sleeps == [0.5, 1.0]


def test_429_honours_retry_after(cresta: Cresta, wire: Wire, sleeps: list[float]) -> None:
    wire.fail("status=429;retry-after=3", path="/conversations/")
    assert cresta.get_conversation(CONV).name == CONV
    assert wire.count("/conversations/") == 2
    assert sleeps == [3.0]


async def test_429_honours_retry_after_async(acresta: AsyncCresta, wire: Wire, sleeps: list[float]) -> None:
    wire.fail("status=429;retry-after=2", path="/conversations/")
    assert (await acresta.get_conversation(CONV)).name == CONV
    assert sleeps == [2.0]


def test_retries_give_up_after_max_retries(ev: ExecVision, wire: Wire, sleeps: list[float]) -> None:
    wire.fail("status=502", times=10)
    with pytest.raises(evc.InternalServerError) as caught:
        ev.list_teams()
    assert caught.value.status_code == 502 and wire.count() == 3 and len(sleeps) == 2
    wire.requests.clear()
    with pytest.raises(evc.InternalServerError):
        ev.list_teams(max_retries=0)
    assert wire.count() == 1
    wire.requests.clear()
    assert ev.with_options(max_retries=6).list_teams() and wire.count() == 7  # 6 faults were left


@pytest.mark.parametrize("status", [408, 500, 504])
def test_every_retryable_status_is_retried(ev: ExecVision, wire: Wire, status: int) -> None:
    wire.fail(f"status={status}")
    assert ev.list_departments() and wire.count() == 2


def test_4xx_is_not_retried(ev: ExecVision, wire: Wire) -> None:
    wire.fail("status=400")
    with pytest.raises(evc.BadRequestError):
        ev.list_users()
    assert wire.count() == 1


def test_dropped_connection_and_timeout_are_retried(ev: ExecVision, wire: Wire) -> None:
    wire.fail("drop")
    assert ev.list_topics() and wire.count() == 2
    wire.requests.clear()
    wire.fail("latency=2s")
    assert ev.list_topics(timeout=0.3) and wire.count() == 2


def test_non_idempotent_create_is_sent_once(cresta: Cresta, wire: Wire, mock: object) -> None:
    wire.fail("status=503", path="/coachingComments")
    with pytest.raises(cresta_client.InternalServerError):
        cresta.create_coaching_comment(PARENT, _comment())
    assert wire.count("/coachingComments") == 1
    wire.fail("drop", path="/coachingComments")
    with pytest.raises(cresta_client.APIConnectionError):
        cresta.create_coaching_comment(PARENT, _comment())
    assert wire.count("/coachingComments") == 2


async def test_non_idempotent_create_is_sent_once_async(acresta: AsyncCresta, wire: Wire) -> None:
    wire.fail("status=500", path="/coachingComments")
    with pytest.raises(cresta_client.InternalServerError):
        await acresta.create_coaching_comment(PARENT, _comment())
    assert wire.count("/coachingComments") == 1


def test_create_with_a_name_is_retried(cresta: Cresta, wire: Wire) -> None:
    name = f"{PARENT}/coachingComments/retry-me"
    wire.fail("status=503", path="/coachingComments")
    created = cresta.create_coaching_comment(PARENT, _comment(name))
    assert created.name == name
    assert wire.count("/coachingComments") == 2


def test_idempotent_posts_and_patch_are_retried(cresta: Cresta, wire: Wire) -> None:
    wire.fail("status=503", path=":retrieveTotalAgentQuota")
    quota = cresta.retrieve_total_agent_quota(f"{PARENT}/scorecardTemplates/qa-template@rev-1")
    assert quota.total_agent_quota >= 0 and wire.count(":retrieveTotalAgentQuota") == 2
    wire.fail("status=503", path="/targets/")
    updated = cresta.update_target(
        f"{PARENT}/targets/target-1",
        scorecard_template_name=f"{PARENT}/scorecardTemplates/qa-template",
        target=85.0,
        usecase_name=f"{PARENT}/usecases/sales",
    )
    assert updated.target == 85.0 and wire.count("/targets/") == 2


def test_client_default_max_retries(ev_url: str, sleeps: list[float]) -> None:
    seen: list[httpx.Request] = []
    with httpx.Client(event_hooks={"request": [seen.append]}) as http:
        policy = RetryPolicy(backoff_base=0.0, sleep=sleeps.append)
        client = ExecVision("ev-admin", "ev-admin-secret", base_url=ev_url, rate_limiter=None, http_client=http)
        assert client.max_retries == 2
        client = ExecVision(
            "ev-admin", "ev-admin-secret", base_url=ev_url, rate_limiter=None, http_client=http, retry=policy,
            max_retries=4,
        )  # fmt: skip
        with pytest.raises(evc.InternalServerError):
            client.list_users(extra_headers={"X-Mock-Fault": "status=500"})
        assert len(seen) == 5 and sleeps == [0.0] * 4

"""`ExecVision` and `AsyncExecVision`: every operation of ExecVision Conversation Intelligence API,
plus `iter_*` paging helpers.

Written by the generator (generator/facades/) from spec/execvision.yaml, the API registry and
overrides/execvision/facade.yaml: do not edit, change those and regenerate.

Methods return the generated models (or what the policy table's parsers return) and raise
APIError subclasses; every method takes per-call options (`timeout=`, `max_retries=`,
`extra_headers=`, `extra_query=`; any other keyword is a TypeError). Idempotent operations are
retried (see `_spec_rules`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Unpack

import httpx

from ._arguments import RateLimitArg, field_equals, make_rate_limiter
from ._core import (
    DEFAULT_MAX_RETRIES,
    AsyncAPIClient,
    RequestOptions,
    RetryPolicy,
    SyncAPIClient,
    TimeoutTypes,
    check_options,
    iterate,
    iterate_async,
    optional,
    raw_response_wrapper,
    raw_response_wrapper_async,
)
from ._fast_decode import parse_call, parse_calls, parse_transcript
from ._fast_models import Call, SimplifiedTranscript
from ._since_paging import Since, SinceCursor, SinceLastIdCursor, since_param
from ._spec_rules import IDEMPOTENT_OPERATIONS, X_MAX_LIMIT_WHEN, X_RATE_LIMIT
from .api.calls import delete_call as _delete_call
from .api.calls import get_call as _get_call
from .api.calls import list_calls as _list_calls
from .api.calls import list_deleted_calls as _list_deleted_calls
from .api.calls import search_calls as _search_calls
from .api.check import check_access as _check_access
from .api.departments import list_departments as _list_departments
from .api.feedback import list_feedback as _list_feedback
from .api.kpis import get_kpi as _get_kpi
from .api.kpis import list_kpis as _list_kpis
from .api.listens import list_listens as _list_listens
from .api.meetings import list_meetings as _list_meetings
from .api.plans import list_plans as _list_plans
from .api.scorecards import get_scorecard as _get_scorecard
from .api.scores import list_scores as _list_scores
from .api.shares import list_shares as _list_shares
from .api.teams import list_teams as _list_teams
from .api.topics import list_call_topics as _list_call_topics
from .api.topics import list_topics as _list_topics
from .api.transcripts import get_transcript as _get_transcript
from .api.users import list_users as _list_users
from .models import (
    DeletedCall,
    Department,
    Error,
    Feedback,
    KpiDefinition,
    KpiObservation,
    Listen,
    Meeting,
    Plan,
    Score,
    ScorecardQuestion,
    Share,
    Team,
    TopicDefinition,
    TopicMatch,
    User,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "AsyncExecVision",
    "AsyncExecVisionWithRawResponse",
    "ExecVision",
    "ExecVisionWithRawResponse",
]

DEFAULT_BASE_URL = "https://users.execvision.io/api/ev/2"
# Over-limit requests are queued before an answer: the read timeout outlasts the queue.
DEFAULT_TIMEOUT = httpx.Timeout(float(X_RATE_LIMIT["queueTimeoutSeconds"]) + 30.0, connect=10.0)


class ExecVision(SyncAPIClient[Error]):
    """Blocking client of ExecVision Conversation Intelligence API.

    Auth: `user_id` / `password`: the HTTP Basic credentials. `max_retries` (default 2) applies to
    idempotent operations; `retry` sets the backoff; `timeout` the default timeout; `http_client`
    replaces the connection pool. `rate_limiter`: "vendor" (default: the documented windows), a
    number (a fixed requests/s), a RateLimiter (e.g. one shared between clients), or None (off).
    """

    def __init__(
        self,
        user_id: str,
        password: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimitArg = "vendor",
        http_client: httpx.Client | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.auth = httpx.BasicAuth(user_id, password)
        self.rate_limiter = make_rate_limiter(rate_limiter)
        self._setup(
            base_url=base_url,
            auth=self.auth,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            throttle=self.rate_limiter,
            error_model=Error,
            idempotent_operations=IDEMPOTENT_OPERATIONS,
        )
        self._open(http_client, self.auth, headers)

    @property
    def with_raw_response(self) -> ExecVisionWithRawResponse:
        """The same methods, returning an APIResponse: `.status_code`, `.headers` and `.parse()` (the
        method's result), after the same retries and rate limiting."""
        return ExecVisionWithRawResponse(self)

    def check_access(self, **options: Unpack[RequestOptions]) -> None:
        """Check access and connectivity."""
        check_options("check_access", options)
        kwargs = _check_access._get_kwargs()
        self._call("checkAccess", kwargs, _check_access._parse_response, options)

    def list_users(self, **options: Unpack[RequestOptions]) -> list[User]:
        """List active users."""
        check_options("list_users", options)
        kwargs = _list_users._get_kwargs()
        return self._call("listUsers", kwargs, _list_users._parse_response, options)

    def list_teams(self, **options: Unpack[RequestOptions]) -> list[Team]:
        """List active teams."""
        check_options("list_teams", options)
        kwargs = _list_teams._get_kwargs()
        return self._call("listTeams", kwargs, _list_teams._parse_response, options)

    def list_departments(self, **options: Unpack[RequestOptions]) -> list[Department]:
        """List active departments."""
        check_options("list_departments", options)
        kwargs = _list_departments._get_kwargs()
        return self._call("listDepartments", kwargs, _list_departments._parse_response, options)

    def list_calls(
        self,
        since: Since,
        *,
        limit: int = 100,
        last_id: str | None = None,
        include_transcripts: bool = False,
        include_crm_matches: bool = False,
        render_templates: bool = False,
        **options: Unpack[RequestOptions],
    ) -> list[Call]:
        """List calls changed since a time."""
        check_options("list_calls", options)
        kwargs = _list_calls._get_kwargs(
            since=since_param(since),
            limit=limit,
            last_id=optional(last_id),
            include_transcripts=include_transcripts,
            include_crm_matches=include_crm_matches,
            render_templates=render_templates,
        )
        return self._call("listCalls", kwargs, parse_calls, options)

    def iter_calls(
        self,
        since: Since,
        *,
        page_size: int | None = None,
        include_transcripts: bool = False,
        include_crm_matches: bool = False,
        render_templates: bool = False,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Call]:
        """Every item of `list_calls` from `since` on, page after page (sinceLastId paging)."""
        check_options("iter_calls", options)
        size = 1000 if page_size is None else page_size  # 0 is refused, not the maximum
        if render_templates:  # x-max-limit-when
            size = min(size, X_MAX_LIMIT_WHEN["listCalls"]["maximum"])

        def page(since: str, last_id: str | None) -> list[Call]:
            return self.list_calls(
                since,
                limit=size,
                last_id=last_id,
                include_transcripts=include_transcripts,
                include_crm_matches=include_crm_matches,
                render_templates=render_templates,
                **options,
            )

        return iterate(SinceLastIdCursor[Call]("listCalls", since, size), page)

    def list_deleted_calls(
        self, since: Since, *, limit: int = 100, last_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> list[DeletedCall]:
        """List calls deleted since a time."""
        check_options("list_deleted_calls", options)
        kwargs = _list_deleted_calls._get_kwargs(since=since_param(since), limit=limit, last_id=optional(last_id))
        return self._call("listDeletedCalls", kwargs, _list_deleted_calls._parse_response, options)

    def iter_deleted_calls(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> Iterator[DeletedCall]:
        """Every item of `list_deleted_calls` from `since` on, page after page (sinceLastId paging)."""
        check_options("iter_deleted_calls", options)

        def page(since: str, last_id: str | None) -> list[DeletedCall]:
            return self.list_deleted_calls(since, limit=page_size, last_id=last_id, **options)

        return iterate(SinceLastIdCursor[DeletedCall]("listDeletedCalls", since, page_size), page)

    def search_calls(self, field: str, value: str, **options: Unpack[RequestOptions]) -> list[str]:
        """Search call ids by one metadata field value."""
        check_options("search_calls", options)
        kwargs = _search_calls._get_kwargs(query=field_equals(field, value))
        return self._call("searchCalls", kwargs, _search_calls._parse_response, options)

    def get_call(self, id: str, **options: Unpack[RequestOptions]) -> Call:
        """Look up a call by id."""
        check_options("get_call", options)
        kwargs = _get_call._get_kwargs(id=id)
        return self._call("getCall", kwargs, parse_call, options)

    def delete_call(self, id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a call by id."""
        check_options("delete_call", options)
        kwargs = _delete_call._get_kwargs(id=id)
        self._call("deleteCall", kwargs, _delete_call._parse_response, options)

    def list_call_topics(
        self,
        since: Since,
        *,
        limit: int = 100,
        last_id: str | None = None,
        window_length: float | None = None,
        minimum_matches: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[TopicMatch]:
        """List topic matches in calls changed since a time."""
        check_options("list_call_topics", options)
        kwargs = _list_call_topics._get_kwargs(
            since=since_param(since),
            limit=limit,
            last_id=optional(last_id),
            window_length=optional(window_length),
            minimum_matches=optional(minimum_matches),
        )
        return self._call("listCallTopics", kwargs, _list_call_topics._parse_response, options)

    def iter_call_topics(
        self,
        since: Since,
        *,
        page_size: int = 100,
        window_length: float | None = None,
        minimum_matches: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[TopicMatch]:
        """Every item of `list_call_topics` from `since` on, page after page (sinceLastId paging)."""
        check_options("iter_call_topics", options)

        def page(since: str, last_id: str | None) -> list[TopicMatch]:
            return self.list_call_topics(
                since,
                limit=page_size,
                last_id=last_id,
                window_length=window_length,
                minimum_matches=minimum_matches,
                **options,
            )

        return iterate(SinceLastIdCursor[TopicMatch]("listCallTopics", since, page_size), page)

    def list_listens(self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]) -> list[Listen]:
        """List listens since a date."""
        check_options("list_listens", options)
        kwargs = _list_listens._get_kwargs(since=since_param(since), limit=limit)
        return self._call("listListens", kwargs, _list_listens._parse_response, options)

    def iter_listens(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> Iterator[Listen]:
        """Every item of `list_listens` from `since` on, page after page (since paging)."""
        check_options("iter_listens", options)

        def page(since: str) -> list[Listen]:
            return self.list_listens(since, limit=page_size, **options)

        return iterate(SinceCursor[Listen]("listListens", since, page_size), page)

    def list_scores(self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]) -> list[Score]:
        """List scorecard answers modified since a time."""
        check_options("list_scores", options)
        kwargs = _list_scores._get_kwargs(since=since_param(since), limit=limit)
        return self._call("listScores", kwargs, _list_scores._parse_response, options)

    def iter_scores(self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]) -> Iterator[Score]:
        """Every item of `list_scores` from `since` on, page after page (since paging)."""
        check_options("iter_scores", options)

        def page(since: str) -> list[Score]:
            return self.list_scores(since, limit=page_size, **options)

        return iterate(SinceCursor[Score]("listScores", since, page_size), page)

    def get_scorecard(self, id: str, **options: Unpack[RequestOptions]) -> list[ScorecardQuestion]:
        """Get a scorecard definition."""
        check_options("get_scorecard", options)
        kwargs = _get_scorecard._get_kwargs(id=id)
        return self._call("getScorecard", kwargs, _get_scorecard._parse_response, options)

    def list_topics(self, **options: Unpack[RequestOptions]) -> list[TopicDefinition]:
        """List active topic definitions."""
        check_options("list_topics", options)
        kwargs = _list_topics._get_kwargs()
        return self._call("listTopics", kwargs, _list_topics._parse_response, options)

    def list_feedback(self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]) -> list[Feedback]:
        """List comments and highlights modified since a time."""
        check_options("list_feedback", options)
        kwargs = _list_feedback._get_kwargs(since=since_param(since), limit=limit)
        return self._call("listFeedback", kwargs, _list_feedback._parse_response, options)

    def iter_feedback(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> Iterator[Feedback]:
        """Every item of `list_feedback` from `since` on, page after page (since paging)."""
        check_options("iter_feedback", options)

        def page(since: str) -> list[Feedback]:
            return self.list_feedback(since, limit=page_size, **options)

        return iterate(SinceCursor[Feedback]("listFeedback", since, page_size), page)

    def list_shares(self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]) -> list[Share]:
        """List shares created since a time."""
        check_options("list_shares", options)
        kwargs = _list_shares._get_kwargs(since=since_param(since), limit=limit)
        return self._call("listShares", kwargs, _list_shares._parse_response, options)

    def iter_shares(self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]) -> Iterator[Share]:
        """Every item of `list_shares` from `since` on, page after page (since paging)."""
        check_options("iter_shares", options)

        def page(since: str) -> list[Share]:
            return self.list_shares(since, limit=page_size, **options)

        return iterate(SinceCursor[Share]("listShares", since, page_size), page)

    def list_meetings(self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]) -> list[Meeting]:
        """List coaching meetings modified since a time."""
        check_options("list_meetings", options)
        kwargs = _list_meetings._get_kwargs(since=since_param(since), limit=limit)
        return self._call("listMeetings", kwargs, _list_meetings._parse_response, options)

    def iter_meetings(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> Iterator[Meeting]:
        """Every item of `list_meetings` from `since` on, page after page (since paging)."""
        check_options("iter_meetings", options)

        def page(since: str) -> list[Meeting]:
            return self.list_meetings(since, limit=page_size, **options)

        return iterate(SinceCursor[Meeting]("listMeetings", since, page_size), page)

    def list_plans(self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]) -> list[Plan]:
        """List coaching plans modified since a time."""
        check_options("list_plans", options)
        kwargs = _list_plans._get_kwargs(since=since_param(since), limit=limit)
        return self._call("listPlans", kwargs, _list_plans._parse_response, options)

    def iter_plans(self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]) -> Iterator[Plan]:
        """Every item of `list_plans` from `since` on, page after page (since paging)."""
        check_options("iter_plans", options)

        def page(since: str) -> list[Plan]:
            return self.list_plans(since, limit=page_size, **options)

        return iterate(SinceCursor[Plan]("listPlans", since, page_size), page)

    def list_kpis(self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]) -> list[KpiObservation]:
        """List KPI observations modified since a time."""
        check_options("list_kpis", options)
        kwargs = _list_kpis._get_kwargs(since=since_param(since), limit=limit)
        return self._call("listKpis", kwargs, _list_kpis._parse_response, options)

    def iter_kpis(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> Iterator[KpiObservation]:
        """Every item of `list_kpis` from `since` on, page after page (since paging)."""
        check_options("iter_kpis", options)

        def page(since: str) -> list[KpiObservation]:
            return self.list_kpis(since, limit=page_size, **options)

        return iterate(SinceCursor[KpiObservation]("listKpis", since, page_size), page)

    def get_kpi(self, id: int, **options: Unpack[RequestOptions]) -> KpiDefinition:
        """Get a KPI definition."""
        check_options("get_kpi", options)
        kwargs = _get_kpi._get_kwargs(id=id)
        return self._call("getKpi", kwargs, _get_kpi._parse_response, options)

    def get_transcript(self, id: str, **options: Unpack[RequestOptions]) -> SimplifiedTranscript:
        """Get a simplified transcript by call id."""
        check_options("get_transcript", options)
        kwargs = _get_transcript._get_kwargs(id=id)
        return self._call("getTranscript", kwargs, parse_transcript, options)


class ExecVisionWithRawResponse:
    """`ExecVision.with_raw_response`: every operation method, returning an APIResponse."""

    def __init__(self, client: ExecVision) -> None:
        self.check_access = raw_response_wrapper(client.check_access)
        self.list_users = raw_response_wrapper(client.list_users)
        self.list_teams = raw_response_wrapper(client.list_teams)
        self.list_departments = raw_response_wrapper(client.list_departments)
        self.list_calls = raw_response_wrapper(client.list_calls)
        self.list_deleted_calls = raw_response_wrapper(client.list_deleted_calls)
        self.search_calls = raw_response_wrapper(client.search_calls)
        self.get_call = raw_response_wrapper(client.get_call)
        self.delete_call = raw_response_wrapper(client.delete_call)
        self.list_call_topics = raw_response_wrapper(client.list_call_topics)
        self.list_listens = raw_response_wrapper(client.list_listens)
        self.list_scores = raw_response_wrapper(client.list_scores)
        self.get_scorecard = raw_response_wrapper(client.get_scorecard)
        self.list_topics = raw_response_wrapper(client.list_topics)
        self.list_feedback = raw_response_wrapper(client.list_feedback)
        self.list_shares = raw_response_wrapper(client.list_shares)
        self.list_meetings = raw_response_wrapper(client.list_meetings)
        self.list_plans = raw_response_wrapper(client.list_plans)
        self.list_kpis = raw_response_wrapper(client.list_kpis)
        self.get_kpi = raw_response_wrapper(client.get_kpi)
        self.get_transcript = raw_response_wrapper(client.get_transcript)


class AsyncExecVision(AsyncAPIClient[Error]):
    """The asyncio twin of `ExecVision` (same arguments; `http_client` is an httpx.AsyncClient).

    Auth: `user_id` / `password`: the HTTP Basic credentials. `max_retries` (default 2) applies to
    idempotent operations; `retry` sets the backoff; `timeout` the default timeout; `http_client`
    replaces the connection pool. `rate_limiter`: "vendor" (default: the documented windows), a
    number (a fixed requests/s), a RateLimiter (e.g. one shared between clients), or None (off).
    """

    def __init__(
        self,
        user_id: str,
        password: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimitArg = "vendor",
        http_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.auth = httpx.BasicAuth(user_id, password)
        self.rate_limiter = make_rate_limiter(rate_limiter)
        self._setup(
            base_url=base_url,
            auth=self.auth,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            throttle=self.rate_limiter,
            error_model=Error,
            idempotent_operations=IDEMPOTENT_OPERATIONS,
        )
        self._open(http_client, self.auth, headers)

    @property
    def with_raw_response(self) -> AsyncExecVisionWithRawResponse:
        """The same methods, returning an APIResponse: `.status_code`, `.headers` and `.parse()` (the
        method's result), after the same retries and rate limiting."""
        return AsyncExecVisionWithRawResponse(self)

    async def check_access(self, **options: Unpack[RequestOptions]) -> None:
        """Check access and connectivity."""
        check_options("check_access", options)
        kwargs = _check_access._get_kwargs()
        await self._call("checkAccess", kwargs, _check_access._parse_response, options)

    async def list_users(self, **options: Unpack[RequestOptions]) -> list[User]:
        """List active users."""
        check_options("list_users", options)
        kwargs = _list_users._get_kwargs()
        return await self._call("listUsers", kwargs, _list_users._parse_response, options)

    async def list_teams(self, **options: Unpack[RequestOptions]) -> list[Team]:
        """List active teams."""
        check_options("list_teams", options)
        kwargs = _list_teams._get_kwargs()
        return await self._call("listTeams", kwargs, _list_teams._parse_response, options)

    async def list_departments(self, **options: Unpack[RequestOptions]) -> list[Department]:
        """List active departments."""
        check_options("list_departments", options)
        kwargs = _list_departments._get_kwargs()
        return await self._call("listDepartments", kwargs, _list_departments._parse_response, options)

    async def list_calls(
        self,
        since: Since,
        *,
        limit: int = 100,
        last_id: str | None = None,
        include_transcripts: bool = False,
        include_crm_matches: bool = False,
        render_templates: bool = False,
        **options: Unpack[RequestOptions],
    ) -> list[Call]:
        """List calls changed since a time."""
        check_options("list_calls", options)
        kwargs = _list_calls._get_kwargs(
            since=since_param(since),
            limit=limit,
            last_id=optional(last_id),
            include_transcripts=include_transcripts,
            include_crm_matches=include_crm_matches,
            render_templates=render_templates,
        )
        return await self._call("listCalls", kwargs, parse_calls, options)

    def iter_calls(
        self,
        since: Since,
        *,
        page_size: int | None = None,
        include_transcripts: bool = False,
        include_crm_matches: bool = False,
        render_templates: bool = False,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Call]:
        """Every item of `list_calls` from `since` on, page after page (sinceLastId paging)."""
        check_options("iter_calls", options)
        size = 1000 if page_size is None else page_size  # 0 is refused, not the maximum
        if render_templates:  # x-max-limit-when
            size = min(size, X_MAX_LIMIT_WHEN["listCalls"]["maximum"])

        async def page(since: str, last_id: str | None) -> list[Call]:
            return await self.list_calls(
                since,
                limit=size,
                last_id=last_id,
                include_transcripts=include_transcripts,
                include_crm_matches=include_crm_matches,
                render_templates=render_templates,
                **options,
            )

        return iterate_async(SinceLastIdCursor[Call]("listCalls", since, size), page)

    async def list_deleted_calls(
        self, since: Since, *, limit: int = 100, last_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> list[DeletedCall]:
        """List calls deleted since a time."""
        check_options("list_deleted_calls", options)
        kwargs = _list_deleted_calls._get_kwargs(since=since_param(since), limit=limit, last_id=optional(last_id))
        return await self._call("listDeletedCalls", kwargs, _list_deleted_calls._parse_response, options)

    def iter_deleted_calls(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[DeletedCall]:
        """Every item of `list_deleted_calls` from `since` on, page after page (sinceLastId paging)."""
        check_options("iter_deleted_calls", options)

        async def page(since: str, last_id: str | None) -> list[DeletedCall]:
            return await self.list_deleted_calls(since, limit=page_size, last_id=last_id, **options)

        return iterate_async(SinceLastIdCursor[DeletedCall]("listDeletedCalls", since, page_size), page)

    async def search_calls(self, field: str, value: str, **options: Unpack[RequestOptions]) -> list[str]:
        """Search call ids by one metadata field value."""
        check_options("search_calls", options)
        kwargs = _search_calls._get_kwargs(query=field_equals(field, value))
        return await self._call("searchCalls", kwargs, _search_calls._parse_response, options)

    async def get_call(self, id: str, **options: Unpack[RequestOptions]) -> Call:
        """Look up a call by id."""
        check_options("get_call", options)
        kwargs = _get_call._get_kwargs(id=id)
        return await self._call("getCall", kwargs, parse_call, options)

    async def delete_call(self, id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a call by id."""
        check_options("delete_call", options)
        kwargs = _delete_call._get_kwargs(id=id)
        await self._call("deleteCall", kwargs, _delete_call._parse_response, options)

    async def list_call_topics(
        self,
        since: Since,
        *,
        limit: int = 100,
        last_id: str | None = None,
        window_length: float | None = None,
        minimum_matches: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[TopicMatch]:
        """List topic matches in calls changed since a time."""
        check_options("list_call_topics", options)
        kwargs = _list_call_topics._get_kwargs(
            since=since_param(since),
            limit=limit,
            last_id=optional(last_id),
            window_length=optional(window_length),
            minimum_matches=optional(minimum_matches),
        )
        return await self._call("listCallTopics", kwargs, _list_call_topics._parse_response, options)

    def iter_call_topics(
        self,
        since: Since,
        *,
        page_size: int = 100,
        window_length: float | None = None,
        minimum_matches: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[TopicMatch]:
        """Every item of `list_call_topics` from `since` on, page after page (sinceLastId paging)."""
        check_options("iter_call_topics", options)

        async def page(since: str, last_id: str | None) -> list[TopicMatch]:
            return await self.list_call_topics(
                since,
                limit=page_size,
                last_id=last_id,
                window_length=window_length,
                minimum_matches=minimum_matches,
                **options,
            )

        return iterate_async(SinceLastIdCursor[TopicMatch]("listCallTopics", since, page_size), page)

    async def list_listens(self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]) -> list[Listen]:
        """List listens since a date."""
        check_options("list_listens", options)
        kwargs = _list_listens._get_kwargs(since=since_param(since), limit=limit)
        return await self._call("listListens", kwargs, _list_listens._parse_response, options)

    def iter_listens(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[Listen]:
        """Every item of `list_listens` from `since` on, page after page (since paging)."""
        check_options("iter_listens", options)

        async def page(since: str) -> list[Listen]:
            return await self.list_listens(since, limit=page_size, **options)

        return iterate_async(SinceCursor[Listen]("listListens", since, page_size), page)

    async def list_scores(self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]) -> list[Score]:
        """List scorecard answers modified since a time."""
        check_options("list_scores", options)
        kwargs = _list_scores._get_kwargs(since=since_param(since), limit=limit)
        return await self._call("listScores", kwargs, _list_scores._parse_response, options)

    def iter_scores(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[Score]:
        """Every item of `list_scores` from `since` on, page after page (since paging)."""
        check_options("iter_scores", options)

        async def page(since: str) -> list[Score]:
            return await self.list_scores(since, limit=page_size, **options)

        return iterate_async(SinceCursor[Score]("listScores", since, page_size), page)

    async def get_scorecard(self, id: str, **options: Unpack[RequestOptions]) -> list[ScorecardQuestion]:
        """Get a scorecard definition."""
        check_options("get_scorecard", options)
        kwargs = _get_scorecard._get_kwargs(id=id)
        return await self._call("getScorecard", kwargs, _get_scorecard._parse_response, options)

    async def list_topics(self, **options: Unpack[RequestOptions]) -> list[TopicDefinition]:
        """List active topic definitions."""
        check_options("list_topics", options)
        kwargs = _list_topics._get_kwargs()
        return await self._call("listTopics", kwargs, _list_topics._parse_response, options)

    async def list_feedback(
        self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]
    ) -> list[Feedback]:
        """List comments and highlights modified since a time."""
        check_options("list_feedback", options)
        kwargs = _list_feedback._get_kwargs(since=since_param(since), limit=limit)
        return await self._call("listFeedback", kwargs, _list_feedback._parse_response, options)

    def iter_feedback(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[Feedback]:
        """Every item of `list_feedback` from `since` on, page after page (since paging)."""
        check_options("iter_feedback", options)

        async def page(since: str) -> list[Feedback]:
            return await self.list_feedback(since, limit=page_size, **options)

        return iterate_async(SinceCursor[Feedback]("listFeedback", since, page_size), page)

    async def list_shares(self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]) -> list[Share]:
        """List shares created since a time."""
        check_options("list_shares", options)
        kwargs = _list_shares._get_kwargs(since=since_param(since), limit=limit)
        return await self._call("listShares", kwargs, _list_shares._parse_response, options)

    def iter_shares(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[Share]:
        """Every item of `list_shares` from `since` on, page after page (since paging)."""
        check_options("iter_shares", options)

        async def page(since: str) -> list[Share]:
            return await self.list_shares(since, limit=page_size, **options)

        return iterate_async(SinceCursor[Share]("listShares", since, page_size), page)

    async def list_meetings(
        self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]
    ) -> list[Meeting]:
        """List coaching meetings modified since a time."""
        check_options("list_meetings", options)
        kwargs = _list_meetings._get_kwargs(since=since_param(since), limit=limit)
        return await self._call("listMeetings", kwargs, _list_meetings._parse_response, options)

    def iter_meetings(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[Meeting]:
        """Every item of `list_meetings` from `since` on, page after page (since paging)."""
        check_options("iter_meetings", options)

        async def page(since: str) -> list[Meeting]:
            return await self.list_meetings(since, limit=page_size, **options)

        return iterate_async(SinceCursor[Meeting]("listMeetings", since, page_size), page)

    async def list_plans(self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]) -> list[Plan]:
        """List coaching plans modified since a time."""
        check_options("list_plans", options)
        kwargs = _list_plans._get_kwargs(since=since_param(since), limit=limit)
        return await self._call("listPlans", kwargs, _list_plans._parse_response, options)

    def iter_plans(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[Plan]:
        """Every item of `list_plans` from `since` on, page after page (since paging)."""
        check_options("iter_plans", options)

        async def page(since: str) -> list[Plan]:
            return await self.list_plans(since, limit=page_size, **options)

        return iterate_async(SinceCursor[Plan]("listPlans", since, page_size), page)

    async def list_kpis(
        self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]
    ) -> list[KpiObservation]:
        """List KPI observations modified since a time."""
        check_options("list_kpis", options)
        kwargs = _list_kpis._get_kwargs(since=since_param(since), limit=limit)
        return await self._call("listKpis", kwargs, _list_kpis._parse_response, options)

    def iter_kpis(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[KpiObservation]:
        """Every item of `list_kpis` from `since` on, page after page (since paging)."""
        check_options("iter_kpis", options)

        async def page(since: str) -> list[KpiObservation]:
            return await self.list_kpis(since, limit=page_size, **options)

        return iterate_async(SinceCursor[KpiObservation]("listKpis", since, page_size), page)

    async def get_kpi(self, id: int, **options: Unpack[RequestOptions]) -> KpiDefinition:
        """Get a KPI definition."""
        check_options("get_kpi", options)
        kwargs = _get_kpi._get_kwargs(id=id)
        return await self._call("getKpi", kwargs, _get_kpi._parse_response, options)

    async def get_transcript(self, id: str, **options: Unpack[RequestOptions]) -> SimplifiedTranscript:
        """Get a simplified transcript by call id."""
        check_options("get_transcript", options)
        kwargs = _get_transcript._get_kwargs(id=id)
        return await self._call("getTranscript", kwargs, parse_transcript, options)


class AsyncExecVisionWithRawResponse:
    """`AsyncExecVision.with_raw_response`: every operation method, returning an APIResponse."""

    def __init__(self, client: AsyncExecVision) -> None:
        self.check_access = raw_response_wrapper_async(client.check_access)
        self.list_users = raw_response_wrapper_async(client.list_users)
        self.list_teams = raw_response_wrapper_async(client.list_teams)
        self.list_departments = raw_response_wrapper_async(client.list_departments)
        self.list_calls = raw_response_wrapper_async(client.list_calls)
        self.list_deleted_calls = raw_response_wrapper_async(client.list_deleted_calls)
        self.search_calls = raw_response_wrapper_async(client.search_calls)
        self.get_call = raw_response_wrapper_async(client.get_call)
        self.delete_call = raw_response_wrapper_async(client.delete_call)
        self.list_call_topics = raw_response_wrapper_async(client.list_call_topics)
        self.list_listens = raw_response_wrapper_async(client.list_listens)
        self.list_scores = raw_response_wrapper_async(client.list_scores)
        self.get_scorecard = raw_response_wrapper_async(client.get_scorecard)
        self.list_topics = raw_response_wrapper_async(client.list_topics)
        self.list_feedback = raw_response_wrapper_async(client.list_feedback)
        self.list_shares = raw_response_wrapper_async(client.list_shares)
        self.list_meetings = raw_response_wrapper_async(client.list_meetings)
        self.list_plans = raw_response_wrapper_async(client.list_plans)
        self.list_kpis = raw_response_wrapper_async(client.list_kpis)
        self.get_kpi = raw_response_wrapper_async(client.get_kpi)
        self.get_transcript = raw_response_wrapper_async(client.get_transcript)

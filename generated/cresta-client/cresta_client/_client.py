"""`Cresta` and `AsyncCresta`: every operation of Cresta API (CoachingService, ConversationService),
plus `iter_*` paging helpers.

Written by the generator (generator/facades/) from spec/cresta.yaml, the API registry and
overrides/cresta/facade.yaml: do not edit, change those and regenerate.

Methods return the generated models (or what the policy table's parsers return) and raise
APIError subclasses; every method takes per-call options (`timeout=`, `max_retries=`,
`extra_headers=`, `extra_query=`; any other keyword is a TypeError). Idempotent operations are
retried (see `_spec_rules`).
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Unpack

import httpx

from ._arguments import names, with_page_token
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
from ._names import (
    CoachingPlanName,
    ConversationName,
    MessageName,
    MomentName,
    ProfileName,
    ScorecardTemplateName,
    TargetName,
    UsecaseName,
)
from ._oauth import make_auth
from ._spec_rules import IDEMPOTENT_OPERATIONS
from ._token_paging import PageTokenCursor
from .api.coaching_service import create_coaching_comment as _create_coaching_comment
from .api.coaching_service import delete_target as _delete_target
from .api.coaching_service import list_coaching_comments as _list_coaching_comments
from .api.coaching_service import retrieve_total_agent_quota as _retrieve_total_agent_quota
from .api.coaching_service import update_target as _update_target
from .api.conversation_service import delete_conversation as _delete_conversation
from .api.conversation_service import get_conversation as _get_conversation
from .api.conversation_service import list_suggestion_usage as _list_suggestion_usage
from .api.conversation_service import redact_conversation_message as _redact_conversation_message
from .api.conversation_service import sample_conversations as _sample_conversations
from .models import (
    CoachingComment,
    CoachingTarget,
    Conversation,
    ConversationMessage,
    ListCoachingCommentsResponse,
    ListSuggestionUsageRequest,
    ListSuggestionUsageResponse,
    RedactConversationMessageRequest,
    RetrieveTotalAgentQuotaRequest,
    RetrieveTotalAgentQuotaResponse,
    RpcStatus,
    SampleConversationsRequest,
    SampleConversationsResponse,
    SampledConversation,
    SuggestionUsage,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "AsyncCresta",
    "AsyncCrestaWithRawResponse",
    "Cresta",
    "CrestaWithRawResponse",
]

DEFAULT_BASE_URL = "https://api.us-west-2-prod.cresta.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


class Cresta(SyncAPIClient[RpcStatus]):
    """Blocking client of Cresta API (CoachingService, ConversationService).

    Auth: `client_id` + `client_secret` + `token_url` (OAuth2 client credentials: the token is
    cached until shortly before it expires and refreshed once on a 401), or `token` (a static bearer
    token), or any `auth` (an httpx.Auth). `max_retries` (default 2) applies to idempotent
    operations; `retry` sets the backoff; `timeout` the default timeout; `http_client` replaces the
    connection pool.
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
        token: str | None = None,
        auth: httpx.Auth | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.auth = make_auth(
            client_id=client_id, client_secret=client_secret, token_url=token_url, token=token, auth=auth
        )
        self._setup(
            base_url=base_url,
            auth=self.auth,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            throttle=None,
            error_model=RpcStatus,
            idempotent_operations=IDEMPOTENT_OPERATIONS,
        )
        self._open(http_client, self.auth, headers)

    @property
    def with_raw_response(self) -> CrestaWithRawResponse:
        """The same methods, returning an APIResponse: `.status_code`, `.headers` and `.parse()` (the
        method's result), after the same retries and rate limiting."""
        return CrestaWithRawResponse(self)

    def delete_target(self, name: str | TargetName, **options: Unpack[RequestOptions]) -> None:
        """Delete a target."""
        check_options("delete_target", options)
        name_ = TargetName.parse(name)
        kwargs = _delete_target._get_kwargs(
            customer_id=name_.path_id("customer_id"),
            profile_id=name_.path_id("profile_id"),
            target_id=name_.path_id("target_id"),
        )
        self._call("deleteTarget", kwargs, _delete_target._parse_response, options)

    def update_target(
        self,
        name: str | TargetName,
        *,
        scorecard_template_name: str | ScorecardTemplateName,
        target: float,
        usecase_name: str | UsecaseName,
        criterion_or_chapter_id: str | None = None,
        coaching_plan_name: str | CoachingPlanName | None = None,
        create_time: datetime.datetime | None = None,
        update_time: datetime.datetime | None = None,
        qa_score: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CoachingTarget:
        """Update a target."""
        check_options("update_target", options)
        name_ = TargetName.parse(name)
        kwargs = _update_target._get_kwargs(
            customer_id=name_.path_id("customer_id"),
            profile_id=name_.path_id("profile_id"),
            target_id=name_.path_id("target_id"),
            target_scorecard_template_name=str(scorecard_template_name),
            target_target=target,
            target_usecase_name=str(usecase_name),
            target_criterion_or_chapter_id=optional(criterion_or_chapter_id),
            target_coaching_plan_name=optional(None if coaching_plan_name is None else str(coaching_plan_name)),
            target_create_time=optional(create_time),
            target_update_time=optional(update_time),
            target_qa_score=optional(qa_score),
        )
        found = self._call("updateTarget", kwargs, _update_target._parse_response, options)
        return found.target

    def list_coaching_comments(
        self,
        parent: str | ProfileName,
        *,
        usecase_names: Sequence[str | UsecaseName] | str | UsecaseName,
        page_size: int | None = None,
        page_token: str | None = None,
        thread_ids: Sequence[str] | None = None,
        coaching_plan_names: Sequence[str | CoachingPlanName] | None = None,
        **options: Unpack[RequestOptions],
    ) -> ListCoachingCommentsResponse:
        """Get a list of coaching comments."""
        check_options("list_coaching_comments", options)
        parent_ = ProfileName.parse(parent)
        kwargs = _list_coaching_comments._get_kwargs(
            customer_id=parent_.path_id("customer_id"),
            profile_id=parent_.path_id("profile_id"),
            usecase_names=names(usecase_names),
            page_size=optional(page_size),
            page_token=optional(page_token),
            thread_ids=optional(None if thread_ids is None else list(thread_ids)),
            coaching_plan_names=names(coaching_plan_names),
        )
        return self._call("listCoachingComments", kwargs, _list_coaching_comments._parse_response, options)

    def iter_coaching_comments(
        self,
        parent: str | ProfileName,
        *,
        usecase_names: Sequence[str | UsecaseName] | str | UsecaseName,
        page_size: int | None = None,
        thread_ids: Sequence[str] | None = None,
        coaching_plan_names: Sequence[str | CoachingPlanName] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[CoachingComment]:
        """Every item of `list_coaching_comments`, following `nextPageToken` page after page."""
        check_options("iter_coaching_comments", options)

        def page(page_token: str | None) -> ListCoachingCommentsResponse:
            return self.list_coaching_comments(
                parent,
                usecase_names=usecase_names,
                page_size=page_size,
                thread_ids=thread_ids,
                coaching_plan_names=coaching_plan_names,
                page_token=page_token,
                **options,
            )

        return iterate(PageTokenCursor[CoachingComment]("listCoachingComments"), page)

    def create_coaching_comment(
        self, parent: str | ProfileName, comment: CoachingComment, **options: Unpack[RequestOptions]
    ) -> CoachingComment:
        """Create a coaching comment."""
        check_options("create_coaching_comment", options)
        parent_ = ProfileName.parse(parent)
        kwargs = _create_coaching_comment._get_kwargs(
            customer_id=parent_.path_id("customer_id"), profile_id=parent_.path_id("profile_id"), body=comment
        )
        found = self._call(
            "createCoachingComment",
            kwargs,
            _create_coaching_comment._parse_response,
            options,
            idempotent=bool(comment.name),
        )
        return found.coaching_comment

    def retrieve_total_agent_quota(
        self,
        scorecard_template_name: str | ScorecardTemplateName,
        body: RetrieveTotalAgentQuotaRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> RetrieveTotalAgentQuotaResponse:
        """Retrieve the total agent quota of a scorecard template."""
        check_options("retrieve_total_agent_quota", options)
        scorecard_template_name_ = ScorecardTemplateName.parse(scorecard_template_name)
        kwargs = _retrieve_total_agent_quota._get_kwargs(
            customer_id=scorecard_template_name_.path_id("customer_id"),
            profile_id=scorecard_template_name_.path_id("profile_id"),
            scorecard_template_id=scorecard_template_name_.path_id("scorecard_template_id"),
            revision_id=scorecard_template_name_.path_id("revision_id"),
            body=body or RetrieveTotalAgentQuotaRequest(),
        )
        return self._call("retrieveTotalAgentQuota", kwargs, _retrieve_total_agent_quota._parse_response, options)

    def redact_conversation_message(
        self,
        name: str | MessageName,
        *,
        moment: str | MomentName,
        start_index: int,
        end_index: int,
        **options: Unpack[RequestOptions],
    ) -> ConversationMessage:
        """Redact a substring of a conversation message."""
        check_options("redact_conversation_message", options)
        name_ = MessageName.parse(name)
        body_ = RedactConversationMessageRequest(moment=str(moment), start_index=start_index, end_index=end_index)
        kwargs = _redact_conversation_message._get_kwargs(
            customer_id=name_.path_id("customer_id"),
            profile_id=name_.path_id("profile_id"),
            conversation_id=name_.path_id("conversation_id"),
            message_id=name_.path_id("message_id"),
            body=body_,
        )
        found = self._call("redactConversationMessage", kwargs, _redact_conversation_message._parse_response, options)
        return found.conversation_message

    def get_conversation(self, name: str | ConversationName, **options: Unpack[RequestOptions]) -> Conversation:
        """Get a conversation."""
        check_options("get_conversation", options)
        name_ = ConversationName.parse(name)
        kwargs = _get_conversation._get_kwargs(
            customer_id=name_.path_id("customer_id"),
            profile_id=name_.path_id("profile_id"),
            conversation_id=name_.path_id("conversation_id"),
        )
        found = self._call("getConversation", kwargs, _get_conversation._parse_response, options)
        return found.conversation

    def delete_conversation(self, name: str | ConversationName, **options: Unpack[RequestOptions]) -> None:
        """Delete a conversation."""
        check_options("delete_conversation", options)
        name_ = ConversationName.parse(name)
        kwargs = _delete_conversation._get_kwargs(
            customer_id=name_.path_id("customer_id"),
            profile_id=name_.path_id("profile_id"),
            conversation_id=name_.path_id("conversation_id"),
        )
        self._call("deleteConversation", kwargs, _delete_conversation._parse_response, options)

    def sample_conversations(
        self,
        parent: str | ProfileName,
        body: SampleConversationsRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> SampleConversationsResponse:
        """Sample conversation ids."""
        check_options("sample_conversations", options)
        parent_ = ProfileName.parse(parent)
        kwargs = _sample_conversations._get_kwargs(
            customer_id=parent_.path_id("customer_id"),
            profile_id=parent_.path_id("profile_id"),
            body=body or SampleConversationsRequest(),
        )
        return self._call("sampleConversations", kwargs, _sample_conversations._parse_response, options)

    def iter_sampled_conversations(
        self,
        parent: str | ProfileName,
        body: SampleConversationsRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[SampledConversation]:
        """Every item of `sample_conversations`, following `nextPageToken` page after page."""
        check_options("iter_sampled_conversations", options)
        first = body or SampleConversationsRequest()

        def page(page_token: str | None) -> SampleConversationsResponse:
            return self.sample_conversations(parent, with_page_token(first, page_token), **options)

        return iterate(PageTokenCursor[SampledConversation]("sampleConversations"), page)

    def list_suggestion_usage(
        self,
        parent: str | ProfileName,
        body: ListSuggestionUsageRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> ListSuggestionUsageResponse:
        """List suggestion usage."""
        check_options("list_suggestion_usage", options)
        parent_ = ProfileName.parse(parent)
        kwargs = _list_suggestion_usage._get_kwargs(
            customer_id=parent_.path_id("customer_id"),
            profile_id=parent_.path_id("profile_id"),
            body=body or ListSuggestionUsageRequest(),
        )
        return self._call("listSuggestionUsage", kwargs, _list_suggestion_usage._parse_response, options)

    def iter_suggestion_usages(
        self,
        parent: str | ProfileName,
        body: ListSuggestionUsageRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[SuggestionUsage]:
        """Every item of `list_suggestion_usage`, following `nextPageToken` page after page."""
        check_options("iter_suggestion_usages", options)
        first = body or ListSuggestionUsageRequest()

        def page(page_token: str | None) -> ListSuggestionUsageResponse:
            return self.list_suggestion_usage(parent, with_page_token(first, page_token), **options)

        return iterate(PageTokenCursor[SuggestionUsage]("listSuggestionUsage"), page)


class CrestaWithRawResponse:
    """`Cresta.with_raw_response`: every operation method, returning an APIResponse."""

    def __init__(self, client: Cresta) -> None:
        self.delete_target = raw_response_wrapper(client.delete_target)
        self.update_target = raw_response_wrapper(client.update_target)
        self.list_coaching_comments = raw_response_wrapper(client.list_coaching_comments)
        self.create_coaching_comment = raw_response_wrapper(client.create_coaching_comment)
        self.retrieve_total_agent_quota = raw_response_wrapper(client.retrieve_total_agent_quota)
        self.redact_conversation_message = raw_response_wrapper(client.redact_conversation_message)
        self.get_conversation = raw_response_wrapper(client.get_conversation)
        self.delete_conversation = raw_response_wrapper(client.delete_conversation)
        self.sample_conversations = raw_response_wrapper(client.sample_conversations)
        self.list_suggestion_usage = raw_response_wrapper(client.list_suggestion_usage)


class AsyncCresta(AsyncAPIClient[RpcStatus]):
    """The asyncio twin of `Cresta` (same arguments; `http_client` is an httpx.AsyncClient).

    Auth: `client_id` + `client_secret` + `token_url` (OAuth2 client credentials: the token is
    cached until shortly before it expires and refreshed once on a 401), or `token` (a static bearer
    token), or any `auth` (an httpx.Auth). `max_retries` (default 2) applies to idempotent
    operations; `retry` sets the backoff; `timeout` the default timeout; `http_client` replaces the
    connection pool.
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
        token: str | None = None,
        auth: httpx.Auth | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.auth = make_auth(
            client_id=client_id, client_secret=client_secret, token_url=token_url, token=token, auth=auth
        )
        self._setup(
            base_url=base_url,
            auth=self.auth,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            throttle=None,
            error_model=RpcStatus,
            idempotent_operations=IDEMPOTENT_OPERATIONS,
        )
        self._open(http_client, self.auth, headers)

    @property
    def with_raw_response(self) -> AsyncCrestaWithRawResponse:
        """The same methods, returning an APIResponse: `.status_code`, `.headers` and `.parse()` (the
        method's result), after the same retries and rate limiting."""
        return AsyncCrestaWithRawResponse(self)

    async def delete_target(self, name: str | TargetName, **options: Unpack[RequestOptions]) -> None:
        """Delete a target."""
        check_options("delete_target", options)
        name_ = TargetName.parse(name)
        kwargs = _delete_target._get_kwargs(
            customer_id=name_.path_id("customer_id"),
            profile_id=name_.path_id("profile_id"),
            target_id=name_.path_id("target_id"),
        )
        await self._call("deleteTarget", kwargs, _delete_target._parse_response, options)

    async def update_target(
        self,
        name: str | TargetName,
        *,
        scorecard_template_name: str | ScorecardTemplateName,
        target: float,
        usecase_name: str | UsecaseName,
        criterion_or_chapter_id: str | None = None,
        coaching_plan_name: str | CoachingPlanName | None = None,
        create_time: datetime.datetime | None = None,
        update_time: datetime.datetime | None = None,
        qa_score: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CoachingTarget:
        """Update a target."""
        check_options("update_target", options)
        name_ = TargetName.parse(name)
        kwargs = _update_target._get_kwargs(
            customer_id=name_.path_id("customer_id"),
            profile_id=name_.path_id("profile_id"),
            target_id=name_.path_id("target_id"),
            target_scorecard_template_name=str(scorecard_template_name),
            target_target=target,
            target_usecase_name=str(usecase_name),
            target_criterion_or_chapter_id=optional(criterion_or_chapter_id),
            target_coaching_plan_name=optional(None if coaching_plan_name is None else str(coaching_plan_name)),
            target_create_time=optional(create_time),
            target_update_time=optional(update_time),
            target_qa_score=optional(qa_score),
        )
        found = await self._call("updateTarget", kwargs, _update_target._parse_response, options)
        return found.target

    async def list_coaching_comments(
        self,
        parent: str | ProfileName,
        *,
        usecase_names: Sequence[str | UsecaseName] | str | UsecaseName,
        page_size: int | None = None,
        page_token: str | None = None,
        thread_ids: Sequence[str] | None = None,
        coaching_plan_names: Sequence[str | CoachingPlanName] | None = None,
        **options: Unpack[RequestOptions],
    ) -> ListCoachingCommentsResponse:
        """Get a list of coaching comments."""
        check_options("list_coaching_comments", options)
        parent_ = ProfileName.parse(parent)
        kwargs = _list_coaching_comments._get_kwargs(
            customer_id=parent_.path_id("customer_id"),
            profile_id=parent_.path_id("profile_id"),
            usecase_names=names(usecase_names),
            page_size=optional(page_size),
            page_token=optional(page_token),
            thread_ids=optional(None if thread_ids is None else list(thread_ids)),
            coaching_plan_names=names(coaching_plan_names),
        )
        return await self._call("listCoachingComments", kwargs, _list_coaching_comments._parse_response, options)

    def iter_coaching_comments(
        self,
        parent: str | ProfileName,
        *,
        usecase_names: Sequence[str | UsecaseName] | str | UsecaseName,
        page_size: int | None = None,
        thread_ids: Sequence[str] | None = None,
        coaching_plan_names: Sequence[str | CoachingPlanName] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[CoachingComment]:
        """Every item of `list_coaching_comments`, following `nextPageToken` page after page."""
        check_options("iter_coaching_comments", options)

        async def page(page_token: str | None) -> ListCoachingCommentsResponse:
            return await self.list_coaching_comments(
                parent,
                usecase_names=usecase_names,
                page_size=page_size,
                thread_ids=thread_ids,
                coaching_plan_names=coaching_plan_names,
                page_token=page_token,
                **options,
            )

        return iterate_async(PageTokenCursor[CoachingComment]("listCoachingComments"), page)

    async def create_coaching_comment(
        self, parent: str | ProfileName, comment: CoachingComment, **options: Unpack[RequestOptions]
    ) -> CoachingComment:
        """Create a coaching comment."""
        check_options("create_coaching_comment", options)
        parent_ = ProfileName.parse(parent)
        kwargs = _create_coaching_comment._get_kwargs(
            customer_id=parent_.path_id("customer_id"), profile_id=parent_.path_id("profile_id"), body=comment
        )
        found = await self._call(
            "createCoachingComment",
            kwargs,
            _create_coaching_comment._parse_response,
            options,
            idempotent=bool(comment.name),
        )
        return found.coaching_comment

    async def retrieve_total_agent_quota(
        self,
        scorecard_template_name: str | ScorecardTemplateName,
        body: RetrieveTotalAgentQuotaRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> RetrieveTotalAgentQuotaResponse:
        """Retrieve the total agent quota of a scorecard template."""
        check_options("retrieve_total_agent_quota", options)
        scorecard_template_name_ = ScorecardTemplateName.parse(scorecard_template_name)
        kwargs = _retrieve_total_agent_quota._get_kwargs(
            customer_id=scorecard_template_name_.path_id("customer_id"),
            profile_id=scorecard_template_name_.path_id("profile_id"),
            scorecard_template_id=scorecard_template_name_.path_id("scorecard_template_id"),
            revision_id=scorecard_template_name_.path_id("revision_id"),
            body=body or RetrieveTotalAgentQuotaRequest(),
        )
        return await self._call("retrieveTotalAgentQuota", kwargs, _retrieve_total_agent_quota._parse_response, options)

    async def redact_conversation_message(
        self,
        name: str | MessageName,
        *,
        moment: str | MomentName,
        start_index: int,
        end_index: int,
        **options: Unpack[RequestOptions],
    ) -> ConversationMessage:
        """Redact a substring of a conversation message."""
        check_options("redact_conversation_message", options)
        name_ = MessageName.parse(name)
        body_ = RedactConversationMessageRequest(moment=str(moment), start_index=start_index, end_index=end_index)
        kwargs = _redact_conversation_message._get_kwargs(
            customer_id=name_.path_id("customer_id"),
            profile_id=name_.path_id("profile_id"),
            conversation_id=name_.path_id("conversation_id"),
            message_id=name_.path_id("message_id"),
            body=body_,
        )
        found = await self._call(
            "redactConversationMessage", kwargs, _redact_conversation_message._parse_response, options
        )
        return found.conversation_message

    async def get_conversation(self, name: str | ConversationName, **options: Unpack[RequestOptions]) -> Conversation:
        """Get a conversation."""
        check_options("get_conversation", options)
        name_ = ConversationName.parse(name)
        kwargs = _get_conversation._get_kwargs(
            customer_id=name_.path_id("customer_id"),
            profile_id=name_.path_id("profile_id"),
            conversation_id=name_.path_id("conversation_id"),
        )
        found = await self._call("getConversation", kwargs, _get_conversation._parse_response, options)
        return found.conversation

    async def delete_conversation(self, name: str | ConversationName, **options: Unpack[RequestOptions]) -> None:
        """Delete a conversation."""
        check_options("delete_conversation", options)
        name_ = ConversationName.parse(name)
        kwargs = _delete_conversation._get_kwargs(
            customer_id=name_.path_id("customer_id"),
            profile_id=name_.path_id("profile_id"),
            conversation_id=name_.path_id("conversation_id"),
        )
        await self._call("deleteConversation", kwargs, _delete_conversation._parse_response, options)

    async def sample_conversations(
        self,
        parent: str | ProfileName,
        body: SampleConversationsRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> SampleConversationsResponse:
        """Sample conversation ids."""
        check_options("sample_conversations", options)
        parent_ = ProfileName.parse(parent)
        kwargs = _sample_conversations._get_kwargs(
            customer_id=parent_.path_id("customer_id"),
            profile_id=parent_.path_id("profile_id"),
            body=body or SampleConversationsRequest(),
        )
        return await self._call("sampleConversations", kwargs, _sample_conversations._parse_response, options)

    def iter_sampled_conversations(
        self,
        parent: str | ProfileName,
        body: SampleConversationsRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[SampledConversation]:
        """Every item of `sample_conversations`, following `nextPageToken` page after page."""
        check_options("iter_sampled_conversations", options)
        first = body or SampleConversationsRequest()

        async def page(page_token: str | None) -> SampleConversationsResponse:
            return await self.sample_conversations(parent, with_page_token(first, page_token), **options)

        return iterate_async(PageTokenCursor[SampledConversation]("sampleConversations"), page)

    async def list_suggestion_usage(
        self,
        parent: str | ProfileName,
        body: ListSuggestionUsageRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> ListSuggestionUsageResponse:
        """List suggestion usage."""
        check_options("list_suggestion_usage", options)
        parent_ = ProfileName.parse(parent)
        kwargs = _list_suggestion_usage._get_kwargs(
            customer_id=parent_.path_id("customer_id"),
            profile_id=parent_.path_id("profile_id"),
            body=body or ListSuggestionUsageRequest(),
        )
        return await self._call("listSuggestionUsage", kwargs, _list_suggestion_usage._parse_response, options)

    def iter_suggestion_usages(
        self,
        parent: str | ProfileName,
        body: ListSuggestionUsageRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[SuggestionUsage]:
        """Every item of `list_suggestion_usage`, following `nextPageToken` page after page."""
        check_options("iter_suggestion_usages", options)
        first = body or ListSuggestionUsageRequest()

        async def page(page_token: str | None) -> ListSuggestionUsageResponse:
            return await self.list_suggestion_usage(parent, with_page_token(first, page_token), **options)

        return iterate_async(PageTokenCursor[SuggestionUsage]("listSuggestionUsage"), page)


class AsyncCrestaWithRawResponse:
    """`AsyncCresta.with_raw_response`: every operation method, returning an APIResponse."""

    def __init__(self, client: AsyncCresta) -> None:
        self.delete_target = raw_response_wrapper_async(client.delete_target)
        self.update_target = raw_response_wrapper_async(client.update_target)
        self.list_coaching_comments = raw_response_wrapper_async(client.list_coaching_comments)
        self.create_coaching_comment = raw_response_wrapper_async(client.create_coaching_comment)
        self.retrieve_total_agent_quota = raw_response_wrapper_async(client.retrieve_total_agent_quota)
        self.redact_conversation_message = raw_response_wrapper_async(client.redact_conversation_message)
        self.get_conversation = raw_response_wrapper_async(client.get_conversation)
        self.delete_conversation = raw_response_wrapper_async(client.delete_conversation)
        self.sample_conversations = raw_response_wrapper_async(client.sample_conversations)
        self.list_suggestion_usage = raw_response_wrapper_async(client.list_suggestion_usage)

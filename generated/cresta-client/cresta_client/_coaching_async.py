"""CoachingService operations of the facades: targets, coaching comments, agent quota.

Written for asyncio; the generator derives the blocking module from this one (unasync).
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Sequence
from typing import Unpack

from ._arguments import names
from ._core import AsyncAPIClient, RequestOptions, iterate_async, optional, required
from ._names import CoachingPlanName, ProfileName, ScorecardTemplateName, TargetName, UsecaseName
from ._token_paging import PageTokenCursor
from .api.coaching_service import create_coaching_comment as _create_coaching_comment
from .api.coaching_service import delete_target as _delete_target
from .api.coaching_service import list_coaching_comments as _list_coaching_comments
from .api.coaching_service import retrieve_total_agent_quota as _retrieve_total_agent_quota
from .api.coaching_service import update_target as _update_target
from .models import (
    CoachingComment,
    CoachingTarget,
    ListCoachingCommentsResponse,
    RetrieveTotalAgentQuotaRequest,
    RetrieveTotalAgentQuotaResponse,
    RpcStatus,
)

__all__ = ["AsyncCoaching"]


class AsyncCoaching(AsyncAPIClient[RpcStatus]):
    """Cresta CoachingService (mixed into `AsyncCresta`, and derived into `Cresta`)."""

    async def delete_target(self, name: str | TargetName, **options: Unpack[RequestOptions]) -> None:
        """Delete a target (`customers/{c}/profiles/{p}/targets/{t}`)."""
        n = TargetName.parse(name)
        kwargs = _delete_target._get_kwargs(n.customer_id, n.profile_id, n.target_id)
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
        """Update a target: its scorecard template, target percentage (0-100) and usecase."""
        n = TargetName.parse(name)
        kwargs = _update_target._get_kwargs(
            n.customer_id,
            n.profile_id,
            n.target_id,
            target_scorecard_template_name=str(scorecard_template_name),
            target_target=target,
            target_usecase_name=str(usecase_name),
            target_criterion_or_chapter_id=optional(criterion_or_chapter_id),
            target_coaching_plan_name=optional(None if coaching_plan_name is None else str(coaching_plan_name)),
            target_create_time=optional(create_time),
            target_update_time=optional(update_time),
            target_qa_score=optional(qa_score),
        )
        updated = await self._call("updateTarget", kwargs, _update_target._parse_response, options)
        return required(updated.target, "updateTarget", "target")

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
        """One page of the coaching comments of a usecase (the API needs exactly one usecase)."""
        p = ProfileName.parse(parent)
        kwargs = _list_coaching_comments._get_kwargs(
            p.customer_id,
            p.profile_id,
            page_size=optional(page_size),
            page_token=optional(page_token),
            thread_ids=optional(None if thread_ids is None else list(thread_ids)),
            coaching_plan_names=names(coaching_plan_names),
            usecase_names=names(usecase_names),
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
        """Every coaching comment of a usecase, following nextPageToken."""
        cursor = PageTokenCursor[CoachingComment]("listCoachingComments")
        return iterate_async(
            cursor,
            lambda page_token: self.list_coaching_comments(
                parent,
                usecase_names=usecase_names,
                page_size=page_size,
                page_token=page_token,
                thread_ids=thread_ids,
                coaching_plan_names=coaching_plan_names,
                **options,
            ),
        )

    async def create_coaching_comment(
        self, parent: str | ProfileName, comment: CoachingComment, **options: Unpack[RequestOptions]
    ) -> CoachingComment:
        """Create a coaching comment. Retried only if `comment.name` is set (a repeat is then a 409)."""
        p = ProfileName.parse(parent)
        kwargs = _create_coaching_comment._get_kwargs(p.customer_id, p.profile_id, body=comment)
        named = isinstance(comment.name, str) and bool(comment.name)
        created = await self._call(
            "createCoachingComment", kwargs, _create_coaching_comment._parse_response, options, idempotent=named
        )
        return required(created.coaching_comment, "createCoachingComment", "coachingComment")

    async def retrieve_total_agent_quota(
        self,
        scorecard_template_name: str | ScorecardTemplateName,
        body: RetrieveTotalAgentQuotaRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> RetrieveTotalAgentQuotaResponse:
        """Total agent quota of a scorecard template revision (`.../scorecardTemplates/{t}@{rev}`)."""
        n = ScorecardTemplateName.parse(scorecard_template_name)
        if n.revision_id is None:
            raise ValueError(f"{scorecard_template_name!s}: the name needs a revision (`...@<revision>`)")
        kwargs = _retrieve_total_agent_quota._get_kwargs(
            n.customer_id,
            n.profile_id,
            n.scorecard_template_id,
            n.revision_id,
            body=body or RetrieveTotalAgentQuotaRequest(),
        )
        return await self._call("retrieveTotalAgentQuota", kwargs, _retrieve_total_agent_quota._parse_response, options)

"""Call operations of the facades: calls, deleted calls, search, one call, delete,
topic matches, transcripts; with `iter_*` helpers for the since + last_id lists.

Calls and transcripts come back as the msgspec Structs of `_fast_models` (decoded by
`_fast_decode`), everything else as the generated attrs models.

Written for asyncio; the generator derives the blocking module from this one (unasync).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Unpack
from uuid import UUID

from ._core import AsyncAPIClient, RequestOptions, iterate_async, optional
from ._fast_decode import parse_call, parse_calls, parse_transcript
from ._fast_models import Call, SimplifiedTranscript
from ._since_paging import Since, SinceLastIdCursor, since_param
from ._spec_rules import X_MAX_LIMIT_WHEN
from .api.exec_vision import delete_call as _delete_call
from .api.exec_vision import get_call as _get_call
from .api.exec_vision import get_transcript as _get_transcript
from .api.exec_vision import list_call_topics as _list_call_topics
from .api.exec_vision import list_calls as _list_calls
from .api.exec_vision import list_deleted_calls as _list_deleted_calls
from .api.exec_vision import search_calls as _search_calls
from .models import DeletedCall, Error, SearchCallsQuery, TopicMatch

__all__ = ["AsyncCalls"]


class AsyncCalls(AsyncAPIClient[Error]):
    """ExecVision call endpoints (mixed into `AsyncExecVision`, and derived into `ExecVision`)."""

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
        """One page of calls changed at or after `since` (limit <= 1000, <= 100 with render_templates)."""
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
        """Every call changed at or after `since` (pages of 1000, or 100 with render_templates)."""
        size = page_size or 1000
        if render_templates:  # x-max-limit-when: at most 100 calls per page with templates
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
        """One page of calls deleted at or after `since`."""
        kwargs = _list_deleted_calls._get_kwargs(since=since_param(since), limit=limit, last_id=optional(last_id))
        return await self._call("listDeletedCalls", kwargs, _list_deleted_calls._parse_response, options)

    def iter_deleted_calls(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[DeletedCall]:
        """Every call deleted at or after `since`."""
        return iterate_async(
            SinceLastIdCursor[DeletedCall]("listDeletedCalls", since, page_size),
            lambda since, last_id: self.list_deleted_calls(since, limit=page_size, last_id=last_id, **options),
        )

    async def search_calls(self, field: str, value: str, **options: Unpack[RequestOptions]) -> list[str]:
        """Ids of calls whose `field` (e.g. `metadata.company`) equals `value` (sent lowercased; max 1000)."""
        kwargs = _search_calls._get_kwargs(query=SearchCallsQuery.from_dict({field: value.lower()}))
        return await self._call("searchCalls", kwargs, _search_calls._parse_response, options)

    async def get_call(self, id: UUID | str, **options: Unpack[RequestOptions]) -> Call:
        """A call by id, with every optional part (transcript, CRM matches, templates)."""
        kwargs = _get_call._get_kwargs(UUID(str(id)))
        return await self._call("getCall", kwargs, parse_call, options)

    async def delete_call(self, id: UUID | str, **options: Unpack[RequestOptions]) -> None:
        """Delete a call (only if enabled for the credentials: PermissionDeniedError otherwise)."""
        kwargs = _delete_call._get_kwargs(UUID(str(id)))
        await self._call("deleteCall", kwargs, _delete_call._parse_response, options)

    async def get_transcript(self, id: UUID | str, **options: Unpack[RequestOptions]) -> SimplifiedTranscript:
        """The simplified transcript of a call: speakers and their text."""
        kwargs = _get_transcript._get_kwargs(UUID(str(id)))
        return await self._call("getTranscript", kwargs, parse_transcript, options)

    async def list_call_topics(
        self,
        since: Since,
        *,
        limit: int = 100,
        last_id: str | None = None,
        window_length: int | None = None,
        minimum_matches: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[TopicMatch]:
        """One page of topic matches of complete calls updated at or after `since` (limit <= 100)."""
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
        window_length: int | None = None,
        minimum_matches: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[TopicMatch]:
        """Every topic match of complete calls updated at or after `since`."""

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

"""Activity operations of the facades: the since-only lists (listens, scores,
feedback, shares, meetings, plans, KPI observations), each with an `iter_*` helper.

Written for asyncio; the generator derives the blocking module from this one (unasync).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Unpack

from ._core import AsyncAPIClient, RequestOptions, iterate_async
from ._since_paging import Since, SinceCursor, since_param
from .api.exec_vision import list_feedback as _list_feedback
from .api.exec_vision import list_kpis as _list_kpis
from .api.exec_vision import list_listens as _list_listens
from .api.exec_vision import list_meetings as _list_meetings
from .api.exec_vision import list_plans as _list_plans
from .api.exec_vision import list_scores as _list_scores
from .api.exec_vision import list_shares as _list_shares
from .models import Error, Feedback, KpiObservation, Listen, Meeting, Plan, Score, Share

__all__ = ["AsyncActivity"]


class AsyncActivity(AsyncAPIClient[Error]):
    """ExecVision since-only list endpoints (mixed into `AsyncExecVision`, and derived into `ExecVision`)."""

    async def list_listens(self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]) -> list[Listen]:
        """One page: listens modified at or after `since` (computed nightly: up to the previous day)."""
        kwargs = _list_listens._get_kwargs(since=since_param(since), limit=limit)
        return await self._call("listListens", kwargs, _list_listens._parse_response, options)

    def iter_listens(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[Listen]:
        """Every listen since `since`, across pages (boundary minute de-duplicated)."""
        return iterate_async(
            SinceCursor[Listen]("listListens", since, page_size),
            lambda since: self.list_listens(since, limit=page_size, **options),
        )

    async def list_scores(self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]) -> list[Score]:
        """One page: scorecard answers modified at or after `since` (`limit` counts scorecard results)."""
        kwargs = _list_scores._get_kwargs(since=since_param(since), limit=limit)
        return await self._call("listScores", kwargs, _list_scores._parse_response, options)

    def iter_scores(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[Score]:
        """Every score answer since `since`, across pages (boundary minute de-duplicated)."""
        return iterate_async(
            SinceCursor[Score]("listScores", since, page_size),
            lambda since: self.list_scores(since, limit=page_size, **options),
        )

    async def list_feedback(
        self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]
    ) -> list[Feedback]:
        """One page: comments and highlights modified at or after `since`."""
        kwargs = _list_feedback._get_kwargs(since=since_param(since), limit=limit)
        return await self._call("listFeedback", kwargs, _list_feedback._parse_response, options)

    def iter_feedback(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[Feedback]:
        """Every feedback item since `since`, across pages (boundary minute de-duplicated)."""
        return iterate_async(
            SinceCursor[Feedback]("listFeedback", since, page_size),
            lambda since: self.list_feedback(since, limit=page_size, **options),
        )

    async def list_shares(self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]) -> list[Share]:
        """One page: shares created at or after `since`, internal and external."""
        kwargs = _list_shares._get_kwargs(since=since_param(since), limit=limit)
        return await self._call("listShares", kwargs, _list_shares._parse_response, options)

    def iter_shares(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[Share]:
        """Every share since `since`, across pages (boundary minute de-duplicated)."""
        return iterate_async(
            SinceCursor[Share]("listShares", since, page_size),
            lambda since: self.list_shares(since, limit=page_size, **options),
        )

    async def list_meetings(
        self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]
    ) -> list[Meeting]:
        """One page: coaching meetings modified at or after `since`."""
        kwargs = _list_meetings._get_kwargs(since=since_param(since), limit=limit)
        return await self._call("listMeetings", kwargs, _list_meetings._parse_response, options)

    def iter_meetings(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[Meeting]:
        """Every meeting since `since`, across pages (boundary minute de-duplicated)."""
        return iterate_async(
            SinceCursor[Meeting]("listMeetings", since, page_size),
            lambda since: self.list_meetings(since, limit=page_size, **options),
        )

    async def list_plans(self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]) -> list[Plan]:
        """One page: coaching plans modified at or after `since`."""
        kwargs = _list_plans._get_kwargs(since=since_param(since), limit=limit)
        return await self._call("listPlans", kwargs, _list_plans._parse_response, options)

    def iter_plans(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[Plan]:
        """Every plan since `since`, across pages (boundary minute de-duplicated)."""
        return iterate_async(
            SinceCursor[Plan]("listPlans", since, page_size),
            lambda since: self.list_plans(since, limit=page_size, **options),
        )

    async def list_kpis(
        self, since: Since, *, limit: int = 100, **options: Unpack[RequestOptions]
    ) -> list[KpiObservation]:
        """One page: kPI observations modified at or after `since`."""
        kwargs = _list_kpis._get_kwargs(since=since_param(since), limit=limit)
        return await self._call("listKpis", kwargs, _list_kpis._parse_response, options)

    def iter_kpis(
        self, since: Since, *, page_size: int = 1000, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[KpiObservation]:
        """Every KPI observation since `since`, across pages (boundary minute de-duplicated)."""
        return iterate_async(
            SinceCursor[KpiObservation]("listKpis", since, page_size),
            lambda since: self.list_kpis(since, limit=page_size, **options),
        )

"""Directory operations of the facades: access check, users, teams, departments,
topic definitions, scorecard and KPI definitions.

Written for asyncio; the generator derives the blocking module from this one (unasync).
"""

from __future__ import annotations

from typing import Unpack

from ._core import AsyncAPIClient, RequestOptions
from .api.exec_vision import check_access as _check_access
from .api.exec_vision import get_kpi as _get_kpi
from .api.exec_vision import get_scorecard as _get_scorecard
from .api.exec_vision import list_departments as _list_departments
from .api.exec_vision import list_teams as _list_teams
from .api.exec_vision import list_topics as _list_topics
from .api.exec_vision import list_users as _list_users
from .models import Department, Error, KpiDefinition, ScorecardQuestion, Team, TopicDefinition, User

__all__ = ["AsyncDirectory"]


class AsyncDirectory(AsyncAPIClient[Error]):
    """ExecVision directory endpoints (mixed into `AsyncExecVision`, and derived into `ExecVision`)."""

    async def check_access(self, **options: Unpack[RequestOptions]) -> None:
        """Check credentials and connectivity (AuthenticationError if refused)."""
        await self._call("checkAccess", _check_access._get_kwargs(), _check_access._parse_response, options)

    async def list_users(self, **options: Unpack[RequestOptions]) -> list[User]:
        """Active users."""
        return await self._call("listUsers", _list_users._get_kwargs(), _list_users._parse_response, options)

    async def list_teams(self, **options: Unpack[RequestOptions]) -> list[Team]:
        """Active teams."""
        return await self._call("listTeams", _list_teams._get_kwargs(), _list_teams._parse_response, options)

    async def list_departments(self, **options: Unpack[RequestOptions]) -> list[Department]:
        """Active departments."""
        return await self._call(
            "listDepartments", _list_departments._get_kwargs(), _list_departments._parse_response, options
        )

    async def list_topics(self, **options: Unpack[RequestOptions]) -> list[TopicDefinition]:
        """Active topic definitions."""
        return await self._call("listTopics", _list_topics._get_kwargs(), _list_topics._parse_response, options)

    async def get_scorecard(self, id: str, **options: Unpack[RequestOptions]) -> list[ScorecardQuestion]:
        """A scorecard definition: its questions."""
        return await self._call("getScorecard", _get_scorecard._get_kwargs(id), _get_scorecard._parse_response, options)

    async def get_kpi(self, id: int, **options: Unpack[RequestOptions]) -> KpiDefinition:
        """A KPI definition."""
        return await self._call("getKpi", _get_kpi._get_kwargs(id), _get_kpi._parse_response, options)

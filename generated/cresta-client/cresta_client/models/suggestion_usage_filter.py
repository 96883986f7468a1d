from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuggestionUsageFilter")


@_attrs_define
class SuggestionUsageFilter:
    """Filter for ListSuggestionUsageRequest (`conversationSuggestionUsageFilter`). Within a filter field, repeated
    conditions are OR. Between different filter fields, conditions are AND.

        Attributes:
            range_start_time (datetime.datetime | Unset): Start of the time range of the suggestion usages to list.
            range_end_time (datetime.datetime | Unset): End of the time range of the suggestion usages to list (assumed:
                exclusive; a start after the end is an empty time range).
            users_or_teams_users (list[str] | Unset): Users whose suggestion usage to list (resource names, e.g.
                `customers/{customer_id}/users/{user_id}`); OR-ed with `usersOrTeamsTeams`' members.
            users_or_teams_teams (list[str] | Unset): Teams whose members' suggestion usage to list (resource names,
                `customers/{customer_id}/teams/{team_id}`).
            message_keyword (str | Unset): Keyword the suggestion message must contain.
            users_or_groups_users (list[str] | Unset): Users whose suggestion usage to list (resource names, e.g.
                `customers/{customer_id}/users/{user_id}`); OR-ed with `usersOrGroupsGroups`' members.
            users_or_groups_groups (list[str] | Unset): Groups whose members' suggestion usage to list (resource names,
                `customers/{customer_id}/groups/{group_id}`).
    """

    range_start_time: datetime.datetime | Unset = UNSET
    range_end_time: datetime.datetime | Unset = UNSET
    users_or_teams_users: list[str] | Unset = UNSET
    users_or_teams_teams: list[str] | Unset = UNSET
    message_keyword: str | Unset = UNSET
    users_or_groups_users: list[str] | Unset = UNSET
    users_or_groups_groups: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        range_start_time: str | Unset = UNSET
        if not isinstance(self.range_start_time, Unset):
            range_start_time = self.range_start_time.isoformat()

        range_end_time: str | Unset = UNSET
        if not isinstance(self.range_end_time, Unset):
            range_end_time = self.range_end_time.isoformat()

        users_or_teams_users: list[str] | Unset = UNSET
        if not isinstance(self.users_or_teams_users, Unset):
            users_or_teams_users = self.users_or_teams_users

        users_or_teams_teams: list[str] | Unset = UNSET
        if not isinstance(self.users_or_teams_teams, Unset):
            users_or_teams_teams = self.users_or_teams_teams

        message_keyword = self.message_keyword

        users_or_groups_users: list[str] | Unset = UNSET
        if not isinstance(self.users_or_groups_users, Unset):
            users_or_groups_users = self.users_or_groups_users

        users_or_groups_groups: list[str] | Unset = UNSET
        if not isinstance(self.users_or_groups_groups, Unset):
            users_or_groups_groups = self.users_or_groups_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if range_start_time is not UNSET:
            field_dict["rangeStartTime"] = range_start_time
        if range_end_time is not UNSET:
            field_dict["rangeEndTime"] = range_end_time
        if users_or_teams_users is not UNSET:
            field_dict["usersOrTeamsUsers"] = users_or_teams_users
        if users_or_teams_teams is not UNSET:
            field_dict["usersOrTeamsTeams"] = users_or_teams_teams
        if message_keyword is not UNSET:
            field_dict["messageKeyword"] = message_keyword
        if users_or_groups_users is not UNSET:
            field_dict["usersOrGroupsUsers"] = users_or_groups_users
        if users_or_groups_groups is not UNSET:
            field_dict["usersOrGroupsGroups"] = users_or_groups_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _range_start_time = d.pop("rangeStartTime", UNSET)
        range_start_time: datetime.datetime | Unset
        if isinstance(_range_start_time, Unset):
            range_start_time = UNSET
        else:
            range_start_time = datetime.datetime.fromisoformat(_range_start_time)

        _range_end_time = d.pop("rangeEndTime", UNSET)
        range_end_time: datetime.datetime | Unset
        if isinstance(_range_end_time, Unset):
            range_end_time = UNSET
        else:
            range_end_time = datetime.datetime.fromisoformat(_range_end_time)

        users_or_teams_users = cast(list[str], d.pop("usersOrTeamsUsers", UNSET))

        users_or_teams_teams = cast(list[str], d.pop("usersOrTeamsTeams", UNSET))

        message_keyword = d.pop("messageKeyword", UNSET)

        users_or_groups_users = cast(list[str], d.pop("usersOrGroupsUsers", UNSET))

        users_or_groups_groups = cast(list[str], d.pop("usersOrGroupsGroups", UNSET))

        suggestion_usage_filter = cls(
            range_start_time=range_start_time,
            range_end_time=range_end_time,
            users_or_teams_users=users_or_teams_users,
            users_or_teams_teams=users_or_teams_teams,
            message_keyword=message_keyword,
            users_or_groups_users=users_or_groups_users,
            users_or_groups_groups=users_or_groups_groups,
        )

        suggestion_usage_filter.additional_properties = d
        return suggestion_usage_filter

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuggestionUsage")


@_attrs_define
class SuggestionUsage:
    """A suggestion usage (`conversationSuggestionUsage`). The docs show only an empty object; all fields below are
    inferred, so none is required.

        Attributes:
            name (str | Unset): Resource name of the suggestion usage (format not documented).
            create_time (datetime.datetime | Unset): When the suggestion was used.
            user (str | Unset): Resource name of the user who used the suggestion
                (`customers/{customer_id}/users/{user_id}`).
            team (str | Unset): Team of the user who used the suggestion.
            group (str | Unset): Group of the user who used the suggestion.
            text (str | Unset): Text of the used suggestion (what `filter.messageKeyword` matches).
    """

    name: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    user: str | Unset = UNSET
    team: str | Unset = UNSET
    group: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        user = self.user

        team = self.team

        group = self.group

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if user is not UNSET:
            field_dict["user"] = user
        if team is not UNSET:
            field_dict["team"] = team
        if group is not UNSET:
            field_dict["group"] = group
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        user = d.pop("user", UNSET)

        team = d.pop("team", UNSET)

        group = d.pop("group", UNSET)

        text = d.pop("text", UNSET)

        suggestion_usage = cls(
            name=name,
            create_time=create_time,
            user=user,
            team=team,
            group=group,
            text=text,
        )

        suggestion_usage.additional_properties = d
        return suggestion_usage

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

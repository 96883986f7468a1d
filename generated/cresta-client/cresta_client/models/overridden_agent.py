from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OverriddenAgent")


@_attrs_define
class OverriddenAgent:
    """An override of the evaluated conversation count for a user or a group. Assumed (not in the docs, which show both
    fields in one example): exactly one of `user` and `group` is set (a proto oneof), otherwise 400 INVALID_ARGUMENT; an
    empty value is the same as leaving the field out (proto3).

        Attributes:
            group (str | Unset): The group the override applies to (resource name; format not documented, presumably
                `customers/{customer_id}/groups/{group_id}`). Set exactly one of `user` and `group` (assumed). An empty value is
                the same as leaving the field out (proto3).
            user (str | Unset): The user the override applies to (resource name, presumably
                `customers/{customer_id}/users/{user_id}`; not documented). Set exactly one of `user` and `group` (assumed). An
                empty value is the same as leaving the field out (proto3).
            evaluated_conversation_count_per_agent (int | Unset): Number of conversations to evaluate per agent for this
                user or group. Assumed: a non-negative int32.
    """

    group: str | Unset = UNSET
    user: str | Unset = UNSET
    evaluated_conversation_count_per_agent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        user = self.user

        evaluated_conversation_count_per_agent = self.evaluated_conversation_count_per_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if user is not UNSET:
            field_dict["user"] = user
        if evaluated_conversation_count_per_agent is not UNSET:
            field_dict["evaluatedConversationCountPerAgent"] = evaluated_conversation_count_per_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = d.pop("group", UNSET)

        user = d.pop("user", UNSET)

        evaluated_conversation_count_per_agent = d.pop("evaluatedConversationCountPerAgent", UNSET)

        overridden_agent = cls(
            group=group,
            user=user,
            evaluated_conversation_count_per_agent=evaluated_conversation_count_per_agent,
        )

        overridden_agent.additional_properties = d
        return overridden_agent

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

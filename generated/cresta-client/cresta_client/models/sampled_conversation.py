from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SampledConversation")


@_attrs_define
class SampledConversation:
    """A sampled conversation (`SampleConversationsResponseSampledConversation`). The docs show only an empty object; all
    fields below are inferred, so none is required.

        Attributes:
            conversation_id (str | Unset): Id of the sampled conversation (the `{conversation_id}` of its resource name).
            name (str | Unset): Resource name of the sampled conversation:
                `customers/{customer_id}/profiles/{profile_id}/conversations/{conversation_id}`.
            start_time (datetime.datetime | Unset): Start time of the conversation (the sample is ordered by it).
            message_count (str | Unset): Number of messages of the conversation (int64, as a string). Omitted when
                `disableMessageCounts` is set.
    """

    conversation_id: str | Unset = UNSET
    name: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    message_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        name = self.name

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        message_count = self.message_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if name is not UNSET:
            field_dict["name"] = name
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if message_count is not UNSET:
            field_dict["messageCount"] = message_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conversation_id = d.pop("conversationId", UNSET)

        name = d.pop("name", UNSET)

        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        message_count = d.pop("messageCount", UNSET)

        sampled_conversation = cls(
            conversation_id=conversation_id,
            name=name,
            start_time=start_time,
            message_count=message_count,
        )

        sampled_conversation.additional_properties = d
        return sampled_conversation

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

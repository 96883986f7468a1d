from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SampleConversationsFilter")


@_attrs_define
class SampleConversationsFilter:
    """Filters for sampling (`SampleConversationsRequestFilter`).

    Attributes:
        start_time (datetime.datetime | Unset): Sample only conversations that start at or after this time (assumed
            inclusive).
        end_time (datetime.datetime | Unset): Sample only conversations that start before this time (assumed: exclusive;
            a start at or after the end is an empty time range).
        max_conversation_ratio (float | Unset): Maximum fraction of the base set of conversations to sample. Assumed
            (not in the docs): between 0 and 1; 0 or unset means no limit.
        max_conversations (str | Unset): Maximum number of conversations to sample. Assumed: an int64 as a string, not
            negative; 0 or unset means no limit.
        max_messages (str | Unset): Maximum total number of messages of the sampled conversations. Assumed: an int64 as
            a string, not negative; 0 or unset means no limit. Even with UNIFORM sampling this makes the sample depend
            indirectly on conversation length.
    """

    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    max_conversation_ratio: float | Unset = UNSET
    max_conversations: str | Unset = UNSET
    max_messages: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        max_conversation_ratio = self.max_conversation_ratio

        max_conversations = self.max_conversations

        max_messages = self.max_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if max_conversation_ratio is not UNSET:
            field_dict["maxConversationRatio"] = max_conversation_ratio
        if max_conversations is not UNSET:
            field_dict["maxConversations"] = max_conversations
        if max_messages is not UNSET:
            field_dict["maxMessages"] = max_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        max_conversation_ratio = d.pop("maxConversationRatio", UNSET)

        max_conversations = d.pop("maxConversations", UNSET)

        max_messages = d.pop("maxMessages", UNSET)

        sample_conversations_filter = cls(
            start_time=start_time,
            end_time=end_time,
            max_conversation_ratio=max_conversation_ratio,
            max_conversations=max_conversations,
            max_messages=max_messages,
        )

        sample_conversations_filter.additional_properties = d
        return sample_conversations_filter

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

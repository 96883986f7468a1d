from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sampled_conversation import SampledConversation


T = TypeVar("T", bound="SampleConversationsResponse")


@_attrs_define
class SampleConversationsResponse:
    """Response for SampleConversations. `pageStartTime` and `pageEndTime` are required as documented; the other fields are
    not: protobuf's JSON mapping omits an empty list, a count of 0 and an empty string, and `nextPageToken` is absent on
    the last page.

        Attributes:
            page_start_time (datetime.datetime): Start time of this page (inclusive), i.e., start time of the base set of
                conversations that was sampled from.
            page_end_time (datetime.datetime): End time of this page (exclusive), i.e., end time of the base set of
                conversations that was sampled from.
            sampled_conversations (list[SampledConversation] | Unset): All sampled conversations ordered by start_time.
            next_page_token (str | Unset): Token that is used to retrieve the next page. Assumed (as the docs say for
                ListCoachingComments): if this field is omitted, there are no subsequent pages.
            parent (str | Unset): Profile that conversations were sampled from. Format:
                `customers/{customer_id}/profiles/{profile_id}`.
            page_conversation_count (int | Unset): Total base set of conversations that were sampled from for this page.
    """

    page_start_time: datetime.datetime
    page_end_time: datetime.datetime
    sampled_conversations: list[SampledConversation] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    parent: str | Unset = UNSET
    page_conversation_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_start_time = self.page_start_time.isoformat()

        page_end_time = self.page_end_time.isoformat()

        sampled_conversations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sampled_conversations, Unset):
            sampled_conversations = []
            for sampled_conversations_item_data in self.sampled_conversations:
                sampled_conversations_item = sampled_conversations_item_data.to_dict()
                sampled_conversations.append(sampled_conversations_item)

        next_page_token = self.next_page_token

        parent = self.parent

        page_conversation_count = self.page_conversation_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pageStartTime": page_start_time,
                "pageEndTime": page_end_time,
            }
        )
        if sampled_conversations is not UNSET:
            field_dict["sampledConversations"] = sampled_conversations
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if parent is not UNSET:
            field_dict["parent"] = parent
        if page_conversation_count is not UNSET:
            field_dict["pageConversationCount"] = page_conversation_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sampled_conversation import SampledConversation  # noqa: PLC0415

        d = dict(src_dict)
        page_start_time = datetime.datetime.fromisoformat(d.pop("pageStartTime"))

        page_end_time = datetime.datetime.fromisoformat(d.pop("pageEndTime"))

        _sampled_conversations = d.pop("sampledConversations", UNSET)
        sampled_conversations: list[SampledConversation] | Unset = UNSET
        if _sampled_conversations is not UNSET:
            sampled_conversations = []
            for sampled_conversations_item_data in _sampled_conversations:
                sampled_conversations_item = SampledConversation.from_dict(sampled_conversations_item_data)

                sampled_conversations.append(sampled_conversations_item)

        next_page_token = d.pop("nextPageToken", UNSET)

        parent = d.pop("parent", UNSET)

        page_conversation_count = d.pop("pageConversationCount", UNSET)

        sample_conversations_response = cls(
            page_start_time=page_start_time,
            page_end_time=page_end_time,
            sampled_conversations=sampled_conversations,
            next_page_token=next_page_token,
            parent=parent,
            page_conversation_count=page_conversation_count,
        )

        sample_conversations_response.additional_properties = d
        return sample_conversations_response

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

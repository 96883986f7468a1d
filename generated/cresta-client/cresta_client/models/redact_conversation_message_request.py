from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RedactConversationMessageRequest")


@_attrs_define
class RedactConversationMessageRequest:
    """Request body for RedactConversationMessage. Indices are byte offsets into the message text (assumed: its UTF-8
    encoding).

        Attributes:
            moment (str): The moment resource name, used for creating a moment annotation. The moment should be of type
                ENTITY. Format: `customers/{customer_id}/profiles/{profile_id}/moments/{moment_id}`.
            start_index (int): The start byte index (including) of the text to be redacted. Assumed: a byte of the UTF-8
                encoded message text, not negative.
            end_index (int): The end byte index (exclusive) of the text to be redacted. Assumed: not negative; a range
                outside the text is clamped to it by the mock (see the operation).
    """

    moment: str
    start_index: int
    end_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        moment = self.moment

        start_index = self.start_index

        end_index = self.end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "moment": moment,
                "startIndex": start_index,
                "endIndex": end_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        moment = d.pop("moment")

        start_index = d.pop("startIndex")

        end_index = d.pop("endIndex")

        redact_conversation_message_request = cls(
            moment=moment,
            start_index=start_index,
            end_index=end_index,
        )

        redact_conversation_message_request.additional_properties = d
        return redact_conversation_message_request

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

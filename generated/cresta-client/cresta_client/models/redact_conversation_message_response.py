from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversation_message import ConversationMessage


T = TypeVar("T", bound="RedactConversationMessageResponse")


@_attrs_define
class RedactConversationMessageResponse:
    """Response for RedactConversationMessage.

    Attributes:
        conversation_message (ConversationMessage): A message in a Conversation ("Next ID: 22"). Fields other than
            `name` and the timestamps are not described in the docs beyond their example values; nested objects are free-
            form.
    """

    conversation_message: ConversationMessage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_message = self.conversation_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversationMessage": conversation_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_message import ConversationMessage  # noqa: PLC0415

        d = dict(src_dict)
        conversation_message = ConversationMessage.from_dict(d.pop("conversationMessage"))

        redact_conversation_message_response = cls(
            conversation_message=conversation_message,
        )

        redact_conversation_message_response.additional_properties = d
        return redact_conversation_message_response

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

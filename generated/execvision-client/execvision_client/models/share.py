from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Share")


@_attrs_define
class Share:
    """A share of a call, internal or external.

    Attributes:
        shared_at (datetime.datetime): Date and time when shared in ISO 8601 format (the created time `since` compares
            to).
        call_id (str): ID of call shared.
        shared_by (str): ID of user sharing call.
        recipient_user_ids (list[str]): IDs of users receiving the shared call (internal sharing).
        recipient_emails (list[str]): Emails of recipients of the shared call (external sharing).
    """

    shared_at: datetime.datetime
    call_id: str
    shared_by: str
    recipient_user_ids: list[str]
    recipient_emails: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shared_at = self.shared_at.isoformat()

        call_id = self.call_id

        shared_by = self.shared_by

        recipient_user_ids = self.recipient_user_ids

        recipient_emails = self.recipient_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sharedAt": shared_at,
                "callId": call_id,
                "sharedBy": shared_by,
                "recipientUserIds": recipient_user_ids,
                "recipientEmails": recipient_emails,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shared_at = datetime.datetime.fromisoformat(d.pop("sharedAt"))

        call_id = d.pop("callId")

        shared_by = d.pop("sharedBy")

        recipient_user_ids = cast(list[str], d.pop("recipientUserIds"))

        recipient_emails = cast(list[str], d.pop("recipientEmails"))

        share = cls(
            shared_at=shared_at,
            call_id=call_id,
            shared_by=shared_by,
            recipient_user_ids=recipient_user_ids,
            recipient_emails=recipient_emails,
        )

        share.additional_properties = d
        return share

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

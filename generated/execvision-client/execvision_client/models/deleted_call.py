from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeletedCall")


@_attrs_define
class DeletedCall:
    """A deleted call.

    Attributes:
        id (str): ID of the deleted call.
        deleted_at (datetime.datetime): Time the call was deleted (ISO timestamp).
        caller_id (str): User ID of caller.
        call_time (datetime.datetime): Time the call was made (ISO timestamp).
    """

    id: str
    deleted_at: datetime.datetime
    caller_id: str
    call_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deleted_at = self.deleted_at.isoformat()

        caller_id = self.caller_id

        call_time = self.call_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "deletedAt": deleted_at,
                "callerId": caller_id,
                "callTime": call_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        deleted_at = datetime.datetime.fromisoformat(d.pop("deletedAt"))

        caller_id = d.pop("callerId")

        call_time = datetime.datetime.fromisoformat(d.pop("callTime"))

        deleted_call = cls(
            id=id,
            deleted_at=deleted_at,
            caller_id=caller_id,
            call_time=call_time,
        )

        deleted_call.additional_properties = d
        return deleted_call

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

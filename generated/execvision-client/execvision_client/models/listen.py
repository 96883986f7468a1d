from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Listen")


@_attrs_define
class Listen:
    """A listen to a call (computed nightly, so only available up to the previous day).

    Attributes:
        date (datetime.date): Date of the listen in ISO 8601 format (a date, e.g. 1950-05-03). `since` is compared to
            it, and paging advances on it (`x-pagination`).
        call_id (str): ID of the call listened to.
        listener (str): User ID of listener.
        caller (str): User ID of caller.
        time_listened (float): Length of listen in seconds.
        modified (str | Unset): Only in the docs' example, where its value is an empty string; not guaranteed to be a
            date-time, so clients do not page on it.
    """

    date: datetime.date
    call_id: str
    listener: str
    caller: str
    time_listened: float
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        call_id = self.call_id

        listener = self.listener

        caller = self.caller

        time_listened = self.time_listened

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "callId": call_id,
                "listener": listener,
                "caller": caller,
                "timeListened": time_listened,
            }
        )
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        call_id = d.pop("callId")

        listener = d.pop("listener")

        caller = d.pop("caller")

        time_listened = d.pop("timeListened")

        modified = d.pop("modified", UNSET)

        listen = cls(
            date=date,
            call_id=call_id,
            listener=listener,
            caller=caller,
            time_listened=time_listened,
            modified=modified,
        )

        listen.additional_properties = d
        return listen

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

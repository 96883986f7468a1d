from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speaker_type import SpeakerType

T = TypeVar("T", bound="Speaker")


@_attrs_define
class Speaker:
    """A speaker on the call.

    Attributes:
        email (None | str): Speaker's email.
        first_name (None | str): Speaker's first name.
        last_name (None | str): Speaker's last name.
        speaker_number (int): Integer speaker number; corresponds to the same field in the transcript segments and can
            be used to match speakers with text. Nonnegative is assumed.
        speaker_type (SpeakerType): One of INTERNAL (speaker matched a coach user), EXTERNAL (speaker matched a CRM
            contact), UNKNOWN (the speaker was not matched).
    """

    email: None | str
    first_name: None | str
    last_name: None | str
    speaker_number: int
    speaker_type: SpeakerType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str
        email = self.email

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        speaker_number = self.speaker_number

        speaker_type = self.speaker_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "firstName": first_name,
                "lastName": last_name,
                "speakerNumber": speaker_number,
                "speakerType": speaker_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("firstName"))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("lastName"))

        speaker_number = d.pop("speakerNumber")

        speaker_type = SpeakerType(d.pop("speakerType"))

        speaker = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            speaker_number=speaker_number,
            speaker_type=speaker_type,
        )

        speaker.additional_properties = d
        return speaker

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TranscriptSegment")


@_attrs_define
class TranscriptSegment:
    """Text from a single speaker.

    Attributes:
        end_time (float): End of the text, in seconds since the start of the call.
        speaker_number (int): Integer speaker number of the speaker of this portion of the call (see speakers).
            Nonnegative is assumed.
        start_time (float): Start time of the text, in seconds since the start of the call.
        text (str): The spoken text.
    """

    end_time: float
    speaker_number: int
    start_time: float
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_time = self.end_time

        speaker_number = self.speaker_number

        start_time = self.start_time

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endTime": end_time,
                "speakerNumber": speaker_number,
                "startTime": start_time,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_time = d.pop("endTime")

        speaker_number = d.pop("speakerNumber")

        start_time = d.pop("startTime")

        text = d.pop("text")

        transcript_segment = cls(
            end_time=end_time,
            speaker_number=speaker_number,
            start_time=start_time,
            text=text,
        )

        transcript_segment.additional_properties = d
        return transcript_segment

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

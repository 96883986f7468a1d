from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speaker_type import SpeakerType

if TYPE_CHECKING:
    from ..models.topic_with_matches import TopicWithMatches


T = TypeVar("T", bound="TopicBlock")


@_attrs_define
class TopicBlock:
    """A single topic match: a text block from the call's transcript with the list of topics that matched within the block.

    Attributes:
        start_time (float): Start time of the text block, in seconds since the beginning of the call.
        end_time (float): End time of the text block, in seconds since the beginning of the call.
        text (str): The text of the block.
        speaker_type (SpeakerType): One of INTERNAL (speaker matched a coach user), EXTERNAL (speaker matched a CRM
            contact), UNKNOWN (the speaker was not matched).
        topics_with_matches (list[TopicWithMatches]): Array of topics with matches in this block.
    """

    start_time: float
    end_time: float
    text: str
    speaker_type: SpeakerType
    topics_with_matches: list[TopicWithMatches]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        text = self.text

        speaker_type = self.speaker_type.value

        topics_with_matches = []
        for topics_with_matches_item_data in self.topics_with_matches:
            topics_with_matches_item = topics_with_matches_item_data.to_dict()
            topics_with_matches.append(topics_with_matches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTime": start_time,
                "endTime": end_time,
                "text": text,
                "speakerType": speaker_type,
                "topicsWithMatches": topics_with_matches,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topic_with_matches import TopicWithMatches  # noqa: PLC0415

        d = dict(src_dict)
        start_time = d.pop("startTime")

        end_time = d.pop("endTime")

        text = d.pop("text")

        speaker_type = SpeakerType(d.pop("speakerType"))

        topics_with_matches = []
        _topics_with_matches = d.pop("topicsWithMatches")
        for topics_with_matches_item_data in _topics_with_matches:
            topics_with_matches_item = TopicWithMatches.from_dict(topics_with_matches_item_data)

            topics_with_matches.append(topics_with_matches_item)

        topic_block = cls(
            start_time=start_time,
            end_time=end_time,
            text=text,
            speaker_type=speaker_type,
            topics_with_matches=topics_with_matches,
        )

        topic_block.additional_properties = d
        return topic_block

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.question_counts import QuestionCounts
    from ..models.topic_block import TopicBlock


T = TypeVar("T", bound="TopicMatch")


@_attrs_define
class TopicMatch:
    """Topic matches of one COMPLETE call.

    Attributes:
        call_id (str): ID of the call.
        modified (datetime.datetime): Last modified timestamp of the call in ISO 8601 format.
        question_counts (QuestionCounts): Canonical question counts.
        topic_matches (list[TopicBlock]): Array of topic matches (text blocks) from the call's transcript.
    """

    call_id: str
    modified: datetime.datetime
    question_counts: QuestionCounts
    topic_matches: list[TopicBlock]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        modified = self.modified.isoformat()

        question_counts = self.question_counts.to_dict()

        topic_matches = []
        for topic_matches_item_data in self.topic_matches:
            topic_matches_item = topic_matches_item_data.to_dict()
            topic_matches.append(topic_matches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callId": call_id,
                "modified": modified,
                "questionCounts": question_counts,
                "topicMatches": topic_matches,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.question_counts import QuestionCounts  # noqa: PLC0415
        from ..models.topic_block import TopicBlock  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("callId")

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        question_counts = QuestionCounts.from_dict(d.pop("questionCounts"))

        topic_matches = []
        _topic_matches = d.pop("topicMatches")
        for topic_matches_item_data in _topic_matches:
            topic_matches_item = TopicBlock.from_dict(topic_matches_item_data)

            topic_matches.append(topic_matches_item)

        topic_match = cls(
            call_id=call_id,
            modified=modified,
            question_counts=question_counts,
            topic_matches=topic_matches,
        )

        topic_match.additional_properties = d
        return topic_match

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QuestionCounts")


@_attrs_define
class QuestionCounts:
    """Canonical question counts.

    Attributes:
        internal_speaker_question_count (int): Number of sentences spoken by an identified internal speaker containing a
            match of the canonical questions topic.
        external_speaker_question_count (int): Number of sentences spoken by an identified external speaker containing a
            match of the canonical questions topic.
        unknown_speaker_question_count (int): Number of sentences spoken by an unidentified speaker containing a match
            of the canonical questions topic.
    """

    internal_speaker_question_count: int
    external_speaker_question_count: int
    unknown_speaker_question_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_speaker_question_count = self.internal_speaker_question_count

        external_speaker_question_count = self.external_speaker_question_count

        unknown_speaker_question_count = self.unknown_speaker_question_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "internalSpeakerQuestionCount": internal_speaker_question_count,
                "externalSpeakerQuestionCount": external_speaker_question_count,
                "unknownSpeakerQuestionCount": unknown_speaker_question_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        internal_speaker_question_count = d.pop("internalSpeakerQuestionCount")

        external_speaker_question_count = d.pop("externalSpeakerQuestionCount")

        unknown_speaker_question_count = d.pop("unknownSpeakerQuestionCount")

        question_counts = cls(
            internal_speaker_question_count=internal_speaker_question_count,
            external_speaker_question_count=external_speaker_question_count,
            unknown_speaker_question_count=unknown_speaker_question_count,
        )

        question_counts.additional_properties = d
        return question_counts

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

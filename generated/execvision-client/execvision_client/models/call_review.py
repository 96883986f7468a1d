from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.meeting_question import MeetingQuestion


T = TypeVar("T", bound="CallReview")


@_attrs_define
class CallReview:
    """A call reviewed in a coaching meeting.

    Attributes:
        call_id (str): ID of call reviewed.
        questions (list[MeetingQuestion]): Scored (scorecard) questions in the review relevant to the call (see
            MeetingQuestion).
    """

    call_id: str
    questions: list[MeetingQuestion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callId": call_id,
                "questions": questions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_question import MeetingQuestion  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("callId")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = MeetingQuestion.from_dict(questions_item_data)

            questions.append(questions_item)

        call_review = cls(
            call_id=call_id,
            questions=questions,
        )

        call_review.additional_properties = d
        return call_review

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.question_and_answer import QuestionAndAnswer


T = TypeVar("T", bound="CallSummary")


@_attrs_define
class CallSummary:
    """AI-generated call summary.

    Attributes:
        next_steps (list[str]): A list of suggested next steps for call participants.
        questions_and_answers (list[QuestionAndAnswer]): List of questions and answers from the call.
        summary (None | str): A summary of the call's transcript.
    """

    next_steps: list[str]
    questions_and_answers: list[QuestionAndAnswer]
    summary: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_steps = self.next_steps

        questions_and_answers = []
        for questions_and_answers_item_data in self.questions_and_answers:
            questions_and_answers_item = questions_and_answers_item_data.to_dict()
            questions_and_answers.append(questions_and_answers_item)

        summary: None | str
        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nextSteps": next_steps,
                "questionsAndAnswers": questions_and_answers,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.question_and_answer import QuestionAndAnswer  # noqa: PLC0415

        d = dict(src_dict)
        next_steps = cast(list[str], d.pop("nextSteps"))

        questions_and_answers = []
        _questions_and_answers = d.pop("questionsAndAnswers")
        for questions_and_answers_item_data in _questions_and_answers:
            questions_and_answers_item = QuestionAndAnswer.from_dict(questions_and_answers_item_data)

            questions_and_answers.append(questions_and_answers_item)

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))

        call_summary = cls(
            next_steps=next_steps,
            questions_and_answers=questions_and_answers,
            summary=summary,
        )

        call_summary.additional_properties = d
        return call_summary

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

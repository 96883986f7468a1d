from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MeetingQuestion")


@_attrs_define
class MeetingQuestion:
    """A question in a meeting. For scorecard questions possibleScore is always 5 and reviewWeight always null; for text
    questions possibleScore and actualScore are always null and reviewWeight always 0.

        Attributes:
            question (str): Text of question.
            possible_score (float | None): Max possible value of score (always 5 for scorecard questions; null for text
                questions).
            actual_score (float | None): Score given to question (null for text questions).
            review_weight (float | None): Weight of the score relative to other scores (always null for scorecard questions;
                0 for text questions).
    """

    question: str
    possible_score: float | None
    actual_score: float | None
    review_weight: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question = self.question

        possible_score: float | None
        possible_score = self.possible_score

        actual_score: float | None
        actual_score = self.actual_score

        review_weight: float | None
        review_weight = self.review_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question": question,
                "possibleScore": possible_score,
                "actualScore": actual_score,
                "reviewWeight": review_weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question = d.pop("question")

        def _parse_possible_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        possible_score = _parse_possible_score(d.pop("possibleScore"))

        def _parse_actual_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        actual_score = _parse_actual_score(d.pop("actualScore"))

        def _parse_review_weight(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        review_weight = _parse_review_weight(d.pop("reviewWeight"))

        meeting_question = cls(
            question=question,
            possible_score=possible_score,
            actual_score=actual_score,
            review_weight=review_weight,
        )

        meeting_question.additional_properties = d
        return meeting_question

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

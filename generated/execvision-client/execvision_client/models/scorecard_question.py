from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScorecardQuestion")


@_attrs_define
class ScorecardQuestion:
    """One question of a scorecard definition. The docs' table names the question id `questionID` but their example uses
    `questionId`: both are accepted (optional); read `questionId` and fall back to `questionID`.

        Attributes:
            scorecard_id (str): ID of scorecard.
            scorecard_scheme (str): Scheme used for scoring. Known values: OneToFive, OneToThree, OneTwo, YesNo, PassFail.
                Kept open (not a closed enum) because a live server may add schemes. `x-scoring-table` gives, per scheme, the
                answer, the raw answer and the normalized percentage: OneToFive 0..5 → raw 0..5 → 0/20/40/60/80/100%; OneToThree
                0/1/2/3 → raw 0/1/3/5 → 0/33/66/100%; OneTwo 0/1/2 → raw 0/3/5 → 0/50/100%; YesNo no/yes → raw 0/5 → 0/100%;
                PassFail fail/pass → raw 0/5 → 0/100%.
            scorecard_name (str): Name of scorecard.
            question_text (str): Text of question.
            questionId (str | Unset): ID of question (spelling used by the docs' example).
            questionID (str | Unset): ID of question (spelling used by the docs' table); read when `questionId` is absent.
    """

    scorecard_id: str
    scorecard_scheme: str
    scorecard_name: str
    question_text: str
    questionId: str | Unset = UNSET
    questionID: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scorecard_id = self.scorecard_id

        scorecard_scheme = self.scorecard_scheme

        scorecard_name = self.scorecard_name

        question_text = self.question_text

        questionId = self.questionId

        questionID = self.questionID

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scorecardId": scorecard_id,
                "scorecardScheme": scorecard_scheme,
                "scorecardName": scorecard_name,
                "questionText": question_text,
            }
        )
        if questionId is not UNSET:
            field_dict["questionId"] = questionId
        if questionID is not UNSET:
            field_dict["questionID"] = questionID

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scorecard_id = d.pop("scorecardId")

        scorecard_scheme = d.pop("scorecardScheme")

        scorecard_name = d.pop("scorecardName")

        question_text = d.pop("questionText")

        questionId = d.pop("questionId", UNSET)

        questionID = d.pop("questionID", UNSET)

        scorecard_question = cls(
            scorecard_id=scorecard_id,
            scorecard_scheme=scorecard_scheme,
            scorecard_name=scorecard_name,
            question_text=question_text,
            questionId=questionId,
            questionID=questionID,
        )

        scorecard_question.additional_properties = d
        return scorecard_question

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

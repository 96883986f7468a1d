from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Score")


@_attrs_define
class Score:
    """One answer on a scorecard result (a scorecard filled out by a single person). This exactly matches the format
    produced by the UI export.

        Attributes:
            reviewer (str): Email of reviewer.
            reviewer_team (str): Team name of reviewer.
            caller (str): Email of caller.
            caller_team (str): Team name of caller.
            call_id (str): ID of the call scored.
            result_id (str): ID of the score: the scorecard result (one scorecard filled out by a single person) this answer
                belongs to.
            score_time (datetime.datetime): Date and time of scoring in ISO 8601 format.
            modified (datetime.datetime): Last modified time in ISO 8601 format.
            scorecard_id (str): ID of the scorecard.
            scorecard_name (str): Name of the scorecard.
            question_id (str): ID of question.
            question (str): Text of question.
            skill1 (None | str): First skill associated with question.
            skill2 (None | str): Second skill associated with question.
            skill3 (None | str): Third skill associated with question.
            scheme (str): Scheme used for scoring. Known values: OneToFive, OneToThree, OneTwo, YesNo, PassFail. Kept open
                (not a closed enum) because a live server may add schemes. `x-scoring-table` gives, per scheme, the answer, the
                raw answer and the normalized percentage: OneToFive 0..5 → raw 0..5 → 0/20/40/60/80/100%; OneToThree 0/1/2/3 →
                raw 0/1/3/5 → 0/33/66/100%; OneTwo 0/1/2 → raw 0/3/5 → 0/50/100%; YesNo no/yes → raw 0/5 → 0/100%; PassFail
                fail/pass → raw 0/5 → 0/100%.
            answer (float | str): Answer to the score: a number for the numeric schemes (OneToFive, OneToThree, OneTwo), a
                word for YesNo ("yes"/"no") and PassFail ("pass"/"fail") per the Scoring Scheme table.
            raw_answer (float): Raw answer to the score (0..5; see ScoringScheme's table for the mapping from answer to raw
                answer and percentage).
            reason (None | str): Reason for score, if provided (null otherwise).
            comment (None | str): Comment with score, if provided (null otherwise).
    """

    reviewer: str
    reviewer_team: str
    caller: str
    caller_team: str
    call_id: str
    result_id: str
    score_time: datetime.datetime
    modified: datetime.datetime
    scorecard_id: str
    scorecard_name: str
    question_id: str
    question: str
    skill1: None | str
    skill2: None | str
    skill3: None | str
    scheme: str
    answer: float | str
    raw_answer: float
    reason: None | str
    comment: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reviewer = self.reviewer

        reviewer_team = self.reviewer_team

        caller = self.caller

        caller_team = self.caller_team

        call_id = self.call_id

        result_id = self.result_id

        score_time = self.score_time.isoformat()

        modified = self.modified.isoformat()

        scorecard_id = self.scorecard_id

        scorecard_name = self.scorecard_name

        question_id = self.question_id

        question = self.question

        skill1: None | str
        skill1 = self.skill1

        skill2: None | str
        skill2 = self.skill2

        skill3: None | str
        skill3 = self.skill3

        scheme = self.scheme

        answer: float | str
        answer = self.answer

        raw_answer = self.raw_answer

        reason: None | str
        reason = self.reason

        comment: None | str
        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reviewer": reviewer,
                "reviewerTeam": reviewer_team,
                "caller": caller,
                "callerTeam": caller_team,
                "callId": call_id,
                "resultId": result_id,
                "scoreTime": score_time,
                "modified": modified,
                "scorecardId": scorecard_id,
                "scorecardName": scorecard_name,
                "questionId": question_id,
                "question": question,
                "skill1": skill1,
                "skill2": skill2,
                "skill3": skill3,
                "scheme": scheme,
                "answer": answer,
                "rawAnswer": raw_answer,
                "reason": reason,
                "comment": comment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reviewer = d.pop("reviewer")

        reviewer_team = d.pop("reviewerTeam")

        caller = d.pop("caller")

        caller_team = d.pop("callerTeam")

        call_id = d.pop("callId")

        result_id = d.pop("resultId")

        score_time = datetime.datetime.fromisoformat(d.pop("scoreTime"))

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        scorecard_id = d.pop("scorecardId")

        scorecard_name = d.pop("scorecardName")

        question_id = d.pop("questionId")

        question = d.pop("question")

        def _parse_skill1(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        skill1 = _parse_skill1(d.pop("skill1"))

        def _parse_skill2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        skill2 = _parse_skill2(d.pop("skill2"))

        def _parse_skill3(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        skill3 = _parse_skill3(d.pop("skill3"))

        scheme = d.pop("scheme")

        def _parse_answer(data: object) -> float | str:
            return cast(float | str, data)

        answer = _parse_answer(d.pop("answer"))

        raw_answer = d.pop("rawAnswer")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        score = cls(
            reviewer=reviewer,
            reviewer_team=reviewer_team,
            caller=caller,
            caller_team=caller_team,
            call_id=call_id,
            result_id=result_id,
            score_time=score_time,
            modified=modified,
            scorecard_id=scorecard_id,
            scorecard_name=scorecard_name,
            question_id=question_id,
            question=question,
            skill1=skill1,
            skill2=skill2,
            skill3=skill3,
            scheme=scheme,
            answer=answer,
            raw_answer=raw_answer,
            reason=reason,
            comment=comment,
        )

        score.additional_properties = d
        return score

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

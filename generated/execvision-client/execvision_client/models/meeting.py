from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_review import CallReview
    from ..models.meeting_question import MeetingQuestion
    from ..models.meeting_scores import MeetingScores


T = TypeVar("T", bound="Meeting")


@_attrs_define
class Meeting:
    """A coaching meeting.

    Attributes:
        meeting_id (int): ID of coaching meeting (documented as number; integer is assumed).
        plan_id (int | str): ID of coaching plan: the same identifier as Plan.planId, so the same type (string or
            integer).
        coach_id (str): User ID of coach.
        recipient_id (str): User ID of recipient.
        start_time (datetime.datetime): Meeting start date and time (ISO 8601 format is assumed from the example).
        end_time (datetime.datetime): Meeting end date and time (ISO 8601 format is assumed from the example).
        scores (MeetingScores): The skill name and score for each skill reviewed in the meeting: skill name to overall
            score for the skill, as a percent.
        call_reviews (list[CallReview]): Calls reviewed in the meeting, with their scorecard questions.
        questions (list[MeetingQuestion]): Review type questions (see MeetingQuestion).
        comments (None | str): General review comments provided, null if none.
        modified (datetime.datetime): Last modified timestamp in ISO 8601 format.
        date_time (datetime.datetime | Unset): Scheduled time of the meeting. Only in the docs' example.
    """

    meeting_id: int
    plan_id: int | str
    coach_id: str
    recipient_id: str
    start_time: datetime.datetime
    end_time: datetime.datetime
    scores: MeetingScores
    call_reviews: list[CallReview]
    questions: list[MeetingQuestion]
    comments: None | str
    modified: datetime.datetime
    date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meeting_id = self.meeting_id

        plan_id: int | str
        plan_id = self.plan_id

        coach_id = self.coach_id

        recipient_id = self.recipient_id

        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        scores = self.scores.to_dict()

        call_reviews = []
        for call_reviews_item_data in self.call_reviews:
            call_reviews_item = call_reviews_item_data.to_dict()
            call_reviews.append(call_reviews_item)

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        comments: None | str
        comments = self.comments

        modified = self.modified.isoformat()

        date_time: str | Unset = UNSET
        if not isinstance(self.date_time, Unset):
            date_time = self.date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meetingId": meeting_id,
                "planId": plan_id,
                "coachId": coach_id,
                "recipientId": recipient_id,
                "startTime": start_time,
                "endTime": end_time,
                "scores": scores,
                "callReviews": call_reviews,
                "questions": questions,
                "comments": comments,
                "modified": modified,
            }
        )
        if date_time is not UNSET:
            field_dict["dateTime"] = date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_review import CallReview  # noqa: PLC0415
        from ..models.meeting_question import MeetingQuestion  # noqa: PLC0415
        from ..models.meeting_scores import MeetingScores  # noqa: PLC0415

        d = dict(src_dict)
        meeting_id = d.pop("meetingId")

        def _parse_plan_id(data: object) -> int | str:
            return cast(int | str, data)

        plan_id = _parse_plan_id(d.pop("planId"))

        coach_id = d.pop("coachId")

        recipient_id = d.pop("recipientId")

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        end_time = datetime.datetime.fromisoformat(d.pop("endTime"))

        scores = MeetingScores.from_dict(d.pop("scores"))

        call_reviews = []
        _call_reviews = d.pop("callReviews")
        for call_reviews_item_data in _call_reviews:
            call_reviews_item = CallReview.from_dict(call_reviews_item_data)

            call_reviews.append(call_reviews_item)

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = MeetingQuestion.from_dict(questions_item_data)

            questions.append(questions_item)

        def _parse_comments(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comments = _parse_comments(d.pop("comments"))

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        _date_time = d.pop("dateTime", UNSET)
        date_time: datetime.datetime | Unset
        if isinstance(_date_time, Unset):
            date_time = UNSET
        else:
            date_time = datetime.datetime.fromisoformat(_date_time)

        meeting = cls(
            meeting_id=meeting_id,
            plan_id=plan_id,
            coach_id=coach_id,
            recipient_id=recipient_id,
            start_time=start_time,
            end_time=end_time,
            scores=scores,
            call_reviews=call_reviews,
            questions=questions,
            comments=comments,
            modified=modified,
            date_time=date_time,
        )

        meeting.additional_properties = d
        return meeting

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

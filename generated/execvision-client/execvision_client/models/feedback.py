from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Feedback")


@_attrs_define
class Feedback:
    """A comment or highlight on a call.

    Attributes:
        feedback_at (datetime.datetime): Date and time when feedback was given, ISO 8601 format.
        modified (datetime.datetime): Last modified timestamp in ISO 8601 format.
        call_id (str): ID of call reviewed.
        feedback_by (str): ID of user providing the feedback.
        is_comment (bool): True if feedback is a comment.
        is_highlight (bool): True if feedback is a highlight.
        text (None | str): Text of feedback given, such as highlight text or comment text (may contain HTML).
        start_time (float): Start time of feedback in seconds.
        end_time (float | None): End time of feedback in seconds; non-null on highlights.
    """

    feedback_at: datetime.datetime
    modified: datetime.datetime
    call_id: str
    feedback_by: str
    is_comment: bool
    is_highlight: bool
    text: None | str
    start_time: float
    end_time: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedback_at = self.feedback_at.isoformat()

        modified = self.modified.isoformat()

        call_id = self.call_id

        feedback_by = self.feedback_by

        is_comment = self.is_comment

        is_highlight = self.is_highlight

        text: None | str
        text = self.text

        start_time = self.start_time

        end_time: float | None
        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feedbackAt": feedback_at,
                "modified": modified,
                "callId": call_id,
                "feedbackBy": feedback_by,
                "isComment": is_comment,
                "isHighlight": is_highlight,
                "text": text,
                "startTime": start_time,
                "endTime": end_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feedback_at = datetime.datetime.fromisoformat(d.pop("feedbackAt"))

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        call_id = d.pop("callId")

        feedback_by = d.pop("feedbackBy")

        is_comment = d.pop("isComment")

        is_highlight = d.pop("isHighlight")

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text = _parse_text(d.pop("text"))

        start_time = d.pop("startTime")

        def _parse_end_time(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        end_time = _parse_end_time(d.pop("endTime"))

        feedback = cls(
            feedback_at=feedback_at,
            modified=modified,
            call_id=call_id,
            feedback_by=feedback_by,
            is_comment=is_comment,
            is_highlight=is_highlight,
            text=text,
            start_time=start_time,
            end_time=end_time,
        )

        feedback.additional_properties = d
        return feedback

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

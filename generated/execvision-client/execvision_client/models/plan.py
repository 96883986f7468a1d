from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill import Skill


T = TypeVar("T", bound="Plan")


@_attrs_define
class Plan:
    """A coaching plan with a summary of its meetings.

    Attributes:
        plan_id (int | str): ID of plan (a string per the docs' table, a number in their example); the same type as
            Meeting.planId.
        name (str): Name of plan.
        objective (str): The objective of the plan.
        coach_id (str): User ID of coach.
        recipient_id (str): User ID of recipient.
        planned_meetings (int): Number of meetings planned (expected) (documented as number; integer >= 0 is assumed).
        completed_meetings (int): Number of meetings completed (documented as number; integer >= 0 is assumed).
        estimated_missed_meetings (float): Estimated number of meetings in the past schedule that should have happened
            but didn't: counted from plan start until completion (or the date of the request, for open plans), minus
            completed meetings. Approximate.
        skill (list[Skill]): Skills included in the plan.
        modified (datetime.datetime): Last modified timestamp in ISO 8601 format.
        start_date (datetime.datetime | Unset): Start date and time of the plan. Only in the docs' example.
    """

    plan_id: int | str
    name: str
    objective: str
    coach_id: str
    recipient_id: str
    planned_meetings: int
    completed_meetings: int
    estimated_missed_meetings: float
    skill: list[Skill]
    modified: datetime.datetime
    start_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id: int | str
        plan_id = self.plan_id

        name = self.name

        objective = self.objective

        coach_id = self.coach_id

        recipient_id = self.recipient_id

        planned_meetings = self.planned_meetings

        completed_meetings = self.completed_meetings

        estimated_missed_meetings = self.estimated_missed_meetings

        skill = []
        for skill_item_data in self.skill:
            skill_item = skill_item_data.to_dict()
            skill.append(skill_item)

        modified = self.modified.isoformat()

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planId": plan_id,
                "name": name,
                "objective": objective,
                "coachId": coach_id,
                "recipientId": recipient_id,
                "plannedMeetings": planned_meetings,
                "completedMeetings": completed_meetings,
                "estimatedMissedMeetings": estimated_missed_meetings,
                "skill": skill,
                "modified": modified,
            }
        )
        if start_date is not UNSET:
            field_dict["startDate"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill import Skill  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_plan_id(data: object) -> int | str:
            return cast(int | str, data)

        plan_id = _parse_plan_id(d.pop("planId"))

        name = d.pop("name")

        objective = d.pop("objective")

        coach_id = d.pop("coachId")

        recipient_id = d.pop("recipientId")

        planned_meetings = d.pop("plannedMeetings")

        completed_meetings = d.pop("completedMeetings")

        estimated_missed_meetings = d.pop("estimatedMissedMeetings")

        skill = []
        _skill = d.pop("skill")
        for skill_item_data in _skill:
            skill_item = Skill.from_dict(skill_item_data)

            skill.append(skill_item)

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        plan = cls(
            plan_id=plan_id,
            name=name,
            objective=objective,
            coach_id=coach_id,
            recipient_id=recipient_id,
            planned_meetings=planned_meetings,
            completed_meetings=completed_meetings,
            estimated_missed_meetings=estimated_missed_meetings,
            skill=skill,
            modified=modified,
            start_date=start_date,
        )

        plan.additional_properties = d
        return plan

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

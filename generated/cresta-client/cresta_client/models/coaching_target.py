from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CoachingTarget")


@_attrs_define
class CoachingTarget:
    """Represents a target for coaching (`v1coachingTarget`).

    Attributes:
        name (str): Resource name of a target. Format:
            `customers/{customer_id}/profiles/{profile_id}/targets/{target_id}`.
        scorecard_template_name (str): Resource name of the scorecard template this target is in relation to. Format:
            `customers/{customer_id}/profiles/{profile_id}/scorecardTemplates/{scorecard_template_id}`.
        usecase_name (str): Resource name of the usecase this target belongs to. Format:
            `customers/{customer_id}/profiles/{profile_id}/usecases/{usecase_id}`.
        criterion_or_chapter_id (str | Unset): Criterion or chapter identifier that refers to the corresponding item in
            the scorecard template's structure. Empty value means the target is for the whole scorecard template.
        target (float | Unset): Target for the given scorecard template, criterion, or chapter. Is a number between 0
            and 100 that represents the percentage value for the target.
        coaching_plan_name (str | Unset): Resource name of the coaching plan this target is attached to. If attached to
            a coaching plan, it is an individual target for the coaching plan's agent. All agents' targets should be
            attached to a coaching plan. Empty value means the target is for the whole organization. Format:
            `customers/{customer_id}/profiles/{profile_id}/coachingPlans/{coaching_plan_id}`.
        create_time (datetime.datetime | Unset): When the target was created. It's optional for backward compatibility.
        update_time (datetime.datetime | Unset): When the target was updated. It's optional for backward compatibility.
        qa_score (float | Unset): The QA score of this target's criterion as of update_time.
    """

    name: str
    scorecard_template_name: str
    usecase_name: str
    criterion_or_chapter_id: str | Unset = UNSET
    target: float | Unset = UNSET
    coaching_plan_name: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    qa_score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scorecard_template_name = self.scorecard_template_name

        usecase_name = self.usecase_name

        criterion_or_chapter_id = self.criterion_or_chapter_id

        target = self.target

        coaching_plan_name = self.coaching_plan_name

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        qa_score = self.qa_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "scorecardTemplateName": scorecard_template_name,
                "usecaseName": usecase_name,
            }
        )
        if criterion_or_chapter_id is not UNSET:
            field_dict["criterionOrChapterId"] = criterion_or_chapter_id
        if target is not UNSET:
            field_dict["target"] = target
        if coaching_plan_name is not UNSET:
            field_dict["coachingPlanName"] = coaching_plan_name
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if qa_score is not UNSET:
            field_dict["qaScore"] = qa_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        scorecard_template_name = d.pop("scorecardTemplateName")

        usecase_name = d.pop("usecaseName")

        criterion_or_chapter_id = d.pop("criterionOrChapterId", UNSET)

        target = d.pop("target", UNSET)

        coaching_plan_name = d.pop("coachingPlanName", UNSET)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        _update_time = d.pop("updateTime", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time)

        qa_score = d.pop("qaScore", UNSET)

        coaching_target = cls(
            name=name,
            scorecard_template_name=scorecard_template_name,
            usecase_name=usecase_name,
            criterion_or_chapter_id=criterion_or_chapter_id,
            target=target,
            coaching_plan_name=coaching_plan_name,
            create_time=create_time,
            update_time=update_time,
            qa_score=qa_score,
        )

        coaching_target.additional_properties = d
        return coaching_target

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

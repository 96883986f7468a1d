from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_period import EvaluationPeriod
    from ..models.task_complete_config import TaskCompleteConfig


T = TypeVar("T", bound="RetrieveTotalAgentQuotaRequest")


@_attrs_define
class RetrieveTotalAgentQuotaRequest:
    """Request body for RetrieveTotalAgentQuota.

    Attributes:
        usecase_name (str | Unset): The usecase name to filter the total agent quota. Format:
            `customers/{customer_id}/profiles/{profile_id}/usecases/{usecase_id}`. An empty value is the same as leaving the
            field out (proto3).
        override_task_complete_config (TaskCompleteConfig | Unset): The config to define the task completion
            (`qaTaskCompleteConfig`): how many conversations are evaluated per agent.
        evaluation_period (EvaluationPeriod | Unset): The evaluation period of the scorecard template
            (`coachingScorecardTemplateEvaluationPeriod`).
    """

    usecase_name: str | Unset = UNSET
    override_task_complete_config: TaskCompleteConfig | Unset = UNSET
    evaluation_period: EvaluationPeriod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usecase_name = self.usecase_name

        override_task_complete_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_task_complete_config, Unset):
            override_task_complete_config = self.override_task_complete_config.to_dict()

        evaluation_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation_period, Unset):
            evaluation_period = self.evaluation_period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usecase_name is not UNSET:
            field_dict["usecaseName"] = usecase_name
        if override_task_complete_config is not UNSET:
            field_dict["overrideTaskCompleteConfig"] = override_task_complete_config
        if evaluation_period is not UNSET:
            field_dict["evaluationPeriod"] = evaluation_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation_period import EvaluationPeriod  # noqa: PLC0415
        from ..models.task_complete_config import TaskCompleteConfig  # noqa: PLC0415

        d = dict(src_dict)
        usecase_name = d.pop("usecaseName", UNSET)

        _override_task_complete_config = d.pop("overrideTaskCompleteConfig", UNSET)
        override_task_complete_config: TaskCompleteConfig | Unset
        if isinstance(_override_task_complete_config, Unset):
            override_task_complete_config = UNSET
        else:
            override_task_complete_config = TaskCompleteConfig.from_dict(_override_task_complete_config)

        _evaluation_period = d.pop("evaluationPeriod", UNSET)
        evaluation_period: EvaluationPeriod | Unset
        if isinstance(_evaluation_period, Unset):
            evaluation_period = UNSET
        else:
            evaluation_period = EvaluationPeriod.from_dict(_evaluation_period)

        retrieve_total_agent_quota_request = cls(
            usecase_name=usecase_name,
            override_task_complete_config=override_task_complete_config,
            evaluation_period=evaluation_period,
        )

        retrieve_total_agent_quota_request.additional_properties = d
        return retrieve_total_agent_quota_request

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

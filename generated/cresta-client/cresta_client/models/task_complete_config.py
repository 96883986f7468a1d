from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.overridden_agent import OverriddenAgent


T = TypeVar("T", bound="TaskCompleteConfig")


@_attrs_define
class TaskCompleteConfig:
    """The config to define the task completion (`qaTaskCompleteConfig`): how many conversations are evaluated per agent.

    Attributes:
        evaluated_conversation_count_per_agent (int | Unset): Number of conversations to evaluate per agent (field not
            described in the docs; meaning taken from its name). Assumed: a non-negative int32.
        overridden_agents (list[OverriddenAgent] | Unset): Per-agent (or per-group) overrides of
            `evaluatedConversationCountPerAgent` (field not described in the docs; meaning taken from its name).
    """

    evaluated_conversation_count_per_agent: int | Unset = UNSET
    overridden_agents: list[OverriddenAgent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluated_conversation_count_per_agent = self.evaluated_conversation_count_per_agent

        overridden_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.overridden_agents, Unset):
            overridden_agents = []
            for overridden_agents_item_data in self.overridden_agents:
                overridden_agents_item = overridden_agents_item_data.to_dict()
                overridden_agents.append(overridden_agents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluated_conversation_count_per_agent is not UNSET:
            field_dict["evaluatedConversationCountPerAgent"] = evaluated_conversation_count_per_agent
        if overridden_agents is not UNSET:
            field_dict["overriddenAgents"] = overridden_agents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.overridden_agent import OverriddenAgent  # noqa: PLC0415

        d = dict(src_dict)
        evaluated_conversation_count_per_agent = d.pop("evaluatedConversationCountPerAgent", UNSET)

        _overridden_agents = d.pop("overriddenAgents", UNSET)
        overridden_agents: list[OverriddenAgent] | Unset = UNSET
        if _overridden_agents is not UNSET:
            overridden_agents = []
            for overridden_agents_item_data in _overridden_agents:
                overridden_agents_item = OverriddenAgent.from_dict(overridden_agents_item_data)

                overridden_agents.append(overridden_agents_item)

        task_complete_config = cls(
            evaluated_conversation_count_per_agent=evaluated_conversation_count_per_agent,
            overridden_agents=overridden_agents,
        )

        task_complete_config.additional_properties = d
        return task_complete_config

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

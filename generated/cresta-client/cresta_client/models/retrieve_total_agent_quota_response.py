from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RetrieveTotalAgentQuotaResponse")


@_attrs_define
class RetrieveTotalAgentQuotaResponse:
    """Response for RetrieveTotalAgentQuota.

    Attributes:
        total_agent_quota (int): The total agent quota.
        total_active_agents_count (int): The total count of active agents for the specified scorecard template.
    """

    total_agent_quota: int
    total_active_agents_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_agent_quota = self.total_agent_quota

        total_active_agents_count = self.total_active_agents_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalAgentQuota": total_agent_quota,
                "totalActiveAgentsCount": total_active_agents_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_agent_quota = d.pop("totalAgentQuota")

        total_active_agents_count = d.pop("totalActiveAgentsCount")

        retrieve_total_agent_quota_response = cls(
            total_agent_quota=total_agent_quota,
            total_active_agents_count=total_active_agents_count,
        )

        retrieve_total_agent_quota_response.additional_properties = d
        return retrieve_total_agent_quota_response

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

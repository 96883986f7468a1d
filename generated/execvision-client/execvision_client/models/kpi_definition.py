from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kpi_definition_frequency import KpiDefinitionFrequency

T = TypeVar("T", bound="KpiDefinition")


@_attrs_define
class KpiDefinition:
    """A KPI definition.

    Attributes:
        kpi_id (int): ID of KPI (documented as number; integer is assumed).
        description (str): Description of KPI.
        frequency (KpiDefinitionFrequency): Frequency of KPI: DAILY, WEEKLY, MONTHLY, QUARTERLY.
        target (float): Target value of KPI.
    """

    kpi_id: int
    description: str
    frequency: KpiDefinitionFrequency
    target: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kpi_id = self.kpi_id

        description = self.description

        frequency = self.frequency.value

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kpiId": kpi_id,
                "description": description,
                "frequency": frequency,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kpi_id = d.pop("kpiId")

        description = d.pop("description")

        frequency = KpiDefinitionFrequency(d.pop("frequency"))

        target = d.pop("target")

        kpi_definition = cls(
            kpi_id=kpi_id,
            description=description,
            frequency=frequency,
            target=target,
        )

        kpi_definition.additional_properties = d
        return kpi_definition

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

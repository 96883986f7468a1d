from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KpiObservation")


@_attrs_define
class KpiObservation:
    """An observation of a KPI value for a user.

    Attributes:
        observed_at (datetime.datetime): Date and time of the observation in ISO 8601 format.
        observer_id (str): User ID of observer.
        observed_id (str): User ID of the observed user.
        kpi_id (int): ID of the KPI (documented as number; integer is assumed; see GET /kpi/{id}).
        value (float): Value of KPI.
        modified (datetime.datetime): Last modified timestamp in ISO 8601 format.
    """

    observed_at: datetime.datetime
    observer_id: str
    observed_id: str
    kpi_id: int
    value: float
    modified: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        observed_at = self.observed_at.isoformat()

        observer_id = self.observer_id

        observed_id = self.observed_id

        kpi_id = self.kpi_id

        value = self.value

        modified = self.modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "observedAt": observed_at,
                "observerId": observer_id,
                "observedId": observed_id,
                "kpiId": kpi_id,
                "value": value,
                "modified": modified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        observed_at = datetime.datetime.fromisoformat(d.pop("observedAt"))

        observer_id = d.pop("observerId")

        observed_id = d.pop("observedId")

        kpi_id = d.pop("kpiId")

        value = d.pop("value")

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        kpi_observation = cls(
            observed_at=observed_at,
            observer_id=observer_id,
            observed_id=observed_id,
            kpi_id=kpi_id,
            value=value,
            modified=modified,
        )

        kpi_observation.additional_properties = d
        return kpi_observation

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

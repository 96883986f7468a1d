from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coaching_target import CoachingTarget


T = TypeVar("T", bound="UpdateTargetResponse")


@_attrs_define
class UpdateTargetResponse:
    """Response for UpdateTarget.

    Attributes:
        target (CoachingTarget | Unset): Represents a target for coaching (`v1coachingTarget`).
    """

    target: CoachingTarget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coaching_target import CoachingTarget  # noqa: PLC0415

        d = dict(src_dict)
        _target = d.pop("target", UNSET)
        target: CoachingTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = CoachingTarget.from_dict(_target)

        update_target_response = cls(
            target=target,
        )

        update_target_response.additional_properties = d
        return update_target_response

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

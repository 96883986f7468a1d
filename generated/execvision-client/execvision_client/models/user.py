from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """An active user.

    Attributes:
        user_id (str): ID of user.
        email (str): User's email.
        first_name (str): User's first name.
        last_name (str): User's last name.
        team_id (str): User's team ID.
        department_id (str): User's department ID.
        system_ids (list[str]): IDs from external integrations; these correspond to the user's id in your dialer/CRM.
    """

    user_id: str
    email: str
    first_name: str
    last_name: str
    team_id: str
    department_id: str
    system_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        team_id = self.team_id

        department_id = self.department_id

        system_ids = self.system_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "email": email,
                "firstName": first_name,
                "lastName": last_name,
                "teamId": team_id,
                "departmentId": department_id,
                "systemIds": system_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId")

        email = d.pop("email")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        team_id = d.pop("teamId")

        department_id = d.pop("departmentId")

        system_ids = cast(list[str], d.pop("systemIds"))

        user = cls(
            user_id=user_id,
            email=email,
            first_name=first_name,
            last_name=last_name,
            team_id=team_id,
            department_id=department_id,
            system_ids=system_ids,
        )

        user.additional_properties = d
        return user

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

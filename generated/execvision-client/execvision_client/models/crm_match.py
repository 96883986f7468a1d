from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.crm_entity import CrmEntity


T = TypeVar("T", bound="CrmMatch")


@_attrs_define
class CrmMatch:
    """A CRM match of the call.

    Attributes:
        crm_name (str): Name of the CRM system (e.g. Salesforce, Outreach).
        activity_crm_id (str): ID in the CRM system of the activity associated with the call.
        account (CrmEntity | None): CRM account entity (if any) associated with the call, or null.
        contacts (list[CrmEntity]): CRM contact entities associated with the call.
        engagement (CrmEntity | None): CRM engagement entity (e.g. an Opportunity in Salesforce), if any, associated
            with the call, or null.
    """

    crm_name: str
    activity_crm_id: str
    account: CrmEntity | None
    contacts: list[CrmEntity]
    engagement: CrmEntity | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.crm_entity import CrmEntity  # noqa: PLC0415

        crm_name = self.crm_name

        activity_crm_id = self.activity_crm_id

        account: dict[str, Any] | None
        if isinstance(self.account, CrmEntity):
            account = self.account.to_dict()
        else:
            account = self.account

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        engagement: dict[str, Any] | None
        if isinstance(self.engagement, CrmEntity):
            engagement = self.engagement.to_dict()
        else:
            engagement = self.engagement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "crmName": crm_name,
                "activityCrmId": activity_crm_id,
                "account": account,
                "contacts": contacts,
                "engagement": engagement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crm_entity import CrmEntity  # noqa: PLC0415

        d = dict(src_dict)
        crm_name = d.pop("crmName")

        activity_crm_id = d.pop("activityCrmId")

        def _parse_account(data: object) -> CrmEntity | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = CrmEntity.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CrmEntity | None, data)

        account = _parse_account(d.pop("account"))

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = CrmEntity.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        def _parse_engagement(data: object) -> CrmEntity | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                engagement_type_0 = CrmEntity.from_dict(data)

                return engagement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CrmEntity | None, data)

        engagement = _parse_engagement(d.pop("engagement"))

        crm_match = cls(
            crm_name=crm_name,
            activity_crm_id=activity_crm_id,
            account=account,
            contacts=contacts,
            engagement=engagement,
        )

        crm_match.additional_properties = d
        return crm_match

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

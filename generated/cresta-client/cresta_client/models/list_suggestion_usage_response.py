from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.suggestion_usage import SuggestionUsage


T = TypeVar("T", bound="ListSuggestionUsageResponse")


@_attrs_define
class ListSuggestionUsageResponse:
    """Response for ListSuggestionUsage. No field is required: protobuf's JSON mapping omits an empty list (a page without
    usages may be `{}`), and `nextPageToken` is absent on the last page.

        Attributes:
            suggestion_usages (list[SuggestionUsage] | Unset): The returned SuggestionUsage.
            next_page_token (str | Unset): Token is used to retrieve the next page. Assumed (as the docs say for
                ListCoachingComments): if this field is omitted, there are no subsequent pages.
    """

    suggestion_usages: list[SuggestionUsage] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        suggestion_usages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.suggestion_usages, Unset):
            suggestion_usages = []
            for suggestion_usages_item_data in self.suggestion_usages:
                suggestion_usages_item = suggestion_usages_item_data.to_dict()
                suggestion_usages.append(suggestion_usages_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if suggestion_usages is not UNSET:
            field_dict["suggestionUsages"] = suggestion_usages
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.suggestion_usage import SuggestionUsage  # noqa: PLC0415

        d = dict(src_dict)
        _suggestion_usages = d.pop("suggestionUsages", UNSET)
        suggestion_usages: list[SuggestionUsage] | Unset = UNSET
        if _suggestion_usages is not UNSET:
            suggestion_usages = []
            for suggestion_usages_item_data in _suggestion_usages:
                suggestion_usages_item = SuggestionUsage.from_dict(suggestion_usages_item_data)

                suggestion_usages.append(suggestion_usages_item)

        next_page_token = d.pop("nextPageToken", UNSET)

        list_suggestion_usage_response = cls(
            suggestion_usages=suggestion_usages,
            next_page_token=next_page_token,
        )

        list_suggestion_usage_response.additional_properties = d
        return list_suggestion_usage_response

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

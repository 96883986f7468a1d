from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.suggestion_usage_filter import SuggestionUsageFilter


T = TypeVar("T", bound="ListSuggestionUsageRequest")


@_attrs_define
class ListSuggestionUsageRequest:
    """Request body for ListSuggestionUsage.

    Attributes:
        page_size (int | Unset): The maximum number of SuggestionUsages to return. If unspecified, at most 50
            SuggestionUsages will be returned. Assumed (AIP-158, not in the docs): a negative value is rejected with 400
            INVALID_ARGUMENT; an oversized value is lowered to the maximum.
        page_token (str | Unset): A page token, received from a previous ListSuggestionUsages call. Provide this to
            retrieve the subsequent page. Assumed (AIP-158, not in the docs): the token is bound to the request's parent and
            filters, and a token obtained with different ones is rejected with 400 INVALID_ARGUMENT.
        filter_ (SuggestionUsageFilter | Unset): Filter for ListSuggestionUsageRequest
            (`conversationSuggestionUsageFilter`). Within a filter field, repeated conditions are OR. Between different
            filter fields, conditions are AND.
    """

    page_size: int | Unset = UNSET
    page_token: str | Unset = UNSET
    filter_: SuggestionUsageFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_size = self.page_size

        page_token = self.page_token

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if page_token is not UNSET:
            field_dict["pageToken"] = page_token
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.suggestion_usage_filter import SuggestionUsageFilter  # noqa: PLC0415

        d = dict(src_dict)
        page_size = d.pop("pageSize", UNSET)

        page_token = d.pop("pageToken", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: SuggestionUsageFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = SuggestionUsageFilter.from_dict(_filter_)

        list_suggestion_usage_request = cls(
            page_size=page_size,
            page_token=page_token,
            filter_=filter_,
        )

        list_suggestion_usage_request.additional_properties = d
        return list_suggestion_usage_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sampling_method import SamplingMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sample_conversations_filter import SampleConversationsFilter


T = TypeVar("T", bound="SampleConversationsRequest")


@_attrs_define
class SampleConversationsRequest:
    """Request body for SampleConversations.

    Attributes:
        page_size (int | Unset): The maximum number of conversation id to return in one page. If unspecified, at most
            10000 conversations will be returned. Assumed (AIP-158, not in the docs): a negative value is rejected with 400
            INVALID_ARGUMENT; an oversized value is lowered to the maximum.
        page_token (str | Unset): A page token, received from a previous SampleConversations call. Provide this to
            retrieve the subsequent page. Assumed (AIP-158, not in the docs): the token is bound to the request's parent and
            filters, and a token obtained with different ones is rejected with 400 INVALID_ARGUMENT.
        filter_ (SampleConversationsFilter | Unset): Filters for sampling (`SampleConversationsRequestFilter`).
        sampling_method (SamplingMethod | Unset): Sampling method (`SampleConversationsRequestSamplingMethod`).
            - `SAMPLING_METHOD_UNSPECIFIED`: Unspecified sampling method. Defaults to UNIFORM.
            - `UNIFORM`: Uniform sampling across conversations. Note that if you specify
              max_messages in the filter this still indirectly depends on the length of the
              conversation.
        disable_message_counts (bool | Unset): Whether to disable counting the # of messages. Without counting messages,
            sampling is much much faster.
    """

    page_size: int | Unset = UNSET
    page_token: str | Unset = UNSET
    filter_: SampleConversationsFilter | Unset = UNSET
    sampling_method: SamplingMethod | Unset = UNSET
    disable_message_counts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_size = self.page_size

        page_token = self.page_token

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        sampling_method: str | Unset = UNSET
        if not isinstance(self.sampling_method, Unset):
            sampling_method = self.sampling_method.value

        disable_message_counts = self.disable_message_counts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if page_token is not UNSET:
            field_dict["pageToken"] = page_token
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if sampling_method is not UNSET:
            field_dict["samplingMethod"] = sampling_method
        if disable_message_counts is not UNSET:
            field_dict["disableMessageCounts"] = disable_message_counts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sample_conversations_filter import SampleConversationsFilter  # noqa: PLC0415

        d = dict(src_dict)
        page_size = d.pop("pageSize", UNSET)

        page_token = d.pop("pageToken", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: SampleConversationsFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = SampleConversationsFilter.from_dict(_filter_)

        _sampling_method = d.pop("samplingMethod", UNSET)
        sampling_method: SamplingMethod | Unset
        if isinstance(_sampling_method, Unset):
            sampling_method = UNSET
        else:
            sampling_method = SamplingMethod(_sampling_method)

        disable_message_counts = d.pop("disableMessageCounts", UNSET)

        sample_conversations_request = cls(
            page_size=page_size,
            page_token=page_token,
            filter_=filter_,
            sampling_method=sampling_method,
            disable_message_counts=disable_message_counts,
        )

        sample_conversations_request.additional_properties = d
        return sample_conversations_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coaching_comment import CoachingComment


T = TypeVar("T", bound="ListCoachingCommentsResponse")


@_attrs_define
class ListCoachingCommentsResponse:
    """Response for ListCoachingComments. No field is required: protobuf's JSON mapping omits an empty list (a page without
    comments may be `{}`), and `nextPageToken` is absent on the last page.

        Attributes:
            coaching_comments (list[CoachingComment] | Unset): The requested coaching comments resources.
            next_page_token (str | Unset): A token, which can be sent as `pageToken` (page_token) to retrieve the next page.
                If this field is omitted, there are no subsequent pages.
    """

    coaching_comments: list[CoachingComment] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coaching_comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coaching_comments, Unset):
            coaching_comments = []
            for coaching_comments_item_data in self.coaching_comments:
                coaching_comments_item = coaching_comments_item_data.to_dict()
                coaching_comments.append(coaching_comments_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coaching_comments is not UNSET:
            field_dict["coachingComments"] = coaching_comments
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coaching_comment import CoachingComment  # noqa: PLC0415

        d = dict(src_dict)
        _coaching_comments = d.pop("coachingComments", UNSET)
        coaching_comments: list[CoachingComment] | Unset = UNSET
        if _coaching_comments is not UNSET:
            coaching_comments = []
            for coaching_comments_item_data in _coaching_comments:
                coaching_comments_item = CoachingComment.from_dict(coaching_comments_item_data)

                coaching_comments.append(coaching_comments_item)

        next_page_token = d.pop("nextPageToken", UNSET)

        list_coaching_comments_response = cls(
            coaching_comments=coaching_comments,
            next_page_token=next_page_token,
        )

        list_coaching_comments_response.additional_properties = d
        return list_coaching_comments_response

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

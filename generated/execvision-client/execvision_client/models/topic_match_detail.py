from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TopicMatchDetail")


@_attrs_define
class TopicMatchDetail:
    """An individual topic match within the block. The indices are zero-based indexes into the block's text as if that text
    were an array split on whitespace, and they are inclusive: if the start and end indices are both zero, only the
    first word of the block matched the topic.

        Attributes:
            search_text (list[str]): Words and phrases from the topic that matched.
            matching_text (str): Text from the transcript that matched.
            match_start_time (float): Start time of the matching text, in seconds since the beginning of the call.
            match_start_index (int): Start index of the match in the text block (zero-based, inclusive, into the block text
                split on whitespace).
            match_end_time (float): End time of the matching text, in seconds since the beginning of the call.
            match_end_index (int): End index of the match in the text block (zero-based, inclusive, into the block text
                split on whitespace).
    """

    search_text: list[str]
    matching_text: str
    match_start_time: float
    match_start_index: int
    match_end_time: float
    match_end_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_text = self.search_text

        matching_text = self.matching_text

        match_start_time = self.match_start_time

        match_start_index = self.match_start_index

        match_end_time = self.match_end_time

        match_end_index = self.match_end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "searchText": search_text,
                "matchingText": matching_text,
                "matchStartTime": match_start_time,
                "matchStartIndex": match_start_index,
                "matchEndTime": match_end_time,
                "matchEndIndex": match_end_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        search_text = cast(list[str], d.pop("searchText"))

        matching_text = d.pop("matchingText")

        match_start_time = d.pop("matchStartTime")

        match_start_index = d.pop("matchStartIndex")

        match_end_time = d.pop("matchEndTime")

        match_end_index = d.pop("matchEndIndex")

        topic_match_detail = cls(
            search_text=search_text,
            matching_text=matching_text,
            match_start_time=match_start_time,
            match_start_index=match_start_index,
            match_end_time=match_end_time,
            match_end_index=match_end_index,
        )

        topic_match_detail.additional_properties = d
        return topic_match_detail

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

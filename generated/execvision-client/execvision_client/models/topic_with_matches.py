from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.topic_match_detail import TopicMatchDetail


T = TypeVar("T", bound="TopicWithMatches")


@_attrs_define
class TopicWithMatches:
    """A topic that matched within a text block, with its matches.

    Attributes:
        topic_id (str): ID of the topic. Documented as a string, while TopicDefinition.id is a number.
        topic_name (str): Name of the topic.
        matches (list[TopicMatchDetail]): Array of matches of this topic in the block.
    """

    topic_id: str
    topic_name: str
    matches: list[TopicMatchDetail]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_id = self.topic_id

        topic_name = self.topic_name

        matches = []
        for matches_item_data in self.matches:
            matches_item = matches_item_data.to_dict()
            matches.append(matches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topicId": topic_id,
                "topicName": topic_name,
                "matches": matches,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topic_match_detail import TopicMatchDetail  # noqa: PLC0415

        d = dict(src_dict)
        topic_id = d.pop("topicId")

        topic_name = d.pop("topicName")

        matches = []
        _matches = d.pop("matches")
        for matches_item_data in _matches:
            matches_item = TopicMatchDetail.from_dict(matches_item_data)

            matches.append(matches_item)

        topic_with_matches = cls(
            topic_id=topic_id,
            topic_name=topic_name,
            matches=matches,
        )

        topic_with_matches.additional_properties = d
        return topic_with_matches

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TopicDefinition")


@_attrs_define
class TopicDefinition:
    """An active topic definition.

    Attributes:
        id (int): ID of topic (documented as a number, while TopicWithMatches.topicId is a string).
        name (str): Name of topic.
        words (list[str] | str): Words/phrases that make up the topic. Typed string in the docs' table but an array of
            strings in their example: both are accepted.
    """

    id: int
    name: str
    words: list[str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        words: list[str] | str
        if isinstance(self.words, list):
            words = self.words

        else:
            words = self.words

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "words": words,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_words(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                words_type_0 = cast(list[str], data)

                return words_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        words = _parse_words(d.pop("words"))

        topic_definition = cls(
            id=id,
            name=name,
            words=words,
        )

        topic_definition.additional_properties = d
        return topic_definition

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

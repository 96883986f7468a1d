from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.talk_speed_words_per_minute import TalkSpeedWordsPerMinute


T = TypeVar("T", bound="TalkSpeed")


@_attrs_define
class TalkSpeed:
    """Talk speed in one (roughly) five-minute section of the call.

    Attributes:
        start (float): Start of this section, in seconds since the start of the call.
        end (float): End of this section, in seconds since the start of the call.
        words_per_minute (TalkSpeedWordsPerMinute): Maps transcript speaker numbers (as strings, because this is JSON)
            to the approximate number of words per minute spoken by that speaker during this section.
    """

    start: float
    end: float
    words_per_minute: TalkSpeedWordsPerMinute
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        words_per_minute = self.words_per_minute.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
                "wordsPerMinute": words_per_minute,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.talk_speed_words_per_minute import TalkSpeedWordsPerMinute  # noqa: PLC0415

        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        words_per_minute = TalkSpeedWordsPerMinute.from_dict(d.pop("wordsPerMinute"))

        talk_speed = cls(
            start=start,
            end=end,
            words_per_minute=words_per_minute,
        )

        talk_speed.additional_properties = d
        return talk_speed

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

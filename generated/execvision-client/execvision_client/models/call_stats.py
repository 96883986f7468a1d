from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.call_stats_longest_segment_durations import CallStatsLongestSegmentDurations
    from ..models.talk_speed import TalkSpeed


T = TypeVar("T", bound="CallStats")


@_attrs_define
class CallStats:
    """Call stats.

    Attributes:
        internal_talk_time (float): Total talk time (seconds) by internal speakers.
        external_talk_time (float): Total talk time (seconds) by external speakers.
        talk_ratio (float): Ratio of internal time to total talk time.
        interchanges_per_minute (float): Number of speaker changes per minute.
        longest_segment_durations (CallStatsLongestSegmentDurations): Maps transcript speaker numbers (as strings,
            because this is JSON) to the duration in seconds of the longest continuous, uninterrupted speech by that speaker
            in the call.
        talk_speeds (list[TalkSpeed]): Array of talk speeds, one for each (roughly) five-minute section of the call.
    """

    internal_talk_time: float
    external_talk_time: float
    talk_ratio: float
    interchanges_per_minute: float
    longest_segment_durations: CallStatsLongestSegmentDurations
    talk_speeds: list[TalkSpeed]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_talk_time = self.internal_talk_time

        external_talk_time = self.external_talk_time

        talk_ratio = self.talk_ratio

        interchanges_per_minute = self.interchanges_per_minute

        longest_segment_durations = self.longest_segment_durations.to_dict()

        talk_speeds = []
        for talk_speeds_item_data in self.talk_speeds:
            talk_speeds_item = talk_speeds_item_data.to_dict()
            talk_speeds.append(talk_speeds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "internalTalkTime": internal_talk_time,
                "externalTalkTime": external_talk_time,
                "talkRatio": talk_ratio,
                "interchangesPerMinute": interchanges_per_minute,
                "longestSegmentDurations": longest_segment_durations,
                "talkSpeeds": talk_speeds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_stats_longest_segment_durations import CallStatsLongestSegmentDurations  # noqa: PLC0415
        from ..models.talk_speed import TalkSpeed  # noqa: PLC0415

        d = dict(src_dict)
        internal_talk_time = d.pop("internalTalkTime")

        external_talk_time = d.pop("externalTalkTime")

        talk_ratio = d.pop("talkRatio")

        interchanges_per_minute = d.pop("interchangesPerMinute")

        longest_segment_durations = CallStatsLongestSegmentDurations.from_dict(d.pop("longestSegmentDurations"))

        talk_speeds = []
        _talk_speeds = d.pop("talkSpeeds")
        for talk_speeds_item_data in _talk_speeds:
            talk_speeds_item = TalkSpeed.from_dict(talk_speeds_item_data)

            talk_speeds.append(talk_speeds_item)

        call_stats = cls(
            internal_talk_time=internal_talk_time,
            external_talk_time=external_talk_time,
            talk_ratio=talk_ratio,
            interchanges_per_minute=interchanges_per_minute,
            longest_segment_durations=longest_segment_durations,
            talk_speeds=talk_speeds,
        )

        call_stats.additional_properties = d
        return call_stats

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

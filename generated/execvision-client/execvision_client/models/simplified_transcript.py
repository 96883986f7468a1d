from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.speaker import Speaker
    from ..models.transcript_segment import TranscriptSegment


T = TypeVar("T", bound="SimplifiedTranscript")


@_attrs_define
class SimplifiedTranscript:
    """A simplified transcript of a call (written for Intuit): the speakers and the text grouped into single-speaker
    segments.

        Attributes:
            speakers (list[Speaker]): Speakers on the call.
            transcript (list[TranscriptSegment]): The transcript. Each object contains text from a single speaker.
    """

    speakers: list[Speaker]
    transcript: list[TranscriptSegment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speakers = []
        for speakers_item_data in self.speakers:
            speakers_item = speakers_item_data.to_dict()
            speakers.append(speakers_item)

        transcript = []
        for transcript_item_data in self.transcript:
            transcript_item = transcript_item_data.to_dict()
            transcript.append(transcript_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "speakers": speakers,
                "transcript": transcript,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.speaker import Speaker  # noqa: PLC0415
        from ..models.transcript_segment import TranscriptSegment  # noqa: PLC0415

        d = dict(src_dict)
        speakers = []
        _speakers = d.pop("speakers")
        for speakers_item_data in _speakers:
            speakers_item = Speaker.from_dict(speakers_item_data)

            speakers.append(speakers_item)

        transcript = []
        _transcript = d.pop("transcript")
        for transcript_item_data in _transcript:
            transcript_item = TranscriptSegment.from_dict(transcript_item_data)

            transcript.append(transcript_item)

        simplified_transcript = cls(
            speakers=speakers,
            transcript=transcript,
        )

        simplified_transcript.additional_properties = d
        return simplified_transcript

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

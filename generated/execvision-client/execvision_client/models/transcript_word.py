from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptWord")


@_attrs_define
class TranscriptWord:
    """A transcription word or phrase.

    Attributes:
        start (str): Start of the transcription object in seconds since the start of the call, formatted as a string
            (e.g. "26.594"). The decimal pattern is assumed.
        end (str): End of the transcription object in seconds since the start of the call, formatted as a string (e.g.
            "26.704"). The decimal pattern is assumed.
        word (str): Transcription word (or phrase).
        v (int): Voice/speaker, zero-indexed speaker number (documented as number; integer is assumed). No upper bound:
            see `x-doc-discrepancy`.
        p (str | Unset): Punctuation following the word (or phrase). Optional.
    """

    start: str
    end: str
    word: str
    v: int
    p: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        word = self.word

        v = self.v

        p = self.p

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
                "word": word,
                "v": v,
            }
        )
        if p is not UNSET:
            field_dict["p"] = p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        word = d.pop("word")

        v = d.pop("v")

        p = d.pop("p", UNSET)

        transcript_word = cls(
            start=start,
            end=end,
            word=word,
            v=v,
            p=p,
        )

        transcript_word.additional_properties = d
        return transcript_word

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

"""msgspec Structs for the bulk responses: `Call` and its tree (GET /calls, GET /call/{id}) and
`SimplifiedTranscript` (GET /transcript/{id}). The facade returns these instead of the
generated attrs models because building one attrs object per transcript word makes a page of
calls cost about 6x `json.loads`; msgspec decodes it straight from the bytes in about 0.35x.

They mirror the generated models in `.models`: the same snake_case attributes with the same
static types (camelCase on the wire), the same enums (`CallDirection`, `SpeakerType`), absent
optional fields are the package's `UNSET` (`.types`), and free-form objects (`metadata`,
the per-speaker maps) are plain dicts. `to_dict()` returns exactly what the stock model's
`to_dict()` returns for the same JSON, and `to_model()` gives the stock model.

Exactness (see `_fast_decode`): the Structs decode strictly (every key must be declared;
strings, ints and lists must be what the spec says), datetimes are read with
`datetime.fromisoformat` exactly as the stock models read them, and numbers stay as JSON has
them (651 stays int). A body the Structs do not take as it is (undeclared keys, nulls
or odd types the stock models let through, ...) is parsed by the stock path and converted:
an object that had undeclared keys becomes an instance of a subclass of its Struct (same
name, `isinstance` holds) that keeps them in `additional_properties`, as the attrs models do.
Struct instances decoded on the fast path have an empty, read-only `additional_properties`;
`==` compares the class and the fields (and the undeclared keys, where there are any).

Serialize with `to_dict()` (the stock models' output); `msgspec.json.encode` does not know `UNSET`.
"""

from __future__ import annotations

import abc
import datetime
import enum
import types
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import msgspec

from . import models
from .models.call_direction import CallDirection
from .models.speaker_type import SpeakerType
from .types import UNSET, Unset

__all__ = [
    "STRUCTS",
    "Call",
    "CallStats",
    "CallSummary",
    "CrmEntity",
    "CrmMatch",
    "QuestionAndAnswer",
    "SimplifiedTranscript",
    "Speaker",
    "TalkSpeed",
    "TranscriptSegment",
    "TranscriptWord",
    "dec_hook",
    "with_extras",
]

if TYPE_CHECKING:  # what type checkers see: the stock models' types
    _DateTime = datetime.datetime
    _Float = float
    _Unset = Unset
else:  # what msgspec decodes with (the stock models keep whatever json.loads gives)

    class _DateTime(abc.ABC):  # noqa: B024 - a marker: decoded by dec_hook, as the stock models do
        """A datetime read with `datetime.datetime.fromisoformat` (not msgspec's RFC 3339 parser)."""

    _DateTime.register(datetime.datetime)
    _Float = int | float  # a JSON 651 stays the int 651, as with json.loads
    _Unset = msgspec.UnsetType  # an absent key: the field's default, the package's UNSET


def dec_hook(type_: type, value: Any) -> Any:
    """The decoders' hook: datetimes as the stock models read them."""
    if type_ is _DateTime:
        return datetime.datetime.fromisoformat(value)
    raise NotImplementedError(f"no decoder for {type_!r}")


def _plain(value: Any) -> Any:
    """A field value as the stock models' `to_dict()` gives it."""
    if isinstance(value, _Struct):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return dict(value)
    return value


class _Struct(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    additional_properties: ClassVar[Mapping[str, Any]] = types.MappingProxyType({})
    """Undeclared keys of this object: empty (and read-only) unless the body had some."""

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def to_dict(self) -> dict[str, Any]:
        """The JSON-shaped dict the stock model's `to_dict()` returns (wire names, ISO dates, enum values)."""
        out = dict(self.additional_properties)
        for name, wire in zip(self.__struct_fields__, self.__struct_encode_fields__, strict=True):
            value = getattr(self, name)
            if value is not UNSET:
                out[wire] = _plain(value)
        return out


class TranscriptWord(_Struct, gc=False):
    start: str
    end: str
    word: str
    v: int
    p: str | _Unset = UNSET

    def to_model(self) -> models.TranscriptWord:
        return models.TranscriptWord.from_dict(self.to_dict())


class QuestionAndAnswer(_Struct, gc=False):
    question: str
    answer: str

    def to_model(self) -> models.QuestionAndAnswer:
        return models.QuestionAndAnswer.from_dict(self.to_dict())


class CallSummary(_Struct):
    next_steps: list[str]
    questions_and_answers: list[QuestionAndAnswer]
    summary: None | str

    def to_model(self) -> models.CallSummary:
        return models.CallSummary.from_dict(self.to_dict())


class TalkSpeed(_Struct):
    start: _Float
    end: _Float
    words_per_minute: dict[str, _Float]

    def to_model(self) -> models.TalkSpeed:
        return models.TalkSpeed.from_dict(self.to_dict())


class CallStats(_Struct):
    internal_talk_time: _Float
    external_talk_time: _Float
    talk_ratio: _Float
    interchanges_per_minute: _Float
    longest_segment_durations: dict[str, _Float]
    talk_speeds: list[TalkSpeed]

    def to_model(self) -> models.CallStats:
        return models.CallStats.from_dict(self.to_dict())


class CrmEntity(_Struct, gc=False):
    crm_id: str
    name: str

    def to_model(self) -> models.CrmEntity:
        return models.CrmEntity.from_dict(self.to_dict())


class CrmMatch(_Struct):
    crm_name: str
    activity_crm_id: str
    account: CrmEntity | None
    contacts: list[CrmEntity]
    engagement: CrmEntity | None

    def to_model(self) -> models.CrmMatch:
        return models.CrmMatch.from_dict(self.to_dict())


class Call(_Struct):
    id: str
    caller_id: str
    call_summary: CallSummary | None
    call_time: _DateTime
    duration: _Float
    direction: CallDirection
    state: str
    stats: CallStats
    original_path: str
    metadata: dict[str, Any]
    caller_email: str | _Unset = UNSET
    transcript: list[TranscriptWord] | None | _Unset = UNSET
    crm_matches: list[CrmMatch] | _Unset = UNSET
    modified: _DateTime | _Unset = UNSET

    def to_model(self) -> models.Call:
        return models.Call.from_dict(self.to_dict())


class Speaker(_Struct, gc=False):
    email: None | str
    first_name: None | str
    last_name: None | str
    speaker_number: int
    speaker_type: SpeakerType

    def to_model(self) -> models.Speaker:
        return models.Speaker.from_dict(self.to_dict())


class TranscriptSegment(_Struct, gc=False):
    end_time: _Float
    speaker_number: int
    start_time: _Float
    text: str

    def to_model(self) -> models.TranscriptSegment:
        return models.TranscriptSegment.from_dict(self.to_dict())


class SimplifiedTranscript(_Struct):
    speakers: list[Speaker]
    transcript: list[TranscriptSegment]

    def to_model(self) -> models.SimplifiedTranscript:
        return models.SimplifiedTranscript.from_dict(self.to_dict())


STRUCTS: dict[type[_Struct], type[Any]] = {
    Call: models.Call,
    CallStats: models.CallStats,
    CallSummary: models.CallSummary,
    CrmEntity: models.CrmEntity,
    CrmMatch: models.CrmMatch,
    QuestionAndAnswer: models.QuestionAndAnswer,
    SimplifiedTranscript: models.SimplifiedTranscript,
    Speaker: models.Speaker,
    TalkSpeed: models.TalkSpeed,
    TranscriptSegment: models.TranscriptSegment,
    TranscriptWord: models.TranscriptWord,
}
"""Each Struct and the generated attrs model it mirrors."""


def _extras_eq(self: _Struct, other: object) -> Any:
    """`==` of the extras subclasses: the fields and the undeclared keys."""
    if type(other) is not type(self):
        return NotImplemented
    same_fields = all(getattr(self, name) == getattr(other, name) for name in self.__struct_fields__)
    return same_fields and self.additional_properties == other.additional_properties


def _extras_class(cls: type[_Struct]) -> type[_Struct]:
    """A subclass of `cls` whose instances carry `additional_properties` (only built by the fallback)."""
    namespace = {"__module__": cls.__module__, "__qualname__": cls.__qualname__, "__eq__": _extras_eq}
    return types.new_class(cls.__name__, (cls,), {"dict": True, "gc": True}, lambda ns: ns.update(namespace))


_WITH_EXTRAS = {cls: _extras_class(cls) for cls in STRUCTS}


def with_extras(cls: type[_Struct], fields: dict[str, Any], extras: Mapping[str, Any]) -> _Struct:
    """An instance of `cls` (of its extras subclass when `extras` is not empty)."""
    if not extras:
        return cls(**fields)
    obj = _WITH_EXTRAS[cls](**fields)
    obj.__dict__["additional_properties"] = dict(extras)
    return obj

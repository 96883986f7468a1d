from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_direction import CallDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_metadata import CallMetadata
    from ..models.call_stats import CallStats
    from ..models.call_summary import CallSummary
    from ..models.crm_match import CrmMatch
    from ..models.transcript_word import TranscriptWord


T = TypeVar("T", bound="Call")


@_attrs_define
class Call:
    """A call. `transcript` is present only with `include_transcripts=true` and `crmMatches` only with
    `include_crm_matches=true` on /calls; /call/{id} always returns all optional data.

        Attributes:
            id (str): ID of call.
            caller_id (str): User ID of caller.
            call_summary (CallSummary | None): AI-generated call summary, or null.
            call_time (datetime.datetime): Date and time of start of call in ISO 8601 format.
            duration (float): Duration of call in seconds.
            direction (CallDirection): Direction of call: INBOUND, OUTBOUND, or SCREENSHARE.
            state (str): Processing state of call: COMPLETE, CONVERTER_REJECTED, ... (an open list: other pipeline states
                exist and are not documented).
            stats (CallStats): Call stats.
            original_path (str): Original name and/or path of the recording file.
            metadata (CallMetadata): Call's custom fields mapped from the CRM. The fields in this object vary depending on
                what values have been set for a specific call; with `render_templates=true` the call card templates are added
                here. These field names (prefixed `metadata.`) are what /calls/search accepts.
            caller_email (str | Unset): Email address of the caller.
            transcript (list[TranscriptWord] | None | Unset): Array of transcription words or phrases (see TranscriptWord).
                Present only with `include_transcripts=true` on /calls (always on /call/{id}); may be null. Can make the
                response significantly larger.
            crm_matches (list[CrmMatch] | Unset): Array of CRM match objects. Present only with `include_crm_matches=true`
                on /calls (always on /call/{id}).
            modified (datetime.datetime | Unset): Last-modified time of the call, needed as `since` for paging. Not in the
                docs' Call table; when absent clients fall back to `callTime` (as the docs' paging example does).
    """

    id: str
    caller_id: str
    call_summary: CallSummary | None
    call_time: datetime.datetime
    duration: float
    direction: CallDirection
    state: str
    stats: CallStats
    original_path: str
    metadata: CallMetadata
    caller_email: str | Unset = UNSET
    transcript: list[TranscriptWord] | None | Unset = UNSET
    crm_matches: list[CrmMatch] | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_summary import CallSummary  # noqa: PLC0415

        id = self.id

        caller_id = self.caller_id

        call_summary: dict[str, Any] | None
        if isinstance(self.call_summary, CallSummary):
            call_summary = self.call_summary.to_dict()
        else:
            call_summary = self.call_summary

        call_time = self.call_time.isoformat()

        duration = self.duration

        direction = self.direction.value

        state = self.state

        stats = self.stats.to_dict()

        original_path = self.original_path

        metadata = self.metadata.to_dict()

        caller_email = self.caller_email

        transcript: list[dict[str, Any]] | None | Unset
        if isinstance(self.transcript, Unset):
            transcript = UNSET
        elif isinstance(self.transcript, list):
            transcript = []
            for transcript_type_0_item_data in self.transcript:
                transcript_type_0_item = transcript_type_0_item_data.to_dict()
                transcript.append(transcript_type_0_item)

        else:
            transcript = self.transcript

        crm_matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.crm_matches, Unset):
            crm_matches = []
            for crm_matches_item_data in self.crm_matches:
                crm_matches_item = crm_matches_item_data.to_dict()
                crm_matches.append(crm_matches_item)

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "callerId": caller_id,
                "callSummary": call_summary,
                "callTime": call_time,
                "duration": duration,
                "direction": direction,
                "state": state,
                "stats": stats,
                "originalPath": original_path,
                "metadata": metadata,
            }
        )
        if caller_email is not UNSET:
            field_dict["callerEmail"] = caller_email
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if crm_matches is not UNSET:
            field_dict["crmMatches"] = crm_matches
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_metadata import CallMetadata  # noqa: PLC0415
        from ..models.call_stats import CallStats  # noqa: PLC0415
        from ..models.call_summary import CallSummary  # noqa: PLC0415
        from ..models.crm_match import CrmMatch  # noqa: PLC0415
        from ..models.transcript_word import TranscriptWord  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        caller_id = d.pop("callerId")

        def _parse_call_summary(data: object) -> CallSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                call_summary_type_0 = CallSummary.from_dict(data)

                return call_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallSummary | None, data)

        call_summary = _parse_call_summary(d.pop("callSummary"))

        call_time = datetime.datetime.fromisoformat(d.pop("callTime"))

        duration = d.pop("duration")

        direction = CallDirection(d.pop("direction"))

        state = d.pop("state")

        stats = CallStats.from_dict(d.pop("stats"))

        original_path = d.pop("originalPath")

        metadata = CallMetadata.from_dict(d.pop("metadata"))

        caller_email = d.pop("callerEmail", UNSET)

        def _parse_transcript(data: object) -> list[TranscriptWord] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transcript_type_0 = []
                _transcript_type_0 = data
                for transcript_type_0_item_data in _transcript_type_0:
                    transcript_type_0_item = TranscriptWord.from_dict(transcript_type_0_item_data)

                    transcript_type_0.append(transcript_type_0_item)

                return transcript_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TranscriptWord] | None | Unset, data)

        transcript = _parse_transcript(d.pop("transcript", UNSET))

        _crm_matches = d.pop("crmMatches", UNSET)
        crm_matches: list[CrmMatch] | Unset = UNSET
        if _crm_matches is not UNSET:
            crm_matches = []
            for crm_matches_item_data in _crm_matches:
                crm_matches_item = CrmMatch.from_dict(crm_matches_item_data)

                crm_matches.append(crm_matches_item)

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        call = cls(
            id=id,
            caller_id=caller_id,
            call_summary=call_summary,
            call_time=call_time,
            duration=duration,
            direction=direction,
            state=state,
            stats=stats,
            original_path=original_path,
            metadata=metadata,
            caller_email=caller_email,
            transcript=transcript,
            crm_matches=crm_matches,
            modified=modified,
        )

        call.additional_properties = d
        return call

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

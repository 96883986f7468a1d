from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_message_bot_data import ConversationMessageBotData
    from ..models.conversation_message_email import ConversationMessageEmail
    from ..models.conversation_message_original_event_data import ConversationMessageOriginalEventData
    from ..models.conversation_message_redaction import ConversationMessageRedaction
    from ..models.conversation_message_speaker_info import ConversationMessageSpeakerInfo
    from ..models.conversation_message_transcription_info import ConversationMessageTranscriptionInfo


T = TypeVar("T", bound="ConversationMessage")


@_attrs_define
class ConversationMessage:
    """A message in a Conversation ("Next ID: 22"). Fields other than `name` and the timestamps are not described in the
    docs beyond their example values; nested objects are free-form.

        Attributes:
            name (str): Resource name of the message. Format:
                `customers/{customer_id}/profiles/{profile_id}/conversations/{conversation_id}/messages/{message_id}`.
            legacy_message_id (int | str | Unset): Legacy numeric message id. A proto int64, which the live server renders
                as a JSON string (e.g. `"0"`); the docs print a number, so both forms are accepted.
            text (str | Unset): The text of the message.
            text_html (str | Unset): The text of the message rendered as HTML.
            transcription_info (ConversationMessageTranscriptionInfo | Unset): Transcription details of a voice message
                (free-form; not documented).
            agent (str | Unset): The agent associated with the message (not documented).
            speaker (str | Unset): Role of the speaker of the message. Open enum; the docs show only the default
                `ROLE_UNSPECIFIED`, and the server may send other values. Default: 'ROLE_UNSPECIFIED'.
            speaker_info (ConversationMessageSpeakerInfo | Unset): Details about the speaker (free-form; not documented).
            state (str | Unset): State of the message. Open enum; the docs show only the default `STATE_UNSPECIFIED`, and
                the server may send other values. Default: 'STATE_UNSPECIFIED'.
            sequence_position (int | Unset): Position of the message in the conversation.
            create_time (datetime.datetime | Unset): When the message was created.
            update_time (datetime.datetime | Unset): When the message was last updated.
            audio_start_offset (str | Unset): Offset of the start of the message in the conversation's audio, as a
                `google.protobuf.Duration` string (e.g. `"12.5s"`).
            audio_end_offset (str | Unset): Offset of the end of the message in the conversation's audio, as a
                `google.protobuf.Duration` string (e.g. `"15.25s"`).
            original_event_data (ConversationMessageOriginalEventData | Unset): The original event data the message was
                created from (free-form).
            used_suggestion_id (str | Unset): Id of the suggestion used in this message, if any.
            used_coach_suggestion_id (str | Unset): Id of the coach suggestion used in this message, if any.
            redaction (ConversationMessageRedaction | Unset): Redaction details of the message (free-form; not documented).
            bot_data (ConversationMessageBotData | Unset): Data of a bot-authored message (free-form; not documented).
            is_transferred (bool | Unset): Whether the message was transferred.
            email (ConversationMessageEmail | Unset): Email details of an email message (free-form; not documented).
    """

    name: str
    legacy_message_id: int | str | Unset = UNSET
    text: str | Unset = UNSET
    text_html: str | Unset = UNSET
    transcription_info: ConversationMessageTranscriptionInfo | Unset = UNSET
    agent: str | Unset = UNSET
    speaker: str | Unset = "ROLE_UNSPECIFIED"
    speaker_info: ConversationMessageSpeakerInfo | Unset = UNSET
    state: str | Unset = "STATE_UNSPECIFIED"
    sequence_position: int | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    audio_start_offset: str | Unset = UNSET
    audio_end_offset: str | Unset = UNSET
    original_event_data: ConversationMessageOriginalEventData | Unset = UNSET
    used_suggestion_id: str | Unset = UNSET
    used_coach_suggestion_id: str | Unset = UNSET
    redaction: ConversationMessageRedaction | Unset = UNSET
    bot_data: ConversationMessageBotData | Unset = UNSET
    is_transferred: bool | Unset = UNSET
    email: ConversationMessageEmail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        legacy_message_id: int | str | Unset
        if isinstance(self.legacy_message_id, Unset):
            legacy_message_id = UNSET
        else:
            legacy_message_id = self.legacy_message_id

        text = self.text

        text_html = self.text_html

        transcription_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription_info, Unset):
            transcription_info = self.transcription_info.to_dict()

        agent = self.agent

        speaker = self.speaker

        speaker_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.speaker_info, Unset):
            speaker_info = self.speaker_info.to_dict()

        state = self.state

        sequence_position = self.sequence_position

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        audio_start_offset = self.audio_start_offset

        audio_end_offset = self.audio_end_offset

        original_event_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_event_data, Unset):
            original_event_data = self.original_event_data.to_dict()

        used_suggestion_id = self.used_suggestion_id

        used_coach_suggestion_id = self.used_coach_suggestion_id

        redaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redaction, Unset):
            redaction = self.redaction.to_dict()

        bot_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bot_data, Unset):
            bot_data = self.bot_data.to_dict()

        is_transferred = self.is_transferred

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if legacy_message_id is not UNSET:
            field_dict["legacyMessageId"] = legacy_message_id
        if text is not UNSET:
            field_dict["text"] = text
        if text_html is not UNSET:
            field_dict["textHtml"] = text_html
        if transcription_info is not UNSET:
            field_dict["transcriptionInfo"] = transcription_info
        if agent is not UNSET:
            field_dict["agent"] = agent
        if speaker is not UNSET:
            field_dict["speaker"] = speaker
        if speaker_info is not UNSET:
            field_dict["speakerInfo"] = speaker_info
        if state is not UNSET:
            field_dict["state"] = state
        if sequence_position is not UNSET:
            field_dict["sequencePosition"] = sequence_position
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if audio_start_offset is not UNSET:
            field_dict["audioStartOffset"] = audio_start_offset
        if audio_end_offset is not UNSET:
            field_dict["audioEndOffset"] = audio_end_offset
        if original_event_data is not UNSET:
            field_dict["originalEventData"] = original_event_data
        if used_suggestion_id is not UNSET:
            field_dict["usedSuggestionId"] = used_suggestion_id
        if used_coach_suggestion_id is not UNSET:
            field_dict["usedCoachSuggestionId"] = used_coach_suggestion_id
        if redaction is not UNSET:
            field_dict["redaction"] = redaction
        if bot_data is not UNSET:
            field_dict["botData"] = bot_data
        if is_transferred is not UNSET:
            field_dict["isTransferred"] = is_transferred
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_message_bot_data import ConversationMessageBotData  # noqa: PLC0415
        from ..models.conversation_message_email import ConversationMessageEmail  # noqa: PLC0415
        from ..models.conversation_message_original_event_data import ConversationMessageOriginalEventData  # noqa: PLC0415
        from ..models.conversation_message_redaction import ConversationMessageRedaction  # noqa: PLC0415
        from ..models.conversation_message_speaker_info import ConversationMessageSpeakerInfo  # noqa: PLC0415
        from ..models.conversation_message_transcription_info import ConversationMessageTranscriptionInfo  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_legacy_message_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        legacy_message_id = _parse_legacy_message_id(d.pop("legacyMessageId", UNSET))

        text = d.pop("text", UNSET)

        text_html = d.pop("textHtml", UNSET)

        _transcription_info = d.pop("transcriptionInfo", UNSET)
        transcription_info: ConversationMessageTranscriptionInfo | Unset
        if isinstance(_transcription_info, Unset):
            transcription_info = UNSET
        else:
            transcription_info = ConversationMessageTranscriptionInfo.from_dict(_transcription_info)

        agent = d.pop("agent", UNSET)

        speaker = d.pop("speaker", UNSET)

        _speaker_info = d.pop("speakerInfo", UNSET)
        speaker_info: ConversationMessageSpeakerInfo | Unset
        if isinstance(_speaker_info, Unset):
            speaker_info = UNSET
        else:
            speaker_info = ConversationMessageSpeakerInfo.from_dict(_speaker_info)

        state = d.pop("state", UNSET)

        sequence_position = d.pop("sequencePosition", UNSET)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        _update_time = d.pop("updateTime", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time)

        audio_start_offset = d.pop("audioStartOffset", UNSET)

        audio_end_offset = d.pop("audioEndOffset", UNSET)

        _original_event_data = d.pop("originalEventData", UNSET)
        original_event_data: ConversationMessageOriginalEventData | Unset
        if isinstance(_original_event_data, Unset):
            original_event_data = UNSET
        else:
            original_event_data = ConversationMessageOriginalEventData.from_dict(_original_event_data)

        used_suggestion_id = d.pop("usedSuggestionId", UNSET)

        used_coach_suggestion_id = d.pop("usedCoachSuggestionId", UNSET)

        _redaction = d.pop("redaction", UNSET)
        redaction: ConversationMessageRedaction | Unset
        if isinstance(_redaction, Unset):
            redaction = UNSET
        else:
            redaction = ConversationMessageRedaction.from_dict(_redaction)

        _bot_data = d.pop("botData", UNSET)
        bot_data: ConversationMessageBotData | Unset
        if isinstance(_bot_data, Unset):
            bot_data = UNSET
        else:
            bot_data = ConversationMessageBotData.from_dict(_bot_data)

        is_transferred = d.pop("isTransferred", UNSET)

        _email = d.pop("email", UNSET)
        email: ConversationMessageEmail | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = ConversationMessageEmail.from_dict(_email)

        conversation_message = cls(
            name=name,
            legacy_message_id=legacy_message_id,
            text=text,
            text_html=text_html,
            transcription_info=transcription_info,
            agent=agent,
            speaker=speaker,
            speaker_info=speaker_info,
            state=state,
            sequence_position=sequence_position,
            create_time=create_time,
            update_time=update_time,
            audio_start_offset=audio_start_offset,
            audio_end_offset=audio_end_offset,
            original_event_data=original_event_data,
            used_suggestion_id=used_suggestion_id,
            used_coach_suggestion_id=used_coach_suggestion_id,
            redaction=redaction,
            bot_data=bot_data,
            is_transferred=is_transferred,
            email=email,
        )

        conversation_message.additional_properties = d
        return conversation_message

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

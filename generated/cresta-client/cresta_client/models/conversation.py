from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_agent_info import ConversationAgentInfo
    from ..models.conversation_audio_analysis import ConversationAudioAnalysis
    from ..models.conversation_metadata import ConversationMetadata
    from ..models.conversation_participants_item import ConversationParticipantsItem
    from ..models.conversation_platform_info import ConversationPlatformInfo
    from ..models.conversation_policy_override import ConversationPolicyOverride
    from ..models.conversation_transfer_info import ConversationTransferInfo
    from ..models.conversation_visitor import ConversationVisitor


T = TypeVar("T", bound="Conversation")


@_attrs_define
class Conversation:
    """Conversation is a session of chat/call messages ("Next ID: 35"). The docs describe the fields only through an
    example; nested objects are free-form.

        Attributes:
            name (str): Resource name of the conversation. Format:
                `customers/{customer_id}/profiles/{profile_id}/conversations/{conversation_id}`.
            agent (str | Unset): The agent of the conversation (not documented).
            participants (list[ConversationParticipantsItem] | Unset): Participants of the conversation (free-form objects;
                not documented).
            agent_info (ConversationAgentInfo | Unset): Details about the agent (free-form; not documented).
            agent_user_name (str | Unset): Resource name of the agent's user (presumably
                `customers/{customer_id}/users/{user_id}`).
            team (str | Unset): The team of the agent (not documented).
            visitor (ConversationVisitor | Unset): Details about the visitor (free-form; not documented).
            conversation_correlation_id (str | Unset): Correlation id of the conversation (not documented).
            skill (str | Unset): The skill of the conversation.
            platform_info (ConversationPlatformInfo | Unset): Details about the contact-center platform (free-form; not
                documented).
            start_time (datetime.datetime | Unset): When the conversation started.
            end_time (datetime.datetime | Unset): When the conversation ended.
            audio_persistence_state (str | Unset): Whether the conversation's audio was persisted. Open enum; the docs show
                only the default `AUDIO_PERSISTENCE_STATE_UNSPECIFIED`; publicly known values are
                AUDIO_PERSISTENCE_STATE_UNSPECIFIED, NOT_PERSISTED, PERSISTED, PERSIST_FAILED. Default:
                'AUDIO_PERSISTENCE_STATE_UNSPECIFIED'.
            persisted_audio_uri (str | Unset): URI of the persisted audio.
            audio_analysis (ConversationAudioAnalysis | Unset): Analysis of the conversation's audio (free-form; not
                documented).
            persisted_audio_duration (str | Unset): Duration of the persisted audio, as a `google.protobuf.Duration` string
                (e.g. `"750s"`).
            legacy_chat_id (int | str | Unset): Legacy numeric chat id. A proto int64, which the live server renders as a
                JSON string (e.g. `"0"`); the docs print a number, so both forms are accepted.
            state (str | Unset): State of the conversation. Open enum; the docs show only the default `STATE_UNSPECIFIED`,
                and the server may send other values. Default: 'STATE_UNSPECIFIED'.
            raise_hand_state (str | Unset): Raise-hand state of the conversation. Open enum; the docs show only the default
                `RAISE_HAND_STATE_UNSPECIFIED`, and the server may send other values. Default: 'RAISE_HAND_STATE_UNSPECIFIED'.
            language_code (str | Unset): Language code of the conversation (e.g. `en-US`).
            channel (str | Unset): Channel of the conversation. Open enum; the docs show only the default
                `CHANNEL_UNSPECIFIED`, and the server may send other values. Default: 'CHANNEL_UNSPECIFIED'.
            source (str | Unset): Source of the conversation. Open enum; the docs show only the default
                `SOURCE_UNSPECIFIED`, and the server may send other values. Default: 'SOURCE_UNSPECIFIED'.
            metadata (ConversationMetadata | Unset): Metadata of the conversation (free-form; not documented).
            display_name (str | Unset): Display name of the conversation.
            sharing_state (str | Unset): Sharing state of the conversation. Open enum; the docs show only the default
                `SHARING_STATE_UNSPECIFIED`; publicly known values are SHARING_STATE_UNSPECIFIED, SHARING_STATE_SHARED. Default:
                'SHARING_STATE_UNSPECIFIED'.
            policy_override (ConversationPolicyOverride | Unset): Policy overrides for the conversation (free-form; not
                documented).
            usecase (str | Unset): Resource name of the usecase of the conversation (presumably
                `customers/{customer_id}/profiles/{profile_id}/usecases/{usecase_id}`).
            create_time (datetime.datetime | Unset): When the conversation was created.
            corruption_state (str | Unset): Corruption state of the conversation. Open enum; the docs show only the default
                `CORRUPTION_STATE_UNSPECIFIED`, and the server may send other values. Default: 'CORRUPTION_STATE_UNSPECIFIED'.
            virtual_agent (str | Unset): The virtual agent of the conversation, if any (not documented).
            ingested_by_job (str | Unset): The job that ingested the conversation, if any (not documented).
            transfer_info (ConversationTransferInfo | Unset): Transfer details of the conversation (free-form; not
                documented).
            persistence_state (str | Unset): Persistence state of the conversation. Open enum; the docs show only the
                default `PERSISTENCE_STATE_UNSPECIFIED`, and the server may send other values. Default:
                'PERSISTENCE_STATE_UNSPECIFIED'.
            multi_language_mode (str | Unset): Multi-language mode of the conversation. Open enum; the docs show only the
                default `MULTI_LANGUAGE_MODE_UNSPECIFIED`, and the server may send other values. Default:
                'MULTI_LANGUAGE_MODE_UNSPECIFIED'.
    """

    name: str
    agent: str | Unset = UNSET
    participants: list[ConversationParticipantsItem] | Unset = UNSET
    agent_info: ConversationAgentInfo | Unset = UNSET
    agent_user_name: str | Unset = UNSET
    team: str | Unset = UNSET
    visitor: ConversationVisitor | Unset = UNSET
    conversation_correlation_id: str | Unset = UNSET
    skill: str | Unset = UNSET
    platform_info: ConversationPlatformInfo | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    audio_persistence_state: str | Unset = "AUDIO_PERSISTENCE_STATE_UNSPECIFIED"
    persisted_audio_uri: str | Unset = UNSET
    audio_analysis: ConversationAudioAnalysis | Unset = UNSET
    persisted_audio_duration: str | Unset = UNSET
    legacy_chat_id: int | str | Unset = UNSET
    state: str | Unset = "STATE_UNSPECIFIED"
    raise_hand_state: str | Unset = "RAISE_HAND_STATE_UNSPECIFIED"
    language_code: str | Unset = UNSET
    channel: str | Unset = "CHANNEL_UNSPECIFIED"
    source: str | Unset = "SOURCE_UNSPECIFIED"
    metadata: ConversationMetadata | Unset = UNSET
    display_name: str | Unset = UNSET
    sharing_state: str | Unset = "SHARING_STATE_UNSPECIFIED"
    policy_override: ConversationPolicyOverride | Unset = UNSET
    usecase: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    corruption_state: str | Unset = "CORRUPTION_STATE_UNSPECIFIED"
    virtual_agent: str | Unset = UNSET
    ingested_by_job: str | Unset = UNSET
    transfer_info: ConversationTransferInfo | Unset = UNSET
    persistence_state: str | Unset = "PERSISTENCE_STATE_UNSPECIFIED"
    multi_language_mode: str | Unset = "MULTI_LANGUAGE_MODE_UNSPECIFIED"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        agent = self.agent

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        agent_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_info, Unset):
            agent_info = self.agent_info.to_dict()

        agent_user_name = self.agent_user_name

        team = self.team

        visitor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visitor, Unset):
            visitor = self.visitor.to_dict()

        conversation_correlation_id = self.conversation_correlation_id

        skill = self.skill

        platform_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform_info, Unset):
            platform_info = self.platform_info.to_dict()

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        audio_persistence_state = self.audio_persistence_state

        persisted_audio_uri = self.persisted_audio_uri

        audio_analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_analysis, Unset):
            audio_analysis = self.audio_analysis.to_dict()

        persisted_audio_duration = self.persisted_audio_duration

        legacy_chat_id: int | str | Unset
        if isinstance(self.legacy_chat_id, Unset):
            legacy_chat_id = UNSET
        else:
            legacy_chat_id = self.legacy_chat_id

        state = self.state

        raise_hand_state = self.raise_hand_state

        language_code = self.language_code

        channel = self.channel

        source = self.source

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        display_name = self.display_name

        sharing_state = self.sharing_state

        policy_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy_override, Unset):
            policy_override = self.policy_override.to_dict()

        usecase = self.usecase

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        corruption_state = self.corruption_state

        virtual_agent = self.virtual_agent

        ingested_by_job = self.ingested_by_job

        transfer_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_info, Unset):
            transfer_info = self.transfer_info.to_dict()

        persistence_state = self.persistence_state

        multi_language_mode = self.multi_language_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if participants is not UNSET:
            field_dict["participants"] = participants
        if agent_info is not UNSET:
            field_dict["agentInfo"] = agent_info
        if agent_user_name is not UNSET:
            field_dict["agentUserName"] = agent_user_name
        if team is not UNSET:
            field_dict["team"] = team
        if visitor is not UNSET:
            field_dict["visitor"] = visitor
        if conversation_correlation_id is not UNSET:
            field_dict["conversationCorrelationId"] = conversation_correlation_id
        if skill is not UNSET:
            field_dict["skill"] = skill
        if platform_info is not UNSET:
            field_dict["platformInfo"] = platform_info
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if audio_persistence_state is not UNSET:
            field_dict["audioPersistenceState"] = audio_persistence_state
        if persisted_audio_uri is not UNSET:
            field_dict["persistedAudioUri"] = persisted_audio_uri
        if audio_analysis is not UNSET:
            field_dict["audioAnalysis"] = audio_analysis
        if persisted_audio_duration is not UNSET:
            field_dict["persistedAudioDuration"] = persisted_audio_duration
        if legacy_chat_id is not UNSET:
            field_dict["legacyChatId"] = legacy_chat_id
        if state is not UNSET:
            field_dict["state"] = state
        if raise_hand_state is not UNSET:
            field_dict["raiseHandState"] = raise_hand_state
        if language_code is not UNSET:
            field_dict["languageCode"] = language_code
        if channel is not UNSET:
            field_dict["channel"] = channel
        if source is not UNSET:
            field_dict["source"] = source
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if sharing_state is not UNSET:
            field_dict["sharingState"] = sharing_state
        if policy_override is not UNSET:
            field_dict["policyOverride"] = policy_override
        if usecase is not UNSET:
            field_dict["usecase"] = usecase
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if corruption_state is not UNSET:
            field_dict["corruptionState"] = corruption_state
        if virtual_agent is not UNSET:
            field_dict["virtualAgent"] = virtual_agent
        if ingested_by_job is not UNSET:
            field_dict["ingestedByJob"] = ingested_by_job
        if transfer_info is not UNSET:
            field_dict["transferInfo"] = transfer_info
        if persistence_state is not UNSET:
            field_dict["persistenceState"] = persistence_state
        if multi_language_mode is not UNSET:
            field_dict["multiLanguageMode"] = multi_language_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_agent_info import ConversationAgentInfo  # noqa: PLC0415
        from ..models.conversation_audio_analysis import ConversationAudioAnalysis  # noqa: PLC0415
        from ..models.conversation_metadata import ConversationMetadata  # noqa: PLC0415
        from ..models.conversation_participants_item import ConversationParticipantsItem  # noqa: PLC0415
        from ..models.conversation_platform_info import ConversationPlatformInfo  # noqa: PLC0415
        from ..models.conversation_policy_override import ConversationPolicyOverride  # noqa: PLC0415
        from ..models.conversation_transfer_info import ConversationTransferInfo  # noqa: PLC0415
        from ..models.conversation_visitor import ConversationVisitor  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        agent = d.pop("agent", UNSET)

        _participants = d.pop("participants", UNSET)
        participants: list[ConversationParticipantsItem] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = ConversationParticipantsItem.from_dict(participants_item_data)

                participants.append(participants_item)

        _agent_info = d.pop("agentInfo", UNSET)
        agent_info: ConversationAgentInfo | Unset
        if isinstance(_agent_info, Unset):
            agent_info = UNSET
        else:
            agent_info = ConversationAgentInfo.from_dict(_agent_info)

        agent_user_name = d.pop("agentUserName", UNSET)

        team = d.pop("team", UNSET)

        _visitor = d.pop("visitor", UNSET)
        visitor: ConversationVisitor | Unset
        if isinstance(_visitor, Unset):
            visitor = UNSET
        else:
            visitor = ConversationVisitor.from_dict(_visitor)

        conversation_correlation_id = d.pop("conversationCorrelationId", UNSET)

        skill = d.pop("skill", UNSET)

        _platform_info = d.pop("platformInfo", UNSET)
        platform_info: ConversationPlatformInfo | Unset
        if isinstance(_platform_info, Unset):
            platform_info = UNSET
        else:
            platform_info = ConversationPlatformInfo.from_dict(_platform_info)

        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        audio_persistence_state = d.pop("audioPersistenceState", UNSET)

        persisted_audio_uri = d.pop("persistedAudioUri", UNSET)

        _audio_analysis = d.pop("audioAnalysis", UNSET)
        audio_analysis: ConversationAudioAnalysis | Unset
        if isinstance(_audio_analysis, Unset):
            audio_analysis = UNSET
        else:
            audio_analysis = ConversationAudioAnalysis.from_dict(_audio_analysis)

        persisted_audio_duration = d.pop("persistedAudioDuration", UNSET)

        def _parse_legacy_chat_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        legacy_chat_id = _parse_legacy_chat_id(d.pop("legacyChatId", UNSET))

        state = d.pop("state", UNSET)

        raise_hand_state = d.pop("raiseHandState", UNSET)

        language_code = d.pop("languageCode", UNSET)

        channel = d.pop("channel", UNSET)

        source = d.pop("source", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ConversationMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ConversationMetadata.from_dict(_metadata)

        display_name = d.pop("displayName", UNSET)

        sharing_state = d.pop("sharingState", UNSET)

        _policy_override = d.pop("policyOverride", UNSET)
        policy_override: ConversationPolicyOverride | Unset
        if isinstance(_policy_override, Unset):
            policy_override = UNSET
        else:
            policy_override = ConversationPolicyOverride.from_dict(_policy_override)

        usecase = d.pop("usecase", UNSET)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        corruption_state = d.pop("corruptionState", UNSET)

        virtual_agent = d.pop("virtualAgent", UNSET)

        ingested_by_job = d.pop("ingestedByJob", UNSET)

        _transfer_info = d.pop("transferInfo", UNSET)
        transfer_info: ConversationTransferInfo | Unset
        if isinstance(_transfer_info, Unset):
            transfer_info = UNSET
        else:
            transfer_info = ConversationTransferInfo.from_dict(_transfer_info)

        persistence_state = d.pop("persistenceState", UNSET)

        multi_language_mode = d.pop("multiLanguageMode", UNSET)

        conversation = cls(
            name=name,
            agent=agent,
            participants=participants,
            agent_info=agent_info,
            agent_user_name=agent_user_name,
            team=team,
            visitor=visitor,
            conversation_correlation_id=conversation_correlation_id,
            skill=skill,
            platform_info=platform_info,
            start_time=start_time,
            end_time=end_time,
            audio_persistence_state=audio_persistence_state,
            persisted_audio_uri=persisted_audio_uri,
            audio_analysis=audio_analysis,
            persisted_audio_duration=persisted_audio_duration,
            legacy_chat_id=legacy_chat_id,
            state=state,
            raise_hand_state=raise_hand_state,
            language_code=language_code,
            channel=channel,
            source=source,
            metadata=metadata,
            display_name=display_name,
            sharing_state=sharing_state,
            policy_override=policy_override,
            usecase=usecase,
            create_time=create_time,
            corruption_state=corruption_state,
            virtual_agent=virtual_agent,
            ingested_by_job=ingested_by_job,
            transfer_info=transfer_info,
            persistence_state=persistence_state,
            multi_language_mode=multi_language_mode,
        )

        conversation.additional_properties = d
        return conversation

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

"""Contains all the data models used in inputs/outputs"""

from .coaching_comment import CoachingComment
from .coaching_target import CoachingTarget
from .conversation import Conversation
from .conversation_agent_info import ConversationAgentInfo
from .conversation_audio_analysis import ConversationAudioAnalysis
from .conversation_message import ConversationMessage
from .conversation_message_bot_data import ConversationMessageBotData
from .conversation_message_email import ConversationMessageEmail
from .conversation_message_original_event_data import ConversationMessageOriginalEventData
from .conversation_message_redaction import ConversationMessageRedaction
from .conversation_message_speaker_info import ConversationMessageSpeakerInfo
from .conversation_message_transcription_info import ConversationMessageTranscriptionInfo
from .conversation_metadata import ConversationMetadata
from .conversation_participants_item import ConversationParticipantsItem
from .conversation_platform_info import ConversationPlatformInfo
from .conversation_policy_override import ConversationPolicyOverride
from .conversation_transfer_info import ConversationTransferInfo
from .conversation_visitor import ConversationVisitor
from .create_coaching_comment_response import CreateCoachingCommentResponse
from .delete_conversation_response import DeleteConversationResponse
from .delete_target_response import DeleteTargetResponse
from .evaluation_period import EvaluationPeriod
from .get_conversation_response import GetConversationResponse
from .list_coaching_comments_response import ListCoachingCommentsResponse
from .list_suggestion_usage_request import ListSuggestionUsageRequest
from .list_suggestion_usage_response import ListSuggestionUsageResponse
from .overridden_agent import OverriddenAgent
from .protobuf_any import ProtobufAny
from .redact_conversation_message_request import RedactConversationMessageRequest
from .redact_conversation_message_response import RedactConversationMessageResponse
from .retrieve_total_agent_quota_request import RetrieveTotalAgentQuotaRequest
from .retrieve_total_agent_quota_response import RetrieveTotalAgentQuotaResponse
from .rpc_status import RpcStatus
from .sample_conversations_filter import SampleConversationsFilter
from .sample_conversations_request import SampleConversationsRequest
from .sample_conversations_response import SampleConversationsResponse
from .sampled_conversation import SampledConversation
from .sampling_method import SamplingMethod
from .suggestion_usage import SuggestionUsage
from .suggestion_usage_filter import SuggestionUsageFilter
from .task_complete_config import TaskCompleteConfig
from .update_target_response import UpdateTargetResponse

__all__ = (
    "CoachingComment",
    "CoachingTarget",
    "Conversation",
    "ConversationAgentInfo",
    "ConversationAudioAnalysis",
    "ConversationMessage",
    "ConversationMessageBotData",
    "ConversationMessageEmail",
    "ConversationMessageOriginalEventData",
    "ConversationMessageRedaction",
    "ConversationMessageSpeakerInfo",
    "ConversationMessageTranscriptionInfo",
    "ConversationMetadata",
    "ConversationParticipantsItem",
    "ConversationPlatformInfo",
    "ConversationPolicyOverride",
    "ConversationTransferInfo",
    "ConversationVisitor",
    "CreateCoachingCommentResponse",
    "DeleteConversationResponse",
    "DeleteTargetResponse",
    "EvaluationPeriod",
    "GetConversationResponse",
    "ListCoachingCommentsResponse",
    "ListSuggestionUsageRequest",
    "ListSuggestionUsageResponse",
    "OverriddenAgent",
    "ProtobufAny",
    "RedactConversationMessageRequest",
    "RedactConversationMessageResponse",
    "RetrieveTotalAgentQuotaRequest",
    "RetrieveTotalAgentQuotaResponse",
    "RpcStatus",
    "SampleConversationsFilter",
    "SampleConversationsRequest",
    "SampleConversationsResponse",
    "SampledConversation",
    "SamplingMethod",
    "SuggestionUsage",
    "SuggestionUsageFilter",
    "TaskCompleteConfig",
    "UpdateTargetResponse",
)

"""Contains all the data models used in inputs/outputs"""

from .call import Call
from .call_direction import CallDirection
from .call_metadata import CallMetadata
from .call_review import CallReview
from .call_stats import CallStats
from .call_stats_longest_segment_durations import CallStatsLongestSegmentDurations
from .call_summary import CallSummary
from .crm_entity import CrmEntity
from .crm_match import CrmMatch
from .deleted_call import DeletedCall
from .department import Department
from .error import Error
from .feedback import Feedback
from .kpi_definition import KpiDefinition
from .kpi_definition_frequency import KpiDefinitionFrequency
from .kpi_observation import KpiObservation
from .listen import Listen
from .meeting import Meeting
from .meeting_question import MeetingQuestion
from .meeting_scores import MeetingScores
from .plan import Plan
from .question_and_answer import QuestionAndAnswer
from .question_counts import QuestionCounts
from .score import Score
from .scorecard_question import ScorecardQuestion
from .search_calls_query import SearchCallsQuery
from .share import Share
from .simplified_transcript import SimplifiedTranscript
from .skill import Skill
from .speaker import Speaker
from .speaker_type import SpeakerType
from .talk_speed import TalkSpeed
from .talk_speed_words_per_minute import TalkSpeedWordsPerMinute
from .team import Team
from .topic_block import TopicBlock
from .topic_definition import TopicDefinition
from .topic_match import TopicMatch
from .topic_match_detail import TopicMatchDetail
from .topic_with_matches import TopicWithMatches
from .transcript_segment import TranscriptSegment
from .transcript_word import TranscriptWord
from .user import User

__all__ = (
    "Call",
    "CallDirection",
    "CallMetadata",
    "CallReview",
    "CallStats",
    "CallStatsLongestSegmentDurations",
    "CallSummary",
    "CrmEntity",
    "CrmMatch",
    "DeletedCall",
    "Department",
    "Error",
    "Feedback",
    "KpiDefinition",
    "KpiDefinitionFrequency",
    "KpiObservation",
    "Listen",
    "Meeting",
    "MeetingQuestion",
    "MeetingScores",
    "Plan",
    "QuestionAndAnswer",
    "QuestionCounts",
    "Score",
    "ScorecardQuestion",
    "SearchCallsQuery",
    "Share",
    "SimplifiedTranscript",
    "Skill",
    "Speaker",
    "SpeakerType",
    "TalkSpeed",
    "TalkSpeedWordsPerMinute",
    "Team",
    "TopicBlock",
    "TopicDefinition",
    "TopicMatch",
    "TopicMatchDetail",
    "TopicWithMatches",
    "TranscriptSegment",
    "TranscriptWord",
    "User",
)

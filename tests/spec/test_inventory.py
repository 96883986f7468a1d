"""The documented operations, written down from ../shared/seeds, against the spec's."""

from __future__ import annotations

from typing import Any

from generator.lint import operations

CRESTA = "/v1/customers/{customerId}/profiles/{profileId}"
DOCUMENTED = {
    "cresta": {
        # CoachingService
        ("DELETE", f"{CRESTA}/targets/{{targetId}}"),  # DeleteTarget
        ("GET", f"{CRESTA}/coachingComments"),  # ListCoachingComments
        ("POST", f"{CRESTA}/coachingComments"),  # CreateCoachingComment
        ("POST", f"{CRESTA}/scorecardTemplates/{{scorecardTemplateId}}@{{revisionId}}:retrieveTotalAgentQuota"),
        ("PATCH", f"{CRESTA}/targets/{{targetId}}"),  # UpdateTarget
        # ConversationService
        ("POST", f"{CRESTA}/conversations/{{conversationId}}/messages/{{messageId}}:redact"),
        ("GET", f"{CRESTA}/conversations/{{conversationId}}"),  # GetConversation
        ("DELETE", f"{CRESTA}/conversations/{{conversationId}}"),  # DeleteConversation
        ("POST", f"{CRESTA}/conversations:sample"),  # SampleConversations
        ("POST", f"{CRESTA}/conversations:suggestionUsages"),  # ListSuggestionUsage
    },
    "execvision": {
        ("GET", "/check"),
        ("GET", "/users"),
        ("GET", "/teams"),
        ("GET", "/departments"),
        ("GET", "/calls"),
        ("GET", "/calls/deleted"),
        ("GET", "/calls/search"),
        ("GET", "/call/{id}"),
        ("DELETE", "/call/{id}"),
        ("GET", "/call_topics"),
        ("GET", "/listens"),
        ("GET", "/scores"),
        ("GET", "/scorecard/{id}"),
        ("GET", "/topics"),
        ("GET", "/feedback"),
        ("GET", "/shares"),
        ("GET", "/meetings"),
        ("GET", "/plans"),
        ("GET", "/kpis"),
        ("GET", "/kpi/{id}"),
        ("GET", "/transcript/{id}"),
    },
}


def test_documented_operation_count() -> None:
    assert sum(len(ops) for ops in DOCUMENTED.values()) == 31


def test_spec_has_exactly_the_documented_operations(docs: dict[str, dict[str, Any]]) -> None:
    for api, documented in DOCUMENTED.items():
        in_spec = {(method.upper(), path) for method, path, _ in operations(docs[api])}
        assert not documented - in_spec, f"{api}: documented but missing from the spec"
        assert not in_spec - documented, f"{api}: in the spec but not documented"


def test_cresta_operations_are_split_over_the_two_services(docs: dict[str, dict[str, Any]]) -> None:
    tags = [op["tags"][0] for _, _, op in operations(docs["cresta"])]
    assert tags.count("CoachingService") == 5
    assert tags.count("ConversationService") == 5

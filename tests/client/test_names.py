"""Cresta resource names: parse and format round trip; facades accept full names."""

from __future__ import annotations

import dataclasses

import cresta_client as cc
import pytest
from cresta_client import (
    CoachingCommentName,
    CoachingPlanName,
    ConversationName,
    Cresta,
    CustomerName,
    MessageName,
    MomentName,
    ProfileName,
    ScorecardTemplateName,
    TargetName,
    UsecaseName,
    UserName,
    parse_resource_name,
)
from hypothesis import given
from hypothesis import strategies as st

from .conftest import PARENT

IDS = st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9_-]{0,12}\Z")
KINDS = [
    CustomerName,
    UserName,
    ProfileName,
    TargetName,
    ConversationName,
    MessageName,
    CoachingPlanName,
    CoachingCommentName,
    UsecaseName,
    MomentName,
    ScorecardTemplateName,
]
EXAMPLES = {
    "customers/acme": CustomerName("acme"),
    "customers/acme/users/agent-1": UserName("acme", "agent-1"),
    PARENT: ProfileName("acme", "default"),
    f"{PARENT}/targets/target-1": TargetName("acme", "default", "target-1"),
    f"{PARENT}/conversations/conv-1": ConversationName("acme", "default", "conv-1"),
    f"{PARENT}/conversations/conv-1/messages/msg-1": MessageName("acme", "default", "conv-1", "msg-1"),
    f"{PARENT}/coachingPlans/plan-1": CoachingPlanName("acme", "default", "plan-1"),
    f"{PARENT}/coachingComments/comment-1": CoachingCommentName("acme", "default", "comment-1"),
    f"{PARENT}/usecases/sales": UsecaseName("acme", "default", "sales"),
    f"{PARENT}/moments/moment-1": MomentName("acme", "default", "moment-1"),
    f"{PARENT}/scorecardTemplates/qa-template": ScorecardTemplateName("acme", "default", "qa-template"),
    f"{PARENT}/scorecardTemplates/qa-template@rev-1": ScorecardTemplateName("acme", "default", "qa-template", "rev-1"),
}


@pytest.mark.parametrize("text", sorted(EXAMPLES))
def test_examples_round_trip(text: str) -> None:
    name = EXAMPLES[text]
    assert type(name).parse(text) == name and str(name) == text
    assert parse_resource_name(text) == name
    assert type(name).parse(name) is name


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__)
@given(data=st.data())
def test_any_ids_round_trip(kind: type[cc.ResourceName], data: st.DataObject) -> None:
    values = [data.draw(IDS) for _ in dataclasses.fields(kind)]
    name = kind(*values)
    assert kind.parse(str(name)) == name
    assert str(kind.parse(str(name))) == str(name)


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "customers/acme/profiles",
        f"{PARENT}/targets/",
        f"{PARENT}/targets/t/extra",
        f"{PARENT}/conversations/conv-1",  # a conversation, not a target
        "customers/ac me/profiles/default/targets/t",
        "customers/-acme/profiles/default/targets/t",
        f"/{PARENT}/targets/t",
    ],
)
def test_bad_names_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        TargetName.parse(bad)


def test_ids_are_validated_and_parents_derived() -> None:
    with pytest.raises(ValueError):
        TargetName("acme", "default", "a/b")
    message = MessageName.parse(f"{PARENT}/conversations/conv-1/messages/msg-1")
    assert str(message.conversation) == f"{PARENT}/conversations/conv-1"
    assert str(message.profile) == PARENT
    with pytest.raises(ValueError):
        parse_resource_name("users/acme")


def test_facade_takes_the_full_name(cresta: Cresta) -> None:
    target = f"{PARENT}/targets/target-1"
    cresta.delete_target(target)
    with pytest.raises(cc.NotFoundError):
        cresta.delete_target(TargetName.parse(target))
    with pytest.raises(ValueError, match="not a TargetName"):
        cresta.delete_target(f"{PARENT}/conversations/conv-1")
    with pytest.raises(ValueError, match="needs a revision"):
        cresta.retrieve_total_agent_quota(f"{PARENT}/scorecardTemplates/qa-template")

"""Cresta resource names: parse `customers/c/profiles/p/targets/t` into ids and format back.

    TargetName.parse("customers/acme/profiles/default/targets/t-1").target_id == "t-1"
    str(TargetName("acme", "default", "t-1")) == "customers/acme/profiles/default/targets/t-1"

Every id segment must match ID_PATTERN (the spec's path-parameter pattern). Scorecard
templates may carry a revision: `.../scorecardTemplates/{id}@{revision}`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any, ClassVar, Self

__all__ = [
    "ID_PATTERN",
    "CoachingCommentName",
    "CoachingPlanName",
    "ConversationName",
    "CustomerName",
    "MessageName",
    "MomentName",
    "ProfileName",
    "ResourceName",
    "ScorecardTemplateName",
    "TargetName",
    "UsecaseName",
    "UserName",
    "parse_resource_name",
]

ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]*$"
_ID = re.compile(ID_PATTERN)
_SEGMENT = ID_PATTERN[1:-1]
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class ResourceName:
    """Base of the name classes: PATTERN has one `{field}` per dataclass field, in order."""

    PATTERN: ClassVar[str] = ""
    _REGEX: ClassVar[re.Pattern[str]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        parts = _PLACEHOLDER.split(cls.PATTERN)  # literal, field, literal, field, ..., literal
        regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>{_SEGMENT})" for i, part in enumerate(parts))
        cls._REGEX = re.compile(regex + r"\Z")

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if value is not None and not (isinstance(value, str) and _ID.match(value)):
                raise ValueError(f"{type(self).__name__}.{item.name}: {value!r} does not match {ID_PATTERN}")

    @classmethod
    def parse(cls, name: str | Self) -> Self:
        """The name's ids; ValueError if `name` is not of this kind."""
        if isinstance(name, cls):
            return name
        match = cls._REGEX.match(str(name))
        if match is None:
            raise ValueError(f"not a {cls.__name__} ({cls.PATTERN}): {name!r}")
        return cls(**match.groupdict())

    def __str__(self) -> str:
        return self.PATTERN.format(**{item.name: getattr(self, item.name) for item in fields(self)})

    def path_id(self, field: str) -> str:
        """The id `field` as a request path takes it; ValueError if this name leaves it out.

        The generated facades address operations with it: `.../scorecardTemplates/{id}@{revision}`
        needs the revision that a `ScorecardTemplateName` may omit."""
        value = getattr(self, field)
        if not isinstance(value, str):
            raise ValueError(f"{self!s}: the name needs a {field.removesuffix('_id')} here")
        return value


@dataclass(frozen=True)
class CustomerName(ResourceName):
    PATTERN: ClassVar[str] = "customers/{customer_id}"
    customer_id: str


@dataclass(frozen=True)
class UserName(ResourceName):
    PATTERN: ClassVar[str] = "customers/{customer_id}/users/{user_id}"
    customer_id: str
    user_id: str


@dataclass(frozen=True)
class ProfileName(ResourceName):
    PATTERN: ClassVar[str] = "customers/{customer_id}/profiles/{profile_id}"
    customer_id: str
    profile_id: str


@dataclass(frozen=True)
class _InProfile(ResourceName):
    customer_id: str
    profile_id: str

    @property
    def profile(self) -> ProfileName:
        return ProfileName(self.customer_id, self.profile_id)


@dataclass(frozen=True)
class TargetName(_InProfile):
    PATTERN: ClassVar[str] = "customers/{customer_id}/profiles/{profile_id}/targets/{target_id}"
    target_id: str


@dataclass(frozen=True)
class ConversationName(_InProfile):
    PATTERN: ClassVar[str] = "customers/{customer_id}/profiles/{profile_id}/conversations/{conversation_id}"
    conversation_id: str


@dataclass(frozen=True)
class MessageName(_InProfile):
    PATTERN: ClassVar[str] = (
        "customers/{customer_id}/profiles/{profile_id}/conversations/{conversation_id}/messages/{message_id}"
    )
    conversation_id: str
    message_id: str

    @property
    def conversation(self) -> ConversationName:
        return ConversationName(self.customer_id, self.profile_id, self.conversation_id)


@dataclass(frozen=True)
class CoachingPlanName(_InProfile):
    PATTERN: ClassVar[str] = "customers/{customer_id}/profiles/{profile_id}/coachingPlans/{coaching_plan_id}"
    coaching_plan_id: str


@dataclass(frozen=True)
class CoachingCommentName(_InProfile):
    PATTERN: ClassVar[str] = "customers/{customer_id}/profiles/{profile_id}/coachingComments/{comment_id}"
    comment_id: str


@dataclass(frozen=True)
class UsecaseName(_InProfile):
    PATTERN: ClassVar[str] = "customers/{customer_id}/profiles/{profile_id}/usecases/{usecase_id}"
    usecase_id: str


@dataclass(frozen=True)
class MomentName(_InProfile):
    PATTERN: ClassVar[str] = "customers/{customer_id}/profiles/{profile_id}/moments/{moment_id}"
    moment_id: str


@dataclass(frozen=True)
class ScorecardTemplateName(_InProfile):
    """`.../scorecardTemplates/{scorecard_template_id}[@{revision_id}]`."""

    PATTERN: ClassVar[str] = "customers/{customer_id}/profiles/{profile_id}/scorecardTemplates/{scorecard_template_id}"
    scorecard_template_id: str
    revision_id: str | None = None

    @classmethod
    def parse(cls, name: str | Self) -> Self:
        if isinstance(name, cls):
            return name
        base, at, revision = str(name).partition("@")
        parsed = super().parse(base)
        if not at:
            return parsed
        return cls(parsed.customer_id, parsed.profile_id, parsed.scorecard_template_id, revision)

    def __str__(self) -> str:
        base = self.PATTERN.format(
            customer_id=self.customer_id,
            profile_id=self.profile_id,
            scorecard_template_id=self.scorecard_template_id,
        )
        return base if self.revision_id is None else f"{base}@{self.revision_id}"


_KINDS: tuple[type[ResourceName], ...] = (
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
)


def parse_resource_name(name: str) -> ResourceName:
    """Whichever kind of resource name `name` is; ValueError if none."""
    for kind in _KINDS:
        try:
            return kind.parse(name)
        except ValueError:
            continue
    raise ValueError(f"not a Cresta resource name: {name!r}")

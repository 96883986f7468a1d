"""The facade model: what the parser reads out of the spec, the registry and the policy table,
as typed objects the templates only render (no decisions are left to the templates).

Annotations and expressions are Python source; `{}` in a conversion stands for the value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "Argument",
    "Call",
    "ConstructorParam",
    "Facade",
    "Method",
    "Paging",
    "SpecRules",
    "signature",
]


@dataclass(frozen=True)
class Argument:
    """One parameter of a facade method."""

    name: str
    annotation: str
    default: str | None = None  # Python source; None: required
    keyword_only: bool = False

    @property
    def source(self) -> str:
        text = f"{self.name}: {self.annotation}"
        return text if self.default is None else f"{text} = {self.default}"


def signature(arguments: list[Argument]) -> list[str]:
    """The parameter sources, with `*` before the first keyword-only one."""
    out: list[str] = []
    for arg in arguments:
        if arg.keyword_only and "*" not in out:
            out.append("*")
        out.append(arg.source)
    return out


@dataclass(frozen=True)
class Call:
    """How a method sends its operation: the generated module, the arguments of its
    `_get_kwargs`, the response decoder, and what is returned."""

    operation_id: str
    module: str  # the generated endpoint module, relative: `.api.<tag>.<operation>`
    alias: str  # its local name: `_list_calls`
    setup: list[str]  # statements before the call (resource-name parsing, the body)
    kwargs: list[tuple[str, str]]  # `_get_kwargs` parameter -> expression
    parser: str  # the decoder expression
    returns: str  # the return annotation
    # (attribute, JSON field, whether the schema leaves it optional) of a one-field response
    unwrap: tuple[str, str, bool] | None = None
    idempotent: str | None = None  # an expression deciding retries per call (None: the operation's rule)


@dataclass(frozen=True)
class Paging:
    """An `iter_*` helper over a list method."""

    name: str
    style: Literal["pageToken", "since", "sinceLastId"]
    item: str  # the item annotation
    arguments: list[Argument]
    page_params: list[tuple[str, str]]  # the cursor's parameters: name -> annotation
    page_returns: str
    forward: list[str]  # the list method's positional arguments, as expressions
    forward_keywords: list[tuple[str, str]]  # and its keyword arguments
    cursor: str  # the cursor construction expression
    setup: list[str] = field(default_factory=list)  # statements before the cursor (page size)
    doc: str = ""


@dataclass(frozen=True)
class Method:
    name: str
    doc: str
    arguments: list[Argument]
    call: Call
    paging: Paging | None = None


@dataclass(frozen=True)
class ConstructorParam:
    argument: Argument
    sync_annotation: str | None = None  # where the blocking client's annotation differs
    async_annotation: str | None = None
    role: str | None = None  # a credential: the registry's live-env role it takes (`user`, `client_id`, ...)


@dataclass(frozen=True)
class SpecRules:
    """The `x-` values the clients embed (`_spec_rules.py`), each as Python source."""

    constants: list[tuple[str, str, str]]  # (name, annotation, source)
    comments: dict[str, str]


@dataclass(frozen=True)
class Facade:
    api: str
    title: str
    facade: str
    async_facade: str
    error_model: str
    base_url: str
    timeout: str  # the DEFAULT_TIMEOUT expression
    timeout_comment: str
    auth_doc: str
    auth: str  # the expression building the httpx.Auth
    throttle: str | None  # the expression building the throttle, or None
    constructor: list[ConstructorParam]
    imports: list[tuple[str, str]]  # (relative module, name), sorted and unique
    methods: list[Method]
    rules: SpecRules

"""The live stateful phase: chains start at every link source, their first requests find data,
and the phase records which links it followed. Imported by `fuzz.live_hooks`, so it acts in the
schemathesis CLI process of `python -m fuzz` only.

Roots. While any link source is a "reliable" root, schemathesis starts scenarios at those
only. A source is reliable if it is a POST or a GET without path parameters, unless one of its
inputs names a resource no operation returns (`is_likely_root_transition`); and every
parameter counts as an input, optional ones too. A paging cursor `last_id` names a resource
"Last" that nothing returns, so a paged list with such a cursor fell back, and no scenario ever
started at it: its links, and those of the operations only it leads to, were never followed.
`promote_optional_fk_roots` makes such a fallback root reliable when only optional parameters
held it back (they can be left out); a required one still holds an operation back.

First requests. A link from a list (`$response.body#/0/id`) needs a non-empty page, and a
generated request rarely gets one: a random `since` lies centuries ahead, a random filter or
cursor matches nothing. `flatmap_case` sends, for half of the positive stateful requests of a
link source, its plain request instead: required query parameters at their documented
examples, optional ones left out (the other half stays generated).

Followed links. `FollowedLinks` is a CLI event handler that counts, per link (schemathesis'
transition id, "GET /items -> [200] GetItem -> GET /items/{id}"), the stateful steps that took
it and those that followed it: sent every value the link defines. (schemathesis' "covered"
counts a step that applied any one value, e.g. a pinned tenant id taken from the request
while the id the link is for was missing from the response.) It writes them to the file
named by `fuzz.links.REPORT_VAR`, which `fuzz.summary` reads.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import strategies as st
from schemathesis import HookContext, cli
from schemathesis.core.parameters import ParameterLocation
from schemathesis.core.result import Ok
from schemathesis.core.transforms import UNRESOLVABLE
from schemathesis.engine import Status, events
from schemathesis.engine.run import PhaseName
from schemathesis.generation.meta import TestPhase
from schemathesis.specs.openapi import stateful as openapi_stateful
from schemathesis.specs.openapi.expressions import MultiMatch

from fuzz.links import REPORT_VAR
from fuzz.rules import AnyCase, is_positive

OPTIONAL_LOCATIONS = {ParameterLocation.QUERY, ParameterLocation.HEADER, ParameterLocation.COOKIE}


def _optional_parameters(operation: Any) -> set[tuple[ParameterLocation, str]]:
    return {
        (param.location, param.name)
        for param in operation.iter_parameters()
        if not param.is_required and param.location in OPTIONAL_LOCATIONS
    }


def promote_optional_fk_roots(classify: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap schemathesis' `classify_root_transitions`: a fallback root that is a likely root by
    its method and path, and is held back only by inputs in optional parameters, is reliable."""

    def classify_root_transitions(operations: list[Any], transitions: Any, graph: Any) -> Any:
        roots = classify(operations, transitions, graph)
        produced = {output.resource.name for node in graph.operations.values() for output in node.outputs}
        by_label = {operation.label: operation for operation in operations}
        for label in sorted(roots.fallback):
            operation, node = by_label[label], graph.operations.get(label)
            if node is None or not openapi_stateful.is_likely_root_transition(operation, None, produced):
                continue  # held back by its method or path parameters, not by an input
            optional = _optional_parameters(operation)
            blocking = [
                slot for slot in node.inputs if slot.resource_field is not None and slot.resource.name not in produced
            ]
            if all((slot.parameter_location, slot.parameter_name) in optional for slot in blocking):
                roots.fallback.discard(label)
                roots.reliable.add(label)
        return roots

    classify_root_transitions.__wrapped__ = classify  # type: ignore[attr-defined]
    return classify_root_transitions


def is_link_source(operation: Any) -> bool:
    return any(True for _, response in operation.responses.items() for _ in response.iter_links())


def plain_request(case: AnyCase) -> AnyCase:
    """`case` with the documented minimal query: required parameters at their examples (when
    they have one), optional ones left out."""
    query = dict(case.query or {})
    for param in case.operation.query:
        if not param.is_required:
            query.pop(param.name, None)
        elif "example" in param.definition:
            query[param.name] = param.definition["example"]
    case.query = query
    return case


def flatmap_case(context: HookContext, case: AnyCase) -> st.SearchStrategy[AnyCase]:
    """Stateful phase: half of the positive requests of a link source are its plain request."""
    stateful = case.meta is not None and case.meta.phase.name == TestPhase.STATEFUL
    if not stateful or not is_positive(case) or not is_link_source(case.operation):
        return st.just(case)
    return st.booleans().map(lambda plain: plain_request(case) if plain else case)


def _sent(case: Any, container: str, name: str, value: Any) -> bool:
    sent = getattr(case, container, None) or {}
    if name not in sent:
        return False
    if isinstance(value, MultiMatch):
        return sent[name] in value.values
    return bool(sent[name] == value)


def followed(node: Any) -> bool:
    """Whether a recorded stateful step sent every value its link defines."""
    transition = node.transition
    if not node.is_transition_applied:
        return False
    for container, params in transition.parameters.items():
        for name, extracted in params.items():
            value = extracted.value.ok() if isinstance(extracted.value, Ok) else UNRESOLVABLE
            if value is None or value is UNRESOLVABLE or not _sent(node.value, container, name, value):
                return False
    body = transition.request_body
    if body is not None:
        value = body.value.ok() if isinstance(body.value, Ok) else UNRESOLVABLE
        if value is UNRESOLVABLE:
            return False
    return True


class FollowedLinks(cli.EventHandler[Any]):
    """Counts, per link, the stateful steps that took it and that followed it."""

    def __init__(self, *args: Any, **params: Any) -> None:
        path = os.environ.get(REPORT_VAR, "")
        self.path = Path(path) if path else None
        self.taken: Counter[str] = Counter()
        self.followed: Counter[str] = Counter()
        self.scenarios = 0

    def handle_event(self, ctx: Any, event: Any) -> None:
        if not isinstance(event, events.ScenarioFinished) or event.phase != PhaseName.STATEFUL_TESTING:
            return
        if event.is_final or event.status in (Status.INTERRUPTED, Status.SKIP, None):
            return  # a replay of a failure, or no scenario (as schemathesis counts them)
        self.scenarios += 1
        for node in event.recorder.cases.values():
            if node.transition is None:
                continue
            self.taken[node.transition.id] += 1
            if followed(node):
                self.followed[node.transition.id] += 1

    def shutdown(self, ctx: Any) -> None:
        if self.path is None:
            return
        data = {
            "scenarios": self.scenarios,
            "links": {
                link: {"taken": self.taken[link], "followed": self.followed[link]} for link in sorted(self.taken)
            },
        }
        self.path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def install() -> None:
    """Register the hook and the handler, and wrap the root classification (once: the state
    machine factory looks `classify_root_transitions` up in its module at every call)."""
    current = openapi_stateful.classify_root_transitions
    if hasattr(current, "__wrapped__"):
        return
    openapi_stateful.classify_root_transitions = promote_optional_fk_roots(current)
    schemathesis.hook(flatmap_case)
    cli.handler()(FollowedLinks)

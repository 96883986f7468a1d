"""The live stateful phase: it records which links it followed. Imported by `fuzz.live_hooks`,
so it acts in the schemathesis CLI process of `python -m fuzz` only.

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
from pathlib import Path
from typing import Any

from schemathesis import cli
from schemathesis.core.result import Ok
from schemathesis.core.transforms import UNRESOLVABLE
from schemathesis.engine import Status, events
from schemathesis.engine.run import PhaseName
from schemathesis.specs.openapi.expressions import MultiMatch

from fuzz.links import REPORT_VAR


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


INSTALLED = False


def install() -> None:
    """Register the handler (once)."""
    global INSTALLED
    if not INSTALLED:
        cli.handler()(FollowedLinks)
        INSTALLED = True

"""The OpenAPI links of a fuzzed schema, which of them a run can follow, and which it followed.

A run can follow a link when both its ends are in the run: read-only runs leave the write
operations out (`fuzz.apis.is_write`), so a link from or to a write is followable only with
ALLOW_WRITES=1. Which links the stateful phase followed comes from the file that
`fuzz.live_stateful.FollowedLinks` writes in the schemathesis process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import specmodel
from fuzz.apis import is_write
from specmodel.refs import resolve

__all__ = ["REPORT_VAR", "Link", "Run", "read_run", "schema_links"]

REPORT_VAR = "FUZZ_LINKS_REPORT"  # set by `python -m fuzz`: where FollowedLinks writes its report


@dataclass(frozen=True)
class Link:
    source: str  # operationId
    status: str
    name: str
    target: str  # operationId
    transition: str  # schemathesis' id of the link, "GET /calls -> [200] GetCallById -> GET /call/{id}"
    writes: bool  # its source or its target writes

    def __str__(self) -> str:
        return f"{self.source} -> {self.name} -> {self.target}"


def schema_links(doc: dict[str, Any]) -> list[Link]:
    """Every link of the document's responses, in document order."""
    ops = {op.operation_id: op for op in specmodel.operations(doc)}
    found = []
    for op in ops.values():
        for status, response in (op.node.get("responses") or {}).items():
            for name, raw in ((resolve(doc, response) or {}).get("links") or {}).items():
                target = ops[str(resolve(doc, raw)["operationId"])]
                transition = f"{op.method.upper()} {op.path} -> [{status}] {name} -> {target.where}"
                writes = is_write(op.method, op.node) or is_write(target.method, target.node)
                found.append(Link(op.operation_id, str(status), str(name), target.operation_id, transition, writes))
    return found


@dataclass(frozen=True)
class Run:
    """What the stateful phase of one run did with the links (`FollowedLinks`' report)."""

    scenarios: int
    taken: dict[str, int]  # per transition id: the steps that took the link
    followed: dict[str, int]  # per transition id: the steps that sent every value it defines


def read_run(path: Path) -> Run | None:
    """The report of the stateful phase, or None when it did not run (or wrote nothing)."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    counts: dict[str, dict[str, int]] = data.get("links") or {}
    return Run(
        scenarios=int(data.get("scenarios", 0)),
        taken={link: int(entry["taken"]) for link, entry in counts.items()},
        followed={link: int(entry["followed"]) for link, entry in counts.items() if entry["followed"]},
    )

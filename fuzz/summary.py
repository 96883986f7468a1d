"""The human summary of a live run, read from the schemathesis JSON and JUnit reports and from
the links report of the stateful phase (`fuzz.live_stateful`)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import specmodel
from fuzz.links import Link, Run, read_run, schema_links

_CHECK = re.compile(r"^- (ST\d+ .+)$", re.MULTILINE)
_CURL = re.compile(r"^\s*(curl .+)$", re.MULTILINE)
# A check of our own names itself at the start of its failure's title: "[paging_complete] ...".
_OWN_CHECK = re.compile(r"^\[([A-Za-z_][\w.-]*)\]")
# The built-in check that raises each schemathesis failure code (schemathesis/failure_codes.py).
CHECK_OF_CODE = {
    "ST101": "not_a_server_error",
    "ST102": "not_a_server_error",
    "ST103": "status_code_conformance",
    "ST104": "content_type_conformance",
    "ST105": "content_type_conformance",
    "ST106": "content_type_conformance",
    "ST107": "response_headers_conformance",
    "ST108": "response_schema_conformance",
    "ST109": "response_schema_conformance",
    "ST110": "response_schema_conformance",
    "ST111": "response_schema_conformance",
    "ST112": "max_response_time",
    "ST201": "negative_data_rejection",
    "ST202": "positive_data_acceptance",
    "ST203": "missing_required_header",
    "ST204": "unsupported_method",
    "ST205": "allow_header_conformance",
    "ST301": "use_after_free",
    "ST302": "ensure_resource_availability",
    "ST401": "ignored_auth",
    "ST402": "object_level_authorization",
}


def check_name(code: str | None, title: str | None) -> str:
    """The name of the check behind a schemathesis failure (its code and title)."""
    own = _OWN_CHECK.match(title or "")
    if own:
        return own.group(1)
    return CHECK_OF_CODE.get(code or "", f"{code or 'unknown'} {title or ''}".strip())


@dataclass
class Problem:
    operation: str
    kind: str  # "failure" or "error"
    titles: list[str]
    curls: list[str]
    text: str


@dataclass
class Failed:
    """One failure group of the JSON report: a check that failed on these operations."""

    code: str
    title: str
    operations: list[str]

    @property
    def check(self) -> str:
        return check_name(self.code, self.title)


@dataclass
class Summary:
    operations_total: int = 0
    operations_tested: int = 0
    cases: int = 0
    cases_with_failures: int = 0
    seed: int | None = None
    complete: bool = False
    exit_code: int | None = None
    problems: list[Problem] = field(default_factory=list)
    failures: list[Failed] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.complete and self.exit_code == 0 and not self.problems


@dataclass
class Links:
    """The links of the fuzzed schema: those the run could follow (both ends in the run), those
    it left out with the operations it leaves out, and what the stateful phase did (None: it
    did not run)."""

    followable: list[Link]
    left_out: list[Link]
    run: Run | None
    read_only: bool

    @property
    def followed(self) -> list[Link]:
        run = self.run
        return [link for link in self.followable if run is not None and link.transition in run.followed]

    @property
    def missed(self) -> list[Link]:
        return [link for link in self.followable if link not in self.followed]


def read_links(schema: Path, links_report: Path, *, excluded: Collection[str], read_only: bool) -> Links:
    """The links of `schema`, given the operations the run left out, and the stateful phase's report."""
    found = schema_links(specmodel.load(schema))
    run = read_run(links_report)
    if run is not None and run.scenarios == 0:
        run = None
    out = {link for link in found if link.source in excluded or link.target in excluded}
    return Links(
        followable=[link for link in found if link not in out],
        left_out=[link for link in found if link in out],
        run=run,
        read_only=read_only,
    )


def render_links(found: Links) -> list[str]:
    kind = "read-only links" if found.read_only else "links"
    if found.run is None:
        return [f"   links: the stateful phase did not run ({len(found.followable)} {kind} to follow)"]
    run = found.run
    lines = [
        f"   links followed by the stateful phase: {len(found.followed)} of {len(found.followable)} {kind}"
        f" ({run.scenarios} scenarios)"
    ]
    for link in found.followed:
        lines.append(f"     followed: {link} ({run.followed[link.transition]} times)")
    for link in found.missed:
        taken = run.taken.get(link.transition, 0)
        why = "never taken" if not taken else f"taken {taken} times, never with every value it defines"
        lines.append(f"     NOT followed: {link} ({why})")
    for link in found.left_out:
        lines.append(f"     left out, an end is not in the run: {link}")
    return lines


def read(json_report: Path, junit_report: Path) -> Summary:
    summary = Summary()
    if json_report.is_file():
        data: dict[str, Any] = json.loads(json_report.read_text(encoding="utf-8"))
        ops, cases = data.get("operations", {}), data.get("test_cases", {})
        summary.operations_total = int(ops.get("total", 0))
        summary.operations_tested = int(ops.get("tested", 0))
        summary.cases = int(cases.get("generated", 0))
        summary.cases_with_failures = int(cases.get("with_failures", 0))
        summary.seed = data.get("seed")
        summary.complete = bool(data.get("complete"))
        summary.exit_code = data.get("exit_code")
        for group in data.get("failures") or []:
            operations = [str(op) for op in group.get("operations") or []]
            summary.failures.append(Failed(str(group.get("code")), str(group.get("title")), operations))
    if junit_report.is_file():
        for case in ET.parse(junit_report).getroot().iter("testcase"):
            for kind in ("failure", "error"):
                for node in case.findall(kind):
                    text = node.text or node.get("message") or ""
                    titles = _CHECK.findall(text) or [text.strip().splitlines()[0] if text.strip() else kind]
                    summary.problems.append(
                        Problem(str(case.get("name")), kind, titles, [c.strip() for c in _CURL.findall(text)], text)
                    )
    return summary


def render(
    summary: Summary,
    *,
    api: str,
    url: str,
    mode: str,
    skipped: list[str],
    reports: list[Path],
    links: Links | None = None,
) -> str:
    lines = [f"== fuzz {api} against {url} ({mode})"]
    if skipped:
        lines.append(f"   write operations left out: {', '.join(skipped)} (set ALLOW_WRITES=1 to include them)")
    lines.append(f"   operations covered: {summary.operations_tested} of {summary.operations_total} in the spec")
    lines.append(f"   cases run: {summary.cases} ({summary.cases_with_failures} with failures); seed {summary.seed}")
    if links is not None:
        lines += render_links(links)
    for problem in summary.problems:
        lines.append(f" - {problem.kind.upper()} {problem.operation}: {'; '.join(problem.titles)}")
        for curl in problem.curls:
            lines.append(f"     {curl}")
    if not summary.complete:
        lines.append("   the run did not complete (see the schemathesis output above)")
    lines.append("   reports: " + ", ".join(str(path) for path in reports))
    verdict = "PASSED" if summary.ok else f"FAILED ({len(summary.problems)} failing operations or errors)"
    lines.append(f"== {verdict}")
    return "\n".join(lines)

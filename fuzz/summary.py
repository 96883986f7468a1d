"""The human summary of a live run, read from the schemathesis JSON and JUnit reports."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


def render(summary: Summary, *, api: str, url: str, mode: str, skipped: list[str], reports: list[Path]) -> str:
    lines = [f"== fuzz {api} against {url} ({mode})"]
    if skipped:
        lines.append(f"   write operations left out: {', '.join(skipped)} (set ALLOW_WRITES=1 to include them)")
    lines.append(f"   operations covered: {summary.operations_tested} of {summary.operations_total} in the spec")
    lines.append(f"   cases run: {summary.cases} ({summary.cases_with_failures} with failures); seed {summary.seed}")
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

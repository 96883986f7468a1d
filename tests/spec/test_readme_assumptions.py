"""The README's assumptions table is exactly the specs' `x-assumed` marks, and every behaviour
rule the mock's code enforces (`ctx.enforces("<rule>")`) is one the spec declares."""

from __future__ import annotations

import re

import specmodel
from generator.assumptions import markdown
from generator.paths import ROOT
from specmodel.strictness import assumed_rules

BEGIN, END = "<!-- assumptions:begin -->", "<!-- assumptions:end -->"
ENFORCES = re.compile(r"""\.enforces\(\s*["']([^"']+)["']""")


def test_readme_carries_the_assumptions_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    assert table == markdown(), "README is stale; paste `python -m generator assumptions` between the markers"


def test_every_enforced_rule_is_declared_x_assumed() -> None:
    declared = {
        rule for api in specmodel.apis() for op in specmodel.operations(api.doc) for rule in assumed_rules(op.node)
    }
    used = {
        (path.relative_to(ROOT).as_posix(), rule)
        for path in (ROOT / "mockserver").rglob("*.py")
        for rule in ENFORCES.findall(path.read_text(encoding="utf-8"))
    }
    undeclared = sorted(f"{where}: {rule}" for where, rule in used if rule not in declared)
    assert not undeclared, "rules enforced but not marked x-assumed in any operation:\n" + "\n".join(undeclared)

"""``redocly``: Redocly CLI's recommended lint of the working specs (``make lint-redocly``).

A third-party linter reads the spec as our users' tools do, with none of our own lint's
assumptions. Redocly CLI is pinned exactly in ``publisher/npm/package.json`` and
``package-lock.json``; ``install`` copies both into ``.cache/npm/`` (ignored by git) and runs
``npm ci`` there, once per change of the lock. The lint runs with no config file and
``--extends=recommended``, telemetry and update notices off. Every problem counts, warnings
included: the target is 0 problems on every spec.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from publisher.specs import SpecError

__all__ = ["NODE_MINIMUM", "PINNED", "Problem", "RedoclyError", "install", "lint", "npm_missing"]

PINNED = Path(__file__).parent / "npm"  # package.json + package-lock.json: the exact pins
CACHE = Path(".cache") / "npm"  # under the repository root
NODE_MINIMUM = (20, 19)  # @redocly/cli 2.x: node >=20.19 <21 or >=22.12 (Debian 12 apt has 18)
INSTALL_TIMEOUT = 600
LINT_TIMEOUT = 300
QUIET = {
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "REDOCLY_SUPPRESS_NOTIFICATIONS": "true",
    "NO_COLOR": "1",
    "npm_config_update_notifier": "false",
    "npm_config_fund": "false",
    "npm_config_audit": "false",
}


class RedoclyError(Exception):
    """npm or node is missing or too old, the install failed, or the CLI gave no report."""


@dataclass(frozen=True, order=True)
class Problem:
    """One problem Redocly reports: where (file, line, column), which rule, what."""

    spec: str
    line: int
    col: int
    rule: str
    severity: str
    message: str
    pointer: str = ""

    def __str__(self) -> str:
        return f"{self.spec}:{self.line}:{self.col}: {self.severity} {self.rule}: {self.message} ({self.pointer})"


def npm_missing() -> str | None:
    """Why the lint cannot run here (no npm, no node, node too old), or None."""
    for tool in ("npm", "node"):
        if shutil.which(tool) is None:
            return f"{tool} is not on PATH (install it: apt-get install -y nodejs npm)"
    run = subprocess.run(["node", "--version"], capture_output=True, text=True, timeout=30)
    found = re.match(r"v(\d+)\.(\d+)", run.stdout.strip())
    if not found:
        return f"node --version gave {run.stdout.strip()!r}"
    version = (int(found.group(1)), int(found.group(2)))
    if not (NODE_MINIMUM <= version < (21, 0) or version >= (22, 12)):
        return f"node {run.stdout.strip()} is too old for @redocly/cli 2 (needs >=20.19 <21 or >=22.12)"
    return None


def _env() -> dict[str, str]:
    return {**os.environ, **QUIET}


def install(root: Path) -> Path:
    """Install the pinned CLI into ``root/.cache/npm`` (unless that lock is installed already);
    return the path of the ``redocly`` executable."""
    reason = npm_missing()
    if reason:
        raise RedoclyError(reason)
    cache = root / CACHE
    binary = cache / "node_modules" / ".bin" / "redocly"
    lock = (PINNED / "package-lock.json").read_bytes()
    installed = cache / "package-lock.json"
    if binary.exists() and installed.is_file() and installed.read_bytes() == lock:
        return binary
    cache.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(PINNED / "package.json", cache / "package.json")
    shutil.copyfile(PINNED / "package-lock.json", installed)
    cmd = ["npm", "ci", "--prefix", str(cache), "--cache", str(cache / "_cacache"), "--ignore-scripts"]
    run = subprocess.run(
        [*cmd, "--loglevel=error"], capture_output=True, text=True, env=_env(), timeout=INSTALL_TIMEOUT
    )
    if run.returncode != 0 or not binary.exists():
        installed.unlink(missing_ok=True)  # the next run installs again
        raise RedoclyError(f"npm ci failed (exit {run.returncode}): {(run.stdout + run.stderr)[-2000:]}")
    return binary


def _reports(text: str) -> list[dict[str, Any]]:
    """The JSON reports Redocly printed (one object per linted file)."""
    decoder = json.JSONDecoder()
    reports: list[dict[str, Any]] = []
    index = text.find("{")
    while index != -1:
        value, end = decoder.raw_decode(text, index)
        if isinstance(value, dict):
            reports.append(value)
        index = text.find("{", end)
    return reports


def lint(binary: Path, spec: Path, cwd: Path) -> list[Problem]:
    """Redocly's recommended lint of *spec* (run in *cwd*; file names in the problems are
    relative to it when *spec* is under it), sorted."""
    if not spec.is_file():
        raise SpecError(f"{spec}: no such spec")
    absolute, base = spec.resolve(), cwd.resolve()
    shown = absolute.relative_to(base) if absolute.is_relative_to(base) else absolute
    cmd = [str(binary.resolve()), "lint", str(shown), "--extends=recommended", "--format=json"]
    run = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=_env(), timeout=LINT_TIMEOUT)
    try:
        reports = _reports(run.stdout)
    except json.JSONDecodeError as exc:
        raise RedoclyError(f"redocly lint {spec}: unreadable report ({exc}): {run.stdout[-1000:]}") from exc
    if len(reports) != 1 or "problems" not in reports[0]:
        raise RedoclyError(
            f"redocly lint {spec}: exit {run.returncode}, no report: {(run.stdout + run.stderr)[-2000:]}"
        )
    problems: list[Problem] = []
    for item in reports[0]["problems"]:
        where = (item.get("location") or [{}])[0]
        start = where.get("start") or {}
        problems.append(
            Problem(
                spec=str((where.get("source") or {}).get("ref") or spec),
                line=int(start.get("line") or 0),
                col=int(start.get("col") or 0),
                rule=str(item.get("ruleId")),
                severity=str(item.get("severity")),
                message=str(item.get("message")),
                pointer=str(where.get("pointer") or ""),
            )
        )
    if run.returncode != 0 and not any(p.severity == "error" for p in problems):
        raise RedoclyError(f"redocly lint {spec}: exit {run.returncode}: {run.stderr[-2000:]}")
    return sorted(problems)

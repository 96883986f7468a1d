"""Command line: ``python -m publisher {build,release,diff,check,redocly}`` (see ``--help``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from publisher import build, gate, redocly, releases
from publisher.html import HtmlError
from publisher.specs import SpecError, discover, find_api


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m publisher", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path("."), help="repository root (default: the current directory)")
    sub = parser.add_subparsers(dest="command", required=True)
    p_build = sub.add_parser("build", help="write normalised specs, references, changelog")
    p_build.add_argument("--out", type=Path, default=Path("dist"), help="default: dist")
    p_release = sub.add_parser("release", help="snapshot a spec as a released version")
    p_release.add_argument("--api", required=True)
    p_release.add_argument("--version", required=True)
    p_release.add_argument("--date", help="release date YYYY-MM-DD (default: today)")
    for name, text in (
        ("diff", "print changes since the last release"),
        ("check", "fail on breaking changes without a major version bump"),
    ):
        sub.add_parser(name, help=text).add_argument("--api", help="default: every API")
    p_redocly = sub.add_parser("redocly", help="Redocly CLI's recommended lint (pinned, from npm): fail on any problem")
    p_redocly.add_argument("--api", help="default: every API")
    return parser


def _statuses(root: Path, api: str | None) -> list[gate.Status]:
    apis = [find_api(root, api)] if api else discover(root)
    if not apis:
        raise SpecError(f"no specs found: {root / 'spec'}/*.yaml")
    return [gate.status(root, a.name, a.path) for a in apis]


def _redocly(root: Path, api: str | None) -> int:
    apis = [find_api(root, api)] if api else discover(root)
    if not apis:
        raise SpecError(f"no specs found: {root / 'spec'}/*.yaml")
    binary = redocly.install(root)
    total = 0
    for a in apis:
        problems = redocly.lint(binary, a.path, root)
        total += len(problems)
        print(f"redocly: {a.name}: {len(problems)} problem(s)")
        for problem in problems:
            print(f"  {problem}")
    return 1 if total else 0


def _run(args: argparse.Namespace) -> int:
    root: Path = args.root
    if args.command == "build":
        files, changed, removed = build.build(root, args.out)
        print(f"publish: {args.out}/: {files} files, {changed} changed, {removed} removed")
        return 0
    if args.command == "release":
        target = releases.create(root, args.api, args.version, args.date)
        print(f"release: wrote {target} and its entry in {releases.changelog_path(root, args.api)}")
        return 0
    if args.command == "redocly":
        return _redocly(root, args.api)
    statuses = _statuses(root, args.api)
    if args.command == "diff":
        print("\n\n".join(gate.report(s) for s in statuses))
        return 0
    failed = [s for s in statuses if not s.ok]
    for s in statuses:
        state = "ok" if s.ok else "FAILED"
        against = s.last_release or "no release yet"
        print(f"check: {s.api} {s.version} (against {against}): {state}")
        for problem in s.problems:
            print(f"  {problem}")
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except (SpecError, releases.ReleaseError, HtmlError, redocly.RedoclyError, OSError) as exc:
        print(f"{args.command}: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

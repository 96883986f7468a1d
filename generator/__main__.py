"""python -m generator {generate,check,lint,discrepancies,assumptions,api-changes,release} [--api NAME] [--if-changed]

api-changes: the clients' Python API against their last release (exit 1 on a breaking change
without a major version bump); release: record the generated clients' API as the release of
their current version (overrides/<api>/releases/)."""

from __future__ import annotations

import argparse
import sys
import time

import specmodel
from generator import api_changes, assumptions, spec
from generator.config import ConfigError
from generator.discrepancies import markdown
from generator.paths import ApiPaths
from generator.pipeline import drift, generate, is_up_to_date
from generator.tools import ToolError


def _apis(selected: str | None) -> list[ApiPaths]:
    names = [selected] if selected else [api.name for api in specmodel.apis()]
    return [ApiPaths(name) for name in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument(
        "command", choices=["generate", "check", "lint", "discrepancies", "assumptions", "api-changes", "release"]
    )
    parser.add_argument("--api", choices=[api.name for api in specmodel.apis()])
    parser.add_argument("--if-changed", action="store_true", help="skip APIs whose inputs are unchanged")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        if args.command == "discrepancies":
            print(markdown())
        elif args.command == "assumptions":
            print(assumptions.markdown())
        elif args.command == "lint":
            for paths in _apis(args.api):
                spec.check(paths.spec)
                print(f"{paths.spec.name}: valid OpenAPI, lint clean")
        elif args.command == "generate":
            for paths in _apis(args.api):
                if args.if_changed and is_up_to_date(paths):
                    print(f"{paths.distribution_name}: up to date")
                else:
                    print(f"{paths.distribution_name}: generated into {generate(paths)}")
                print("\n".join(api_changes.report(paths).lines()))
            print(f"generation took {time.monotonic() - started:.1f}s")
        elif args.command == "api-changes":
            reports = [api_changes.report(paths) for paths in _apis(args.api)]
            print("\n".join(line for report in reports for line in report.lines()))
            problems = [problem for report in reports for problem in report.problems]
            if problems:
                print("\n".join(f"error: {problem}" for problem in problems), file=sys.stderr)
                return 1
        elif args.command == "release":
            for paths in _apis(args.api):
                print(f"{paths.distribution_name}: API recorded in {api_changes.release(paths)}")
        else:
            problems = [line for paths in _apis(args.api) for line in drift(paths)]
            if problems:
                print("generated/ has drifted from spec/ + overrides/ + generator/:")
                print("\n".join(f"  {line}" for line in problems))
                print("Run `make generate` and commit the result.")
                return 1
            print(f"generated/ matches a fresh generation ({time.monotonic() - started:.1f}s)")
    except (spec.SpecError, ConfigError, ToolError, api_changes.ReleaseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`python -m fuzz --api NAME --url URL`: fuzz a live deployment against the spec.

Runs the schemathesis CLI with the committed schemathesis.toml and the hooks of
`fuzz.live_hooks` (auth from the environment, tenant pinning, positive-case rules). Read-only
unless ALLOW_WRITES=1. By default the schema is the spec's docs-only view: the rules the spec
marks `x-assumed` are left out, so that neither negative cases nor "valid request rejected"
blame the vendor for a rule its docs never state; `--include-assumed` (ASSUMED=1) fuzzes with
them; `--operation ID` (repeatable) fuzzes only those operations. Prints a summary
(operations covered, cases run, failures with a curl line), writes reports/fuzz-<api>.xml
(JUnit) and reports/fuzz-<api>.json, and exits non-zero on any failure or error.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from fuzz import summary
from fuzz.apis import ROOT, ApiEntry, apis, operations, write_operation_ids
from fuzz.auth import AuthError, basic_header, live_provider
from fuzz.links import REPORT_VAR as LINKS_REPORT_VAR
from fuzz.rules import STRICTNESS_VAR
from fuzz.settings import API_VAR, LiveSettings, SettingsError, from_env
from specmodel.__main__ import render_docs_only
from specmodel.refs import resolve

CONFIG = ROOT / "schemathesis.toml"
DEFAULT_MAX_EXAMPLES = 50
STATELESS_PHASES = "examples,coverage,fuzzing"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.splitlines()[0])
    p.add_argument("--api", required=True, choices=sorted(apis()))
    p.add_argument("--url", required=True, help="base URL of the API (a bare host gets the spec's server path)")
    p.add_argument("--max-examples", type=int, default=DEFAULT_MAX_EXAMPLES, help="cases per operation and phase")
    p.add_argument("--seed", type=int, default=None, help="generation seed (default: schemathesis.toml's)")
    p.add_argument("--phases", default=None, help="e.g. examples,coverage,fuzzing,stateful (default: all)")
    p.add_argument("--max-time", type=int, default=None, help="time budget of the whole run, seconds")
    p.add_argument("--rate-limit", default=None, help="e.g. 5/s (the vendor's documented limit)")
    p.add_argument("--request-timeout", type=float, default=70.0, help="seconds (a vendor may queue up to 60 s)")
    p.add_argument("--reports", type=Path, default=ROOT / "reports", help="report directory")
    p.add_argument(
        "--operation",
        action="append",
        default=[],
        metavar="ID",
        help="fuzz only this operationId (repeatable; default: every operation the mode allows)",
    )
    p.add_argument(
        "--include-assumed",
        action="store_true",
        help="also fuzz the rules the spec marks x-assumed (default: only what the vendor docs state)",
    )
    return p


def base_url(api: ApiEntry, url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"--url must be an http(s) URL, got {url!r}")
    url = url.rstrip("/")
    if api.base_path and parts.path.rstrip("/") == "":
        url += api.base_path  # a bare host: the operations hang off the spec's server path
    return url


def preflight(settings: LiveSettings, url: str) -> None:
    """Fail early, with a clear message, when the credentials or the URL do not work: a run
    where every request gets 401 or 404 would otherwise say little."""
    check = settings.api.live.preflight
    try:
        with httpx.Client(timeout=30.0) as client:
            _, tokens = live_provider(settings, client)
            if tokens is not None:
                tokens.token()  # the token endpoint accepts the client
            if check is None:
                return
            if tokens is not None:
                headers = {"Authorization": f"Bearer {tokens.token()}"}
            else:
                headers = {"Authorization": basic_header(settings.role("user"), settings.role("password"))}
            response = client.get(f"{url}{check}", headers=headers)
    except (AuthError, httpx.HTTPError) as exc:
        raise SettingsError(f"preflight failed: {exc}") from exc
    if response.status_code == 401:
        names = "/".join(var.name for var in settings.api.live.env if var.role)
        raise SettingsError(f"preflight failed: GET {check} answered 401: {names} refused")
    if response.status_code != 200:
        raise SettingsError(f"preflight failed: GET {url}{check} answered {response.status_code}: is --url right?")


def schema_path(args: argparse.Namespace, api: ApiEntry) -> Path:
    """The schema the run fuzzes: the spec itself with --include-assumed, else its docs-only view."""
    if args.include_assumed:
        return Path(api.spec_path)
    path: Path = args.reports / f"{api.name}.docs-only.openapi.json"
    return path


def schema_file(args: argparse.Namespace, api: ApiEntry) -> Path:
    """schema_path(), the docs-only view written to the reports."""
    path = schema_path(args, api)
    if not args.include_assumed:
        path.parent.mkdir(parents=True, exist_ok=True)  # a fresh clone has no reports/ yet
        path.write_text(render_docs_only(api.spec_path), encoding="utf-8")
    return path


def command(
    args: argparse.Namespace, api: ApiEntry, url: str, skipped: list[str], junit: Path, report: Path
) -> list[str]:
    schema = schema_file(args, api)
    cmd = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(CONFIG), "run", str(schema)]
    cmd += ["--url", url, "--max-examples", str(args.max_examples), "--request-timeout", str(args.request_timeout)]
    cmd += ["--report", "junit,json", "--report-dir", str(args.reports)]
    cmd += ["--report-junit-path", str(junit), "--report-json-path", str(report)]
    phases = args.phases
    if phases is None and args.operation and not linked(api, set(args.operation) - set(skipped)):
        phases = STATELESS_PHASES  # schemathesis fails a stateful phase that has no link to follow
    for name, value in (("--seed", args.seed), ("--phases", phases), ("--max-time", args.max_time)):
        if value is not None:
            cmd += [name, str(value)]
    if args.rate_limit:
        cmd += ["--rate-limit", args.rate_limit]
    for operation_id in args.operation:
        cmd += ["--include-operation-id", operation_id]
    for operation_id in skipped:
        cmd += ["--exclude-operation-id", operation_id]
    return cmd


def linked(api: ApiEntry, operation_ids: set[str]) -> bool:
    """Whether a link of the spec joins two of these operations (a stateful phase needs one)."""
    for _, _, op in operations(api):
        if op["operationId"] not in operation_ids:
            continue
        for response in (op.get("responses") or {}).values():
            for link in (resolve(api.doc, response).get("links") or {}).values():
                if resolve(api.doc, link).get("operationId") in operation_ids:
                    return True
    return False


def check_operations(args: argparse.Namespace, api: ApiEntry, skipped: list[str]) -> None:
    """--operation names operations of the API, and at least one the run may call."""
    known = {str(op["operationId"]) for _, _, op in operations(api)}
    unknown = sorted(set(args.operation) - known)
    if unknown:
        raise SettingsError(f"--operation: {api.name} has no operation {', '.join(unknown)}")
    if args.operation and set(args.operation) <= set(skipped):
        raise SettingsError(f"--operation: {', '.join(args.operation)} write; set ALLOW_WRITES=1 to fuzz them")


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = from_env(args.api)
        url = base_url(settings.api, args.url)
        skipped = [] if settings.allow_writes else write_operation_ids(settings.api)
        check_operations(args, settings.api, skipped)
        preflight(settings, url)
    except SettingsError as exc:
        print(f"fuzz: {exc}", file=sys.stderr)
        return 2
    api = settings.api
    args.reports.mkdir(parents=True, exist_ok=True)
    junit, report = args.reports / f"fuzz-{api.name}.xml", args.reports / f"fuzz-{api.name}.json"
    links_report = args.reports / f"fuzz-{api.name}.links.json"
    for stale in (junit, report, links_report):
        stale.unlink(missing_ok=True)
    env = {**os.environ, API_VAR: api.name, "SCHEMATHESIS_HOOKS": "fuzz.live_hooks"}
    env[LINKS_REPORT_VAR] = str(links_report)
    env[STRICTNESS_VAR] = "assumed" if args.include_assumed else "docs"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))
    mode = "writes allowed" if settings.allow_writes else "read-only"
    mode += ", assumptions included" if args.include_assumed else ", documented rules only"
    print(f"fuzz: {api.name} at {url} ({mode}), up to {args.max_examples} cases per operation", flush=True)
    code = subprocess.call(command(args, api, url, skipped, junit, report), cwd=ROOT, env=env)
    result = summary.read(report, junit)
    read_only = not settings.allow_writes
    links = summary.read_links(schema_path(args, api), links_report, excluded=skipped, read_only=read_only)
    reports = [junit, report, links_report]
    print(summary.render(result, api=api.name, url=url, mode=mode, skipped=skipped, reports=reports, links=links))
    return 0 if code == 0 and result.ok else 1


if __name__ == "__main__":
    sys.exit(main())

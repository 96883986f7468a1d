"""`python -m mockserver`: serve every registered API (and the admin endpoints) on one port."""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import os
import secrets
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import uvicorn

from mockserver.engine.admin import schema_bounds
from mockserver.engine.config import DEFAULT_MAX_FAULT_LATENCY, Limits, MockConfig, RateLimitConfig, system_clock
from mockserver.engine.plugin import Quirk
from mockserver.engine.plugins import quirks, registered
from mockserver.engine.protocol import protocol_class
from mockserver.engine.reference import PREFIX as DOCS_PREFIX
from mockserver.engine.secret import SECRET_BYTES, secret_from_text
from mockserver.engine.seeding import UnknownSizeError, resolve_sizes
from mockserver.engine.shared import SharedDb

ENV_CONFIG = "MOCKSERVER_CONFIG"
ENV_SECRET = "MOCK_SECRET"
ENV_ADMIN_TOKEN = "MOCK_ADMIN_TOKEN"


class OffsetClock:
    """Real time, shifted so that the server starts at `start` (`--now`)."""

    def __init__(self, start: datetime) -> None:
        self.start = start if start.tzinfo else start.replace(tzinfo=UTC)
        self.t0 = time.monotonic()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self.t0)


def _size(text: str) -> tuple[str, int]:
    name, sep, value = text.partition("=")
    if not sep or not value.strip().isdigit():
        raise argparse.ArgumentTypeError(f"expected NAME=COUNT, got {text!r}")
    return name.strip(), int(value)


def _in_range(convert: Callable[[str], float], bounds: tuple[float, float], what: str) -> Callable[[str], Any]:
    """An argparse type: `convert(text)` within `bounds` (those of the admin field it sets)."""
    low, high = bounds

    def parse(text: str) -> float:
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}") from None
        if not low <= value <= high:  # also refuses nan
            raise argparse.ArgumentTypeError(f"expected {what} from {low:g} to {high:g}, got {text!r}")
        return value

    return parse


def _max_latency_bounds() -> tuple[float, float]:
    low, high = schema_bounds("Faults", "latencyMs")
    return low / 1000.0, high / 1000.0


def _rate(text: str) -> str:
    low, high = schema_bounds("RateLimit", "rps")
    try:
        rps = RateLimitConfig.parse(text).rps
    except ValueError as exc:
        raise argparse.ArgumentTypeError("expected vendor, off or a positive number") from exc
    if rps is not None and not low <= rps <= high:  # also refuses nan
        raise argparse.ArgumentTypeError(f"expected requests per second from {low:g} to {high:g}, got {text!r}")
    return text


def _secret(text: str) -> str:
    try:
        secret_from_text(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    return text


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m mockserver", description=__doc__)
    p.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    p.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    p.add_argument(
        "--seed", type=_in_range(int, schema_bounds("Seed"), "an integer"), default=1, help="data seed (default 1)"
    )
    p.add_argument(
        "--size",
        type=_size,
        action="append",
        default=[],
        metavar="NAME=COUNT",
        help="override a data size (repeatable; the names: GET /__mock__/state)",
    )
    p.add_argument("--strict", action="store_true", help="validate every response against the spec")
    p.add_argument(
        "--docs-only",
        action="store_true",
        help="enforce only the rules the vendor docs state (leave out every rule the spec marks x-assumed)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes: they share one state (the --state file, else a temporary one)",
    )
    p.add_argument(
        "--state",
        type=Path,
        default=None,
        metavar="PATH",
        help="keep the changes, the run-time config and the faults in this SQLite file: every worker "
        "shares it and a restart keeps it (a restart with another --seed or --size starts it afresh)",
    )
    p.add_argument(
        "--token-ttl",
        type=_in_range(int, schema_bounds("ConfigPatch", "tokenTtlSeconds"), "whole seconds"),
        default=3600,
        help="bearer token lifetime, whole seconds (default 3600; at most 365 days)",
    )
    p.add_argument(
        "--secret",
        type=_secret,
        default=os.environ.get(ENV_SECRET) or None,
        help=f"sign access and page tokens with this secret (default: ${ENV_SECRET}, else random per run): "
        "mocks that share it accept each other's tokens, also across restarts",
    )
    p.add_argument(
        "--rate-limit", type=_rate, default="off", help="APIs with an x-rate-limit: vendor, off (default) or RPS"
    )
    for quirk in _quirks():
        flag = quirk.name.replace("_", "-")
        if quirk.default:
            p.add_argument(f"--no-{flag}", dest=quirk.name, action="store_false", help=f"do not {quirk.help}")
        else:
            p.add_argument(f"--{flag}", dest=quirk.name, action="store_true", help=quirk.help)
    p.add_argument(
        "--spec-dir",
        type=Path,
        default=None,
        help="a directory whose spec files replace the registered ones of the same name",
    )
    _limit_flags(p)
    p.add_argument(
        "--http",
        choices=("auto", "h11", "httptools"),
        default="auto",
        help="uvicorn's HTTP parser (default auto: httptools when installed)",
    )
    p.add_argument(
        "--max-fault-latency",
        type=_in_range(float, _max_latency_bounds(), "seconds"),
        default=DEFAULT_MAX_FAULT_LATENCY,
        help=f"longest latency X-Mock-Fault or the global faults may inject, seconds (default "
        f"{DEFAULT_MAX_FAULT_LATENCY:g}); a longer one is a 400",
    )
    p.add_argument(
        "--no-admin", dest="admin", action="store_false", help="serve no /__mock__ admin endpoints, docs included (404)"
    )
    p.add_argument(
        "--no-docs",
        dest="docs",
        action="store_false",
        help="serve no API references at /__mock__/docs (404; the admin endpoints stay)",
    )
    p.add_argument(
        "--admin-token",
        default=os.environ.get(ENV_ADMIN_TOKEN) or None,
        help=f"admin requests need `Authorization: Bearer <this>`, else 401 (default: env {ENV_ADMIN_TOKEN}; "
        "unset: no credentials needed)",
    )
    p.add_argument("--now", default=None, help="start the clock at this ISO time (it then runs)")
    p.add_argument("--log-level", default="warning")
    return p


LIMIT_FLAGS: dict[str, str] = {
    "max_header_bytes": "the request head (request line and headers): more is a 431",
    "max_field_bytes": "one string in a JSON request body: more is a 400",
    "max_objects": "objects in one collection: creates past it are refused (429 where declared, else 400)",
    "max_collection_bytes": "the JSON bytes of one collection: creates past it are refused (as --max-objects)",
    "max_response_bytes": "one response body: a larger one is refused (as --max-objects), not sent",
}


def _positive(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}")
    return int(text)


def _limit_flags(p: argparse.ArgumentParser) -> None:
    defaults = Limits()
    for name, help_text in LIMIT_FLAGS.items():
        default = getattr(defaults, name)
        p.add_argument(
            "--" + name.replace("_", "-"), type=_positive, default=default, help=f"{help_text} (default {default})"
        )


def _quirks() -> tuple[Quirk, ...]:
    return quirks(registered())


def config_from_args(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "seed": args.seed,
        "sizes": dict(args.size),
        "strict": args.strict,
        "strictness": "docs" if args.docs_only else "assumed",
        "token_ttl": args.token_ttl,
        "secret": args.secret,
        "max_fault_latency": args.max_fault_latency,
        "admin": args.admin,
        "admin_token": args.admin_token or None,
        "docs": args.docs,
        "rate_limit": args.rate_limit,
        "quirks": {quirk.name: getattr(args, quirk.name) for quirk in _quirks()},
        "spec_dir": str(args.spec_dir) if args.spec_dir else None,
        "now": args.now,
        "state": str(args.state) if args.state else None,
        "limits": {name: getattr(args, name) for name in LIMIT_FLAGS},
    }


def build_config(data: dict[str, Any]) -> MockConfig:
    config = MockConfig(
        seed=int(data.get("seed", 1)),
        sizes=dict(data.get("sizes") or {}),
        strict=bool(data.get("strict", False)),
        strictness="docs" if data.get("strictness") == "docs" else "assumed",
        token_ttl=int(data.get("token_ttl", 3600)),
        max_fault_latency=float(data.get("max_fault_latency", DEFAULT_MAX_FAULT_LATENCY)),
        admin=bool(data.get("admin", True)),
        admin_token=data.get("admin_token") or None,
        docs=bool(data.get("docs", True)),
        quirks={name: bool(value) for name, value in (data.get("quirks") or {}).items()},
        rate_limit=RateLimitConfig.parse(str(data.get("rate_limit", "off"))),
        limits=Limits(**{name: int(value) for name, value in (data.get("limits") or {}).items()}),
        clock=system_clock,
        secret=secret_from_text(str(data["secret"])) if data.get("secret") else None,
    )
    if data.get("state"):
        config.state_path = Path(data["state"])
    if data.get("spec_dir"):
        config.spec_dir = Path(data["spec_dir"])
    if data.get("now"):
        config.clock = OffsetClock(datetime.fromisoformat(str(data["now"]).replace("Z", "+00:00")))
    return config


def _admin_note(config: MockConfig, url: str) -> str:
    if not config.admin:
        return "no admin endpoints"
    docs = f"; API reference: {url}{DOCS_PREFIX}/" if config.docs else ""
    return "admin /__mock__" + (" with a token" if config.admin_token else "") + docs


def app_from_env() -> Any:
    """uvicorn factory for --workers > 1: the configuration travels in an env variable."""
    from mockserver.engine.app import create_app

    app = create_app(build_config(json.loads(os.environ.get(ENV_CONFIG, "{}"))))
    _state_note(app)
    return app


def _state_note(app: Any) -> None:
    """Say on stderr that a --state file of other seed or sizes was started afresh."""
    if app.state.joined == "dropped":
        print(
            f"mockserver: {app.config.state_path} held the changes of another seed or sizes: dropped",
            file=sys.stderr,
            flush=True,
        )


def main(argv: Sequence[str] | None = None) -> int:
    cli = parser()
    args = cli.parse_args(argv)
    try:
        resolve_sizes(dict(args.size))  # unknown names and bounds: a usage error, not a traceback
    except UnknownSizeError as exc:
        cli.error(str(exc))
    if args.state is not None:
        try:  # a file that is no SQLite database, or a directory that is not there: a usage error
            SharedDb(args.state).close()
        except sqlite3.Error as exc:
            cli.error(f"--state {args.state}: {exc}")
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    data = config_from_args(args)
    common: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "log_level": args.log_level,
        "access_log": False,
        "lifespan": "on",
        "http": protocol_class(args.http),  # the request-head limit and the API's error shape (protocol.py)
    }
    if args.workers > 1:
        # one secret for every worker, so that each accepts the tokens the others issued
        data["secret"] = data["secret"] or secrets.token_hex(SECRET_BYTES)
        with tempfile.TemporaryDirectory(prefix="mockserver-") as scratch:
            # one state for every worker: the --state file, else one for this run
            data["state"] = data["state"] or str(Path(scratch) / "state.sqlite")
            SharedDb(Path(data["state"])).close()  # WAL mode and the tables, before the workers race for them
            os.environ[ENV_CONFIG] = json.dumps(data)
            uvicorn.run("mockserver.__main__:app_from_env", factory=True, workers=args.workers, **common)
        return 0
    from mockserver.engine.app import create_app

    fast = all(importlib.util.find_spec(name) for name in ("httptools", "uvloop"))
    if not fast:
        print(
            "mockserver: httptools/uvloop not installed: uvicorn falls back to h11 (about 2-3x slower)", file=sys.stderr
        )
    started = time.perf_counter()
    app = create_app(build_config(data))
    _state_note(app)
    url = f"http://{args.host}:{args.port}"
    served = ", ".join(f"{api.entry.title} {api.entry.base_path or '/'}" for api in app.apis)
    print(
        f"mockserver: seed {app.seed}, {sum(app.store.counts().values())} objects in "
        f"{time.perf_counter() - started:.2f}s; serving {url} ({served}, {_admin_note(app.config, url)})",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(app, **common)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

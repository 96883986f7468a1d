"""The curl rendering sends values exactly: shell metacharacters in examples stay literal, the
variables expand, and ids in resource names follow the pinned variables.

``curl`` is replaced by a shell function that prints its arguments and its standard input, so
what the sample would send is read back without a server.
"""

from __future__ import annotations

import json
import subprocess
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import msgspec

import specmodel
from publisher import samples_curl
from publisher.samples_request import Template, request_of
from specmodel import ApiEntry
from specmodel.registry import LiveEnvVar

from .conftest import FIXTURES

NASTY = "cost $HOME `id` \\ \"quoted\" 'single' !x {braces} ünïcode"
PIN = "customerId"


def _entry() -> ApiEntry:
    (entry,) = specmodel.apis(FIXTURES / "spec" / "apis.yaml")
    live = msgspec.structs.replace(
        entry.live,
        env=[*entry.live.env, LiveEnvVar(name="DEMO_CUSTOMER", help="your customer", pin=PIN)],
    )
    return msgspec.structs.replace(entry, live=live)


def _doc() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Demo", "version": "1.0.0"},
        "servers": [{"url": "https://demo.invalid/{stage}", "variables": {"stage": {"default": "v1"}}}],
        "security": [{"basic": []}],
        "components": {"securitySchemes": {"basic": {"type": "http", "scheme": "basic"}}},
        "paths": {
            "/customers/{customerId}/notes": {
                "post": {
                    "operationId": "addNote",
                    "parameters": [
                        {"name": PIN, "in": "path", "required": True, "schema": {"type": "string"}, "example": "c1"},
                        {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}, "example": NASTY},
                        {
                            "name": "tag",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "array"},
                            "example": ["a b", "c"],
                        },
                        {"name": "skip", "in": "query", "schema": {"type": "integer"}, "example": 3},
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "example": {"text": NASTY, "owner": "customers/c1/users/u1", "other": "customersX/c1"}
                            }
                        }
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    }


def _run(source: str, env: dict[str, str]) -> tuple[list[str], str]:
    shim = 'curl() { printf "%s\\n" "$@" > args.txt; cat; }\n'
    done = subprocess.run(
        ["bash", "-e", "-c", shim + source + "cat args.txt >&2\n"],
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
        cwd=env["TMP"],
    )
    return done.stderr.splitlines(), done.stdout


def test_values_reach_curl_literally_and_variables_expand(tmp_path: Any) -> None:
    request = request_of(_entry(), _doc(), "POST", "/customers/{customerId}/notes")
    source = samples_curl.render(request)
    env = {"TMP": str(tmp_path), "DEMO_USER": "u$er", "DEMO_PASSWORD": "pa ss", "DEMO_CUSTOMER": "acme-2"}
    args, body = _run(source, env)

    sent = json.loads(body)
    assert sent["text"] == NASTY  # `$`, backticks, backslashes, quotes: not expanded
    assert sent["owner"] == "customers/acme-2/users/u1"  # the pinned id follows its variable
    assert sent["other"] == "customersX/c1"  # not a resource-name segment: left alone

    assert args[args.index("-u") + 1] == "u$er:pa ss"
    url = next(arg for arg in args if arg.startswith("https://"))
    parts = urlsplit(url)
    assert parts.netloc == "demo.invalid" and unquote(parts.path) == "/v1/customers/acme-2/notes"
    query = parse_qs(parts.query)
    assert query == {"q": [NASTY], "tag": ["a b", "c"]}  # required ones only: no `skip`


def test_required_credentials_are_declared_without_defaults() -> None:
    request = request_of(_entry(), _doc(), "POST", "/customers/{customerId}/notes")
    source = samples_curl.render(request)
    assert ': "${DEMO_USER:?the demo user}"' in source
    assert ': "${DEMO_BASE_URL:=https://demo.invalid/v1}"' in source
    assert ': "${DEMO_CUSTOMER:=c1}"' in source
    assert isinstance(request.body["owner"], Template)

"""Hooks module of the schemathesis CLI in live mode (`SCHEMATHESIS_HOOKS=fuzz.live_hooks`).

Loaded by the CLI process that `python -m fuzz` starts. It registers
- the positive-case rules of `fuzz.constraints`;
- auth from the environment: Cresta client credentials (token fetched from CRESTA_TOKEN_URL and
  refreshed before it expires) or ExecVision Basic credentials;
- Cresta: customerId and profileId pinned to CRESTA_CUSTOMER / CRESTA_PROFILE, so that no
  request leaves the caller's tenant;
- read-only runs (ALLOW_WRITES unset): the coverage phase probes undeclared methods with safe
  methods only, so no DELETE, PATCH, PUT or POST reaches a path that does not declare it.
  (`python -m fuzz` leaves the write operations out of the run.)
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import schemathesis
from schemathesis import HookContext

import fuzz.constraints  # noqa: F401  (registers the positive-case rules)
from fuzz.auth import TokenSource, basic_provider, bearer_provider
from fuzz.settings import API_VAR, from_env

SAFE_PROBE_METHODS = {"get", "options", "trace"}

SETTINGS = from_env(os.environ.get(API_VAR, ""))

if SETTINGS.api.name == "cresta":
    TOKENS = TokenSource(
        httpx.Client(timeout=30.0),
        SETTINGS["CRESTA_TOKEN_URL"],
        SETTINGS["CRESTA_CLIENT_ID"],
        SETTINGS["CRESTA_CLIENT_SECRET"],
    )
    schemathesis.auth(refresh_interval=None)(bearer_provider(TOKENS))
else:
    schemathesis.auth(refresh_interval=None)(
        basic_provider(SETTINGS["EXECVISION_USER"], SETTINGS["EXECVISION_PASSWORD"])
    )


@schemathesis.hook
def after_load_schema(context: HookContext, schema: Any) -> None:
    if SETTINGS.api.name == "cresta":
        schema.config.update(
            parameters={"customerId": SETTINGS["CRESTA_CUSTOMER"], "profileId": SETTINGS["CRESTA_PROFILE"]}
        )
    if not SETTINGS.allow_writes:
        coverage = schema.config.phases.coverage
        coverage.unexpected_methods = set(coverage.unexpected_methods) & SAFE_PROBE_METHODS

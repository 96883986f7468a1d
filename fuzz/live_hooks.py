"""Hooks module of the schemathesis CLI in live mode (`SCHEMATHESIS_HOOKS=fuzz.live_hooks`).

Loaded by the CLI process that `python -m fuzz` starts. It registers
- the positive-case rules of `fuzz.constraints`;
- auth from the environment, by the registry's auth kind (`fuzz.auth.live_provider`);
- the optional second identity (another tenant, `identity: second` in the registry), which
  the tenancy check of `fuzz.checks` replays every successful read with;
- the path parameters the registry pins (`live.env[].pin`, e.g. a customer id) set to the
  caller's own values, so that no request leaves the caller's tenant;
- read-only runs (ALLOW_WRITES unset): the coverage phase probes undeclared methods with safe
  methods only, so no DELETE, PATCH, PUT or POST reaches a path that does not declare it.
  (`python -m fuzz` leaves the write operations out of the run.)
- the stateful phase of `fuzz.live_stateful`: scenarios start at every link source (a list
  with an optional cursor too), half of a source's requests are its plain documented request,
  and the links followed are reported.
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import schemathesis
from schemathesis import HookContext

import fuzz.checks  # noqa: F401  (registers the semantic checks)
import fuzz.constraints  # noqa: F401  (registers the positive-case rules)
import fuzz.edges  # noqa: F401  (registers the edge-shape strategies)
from fuzz import live_stateful
from fuzz.auth import authorization, live_provider
from fuzz.checks import use_second_identity
from fuzz.settings import API_VAR, from_env

SAFE_PROBE_METHODS = {"get", "options", "trace"}

SETTINGS = from_env(os.environ.get(API_VAR, ""))
PROVIDER, TOKENS = live_provider(SETTINGS, httpx.Client(timeout=30.0))
schemathesis.auth(refresh_interval=None)(PROVIDER)
live_stateful.install()


@schemathesis.hook
def after_load_schema(context: HookContext, schema: Any) -> None:
    if SETTINGS.has_second_identity:  # the tenancy check replays reads as the other tenant
        use_second_identity(schema, authorization(SETTINGS, httpx.Client(timeout=30.0), "second"))
    if SETTINGS.pinned_parameters:
        schema.config.update(parameters=SETTINGS.pinned_parameters)
    if not SETTINGS.allow_writes:
        coverage = schema.config.phases.coverage
        coverage.unexpected_methods = set(coverage.unexpected_methods) & SAFE_PROBE_METHODS

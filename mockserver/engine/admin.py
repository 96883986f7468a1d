"""Handlers of admin.yaml: state, reset/reseed, run-time config, faults, rate limit, tokens.

The document is completed from the plugins: each quirk becomes a boolean field of the
run-time config and each size computed on demand a property of the reseed's sizes, with its
maximum (`admin_spec`), and with an admin token (`--admin-token`) every operation
needs `Authorization: Bearer <token>` (`admin_credentials`, compared in constant time; else
401). Reset and reseed build the new data off the event loop (offloop.py). The pipeline
validates every request body against the document (the bounds are its); what a schema
cannot say (the total of the sizes, the latency cap, `rps` in fixed mode) is checked here,
for every field of a request before any is applied.
"""

from __future__ import annotations

import copy
import hmac
import os
from functools import cache
from pathlib import Path
from typing import Any

import specmodel
from mockserver.engine.auth import ApiCredentials, bearer_token
from mockserver.engine.config import ADMIN_SPEC, FaultConfig
from mockserver.engine.context import ApiError, Handler, Principal, RequestContext
from mockserver.engine.endpoint import ADMIN
from mockserver.engine.faults import FaultSyntaxError
from mockserver.engine.offloop import off_loop
from mockserver.engine.plugin import AuthRequest, Quirk
from mockserver.engine.runtime import faults_from_json, rate_limit_from_json
from mockserver.engine.seeding import UnknownSizeError
from mockserver.engine.settings import KIND as SETTINGS_KIND
from mockserver.engine.specs import ApiSpec, spec_of
from mockserver.engine.state import MockState

ADMIN_SCHEME = "adminToken"


@cache
def admin_spec(
    path: Path, quirks: tuple[Quirk, ...], protected: bool = False, size_limits: tuple[tuple[str, int], ...] = ()
) -> ApiSpec:
    """admin.yaml with a boolean config field per quirk, a property of the reseed's sizes per
    size computed on demand (`size_limits`: (name, maximum) pairs, seeding.size_limits), and,
    if `protected`, a bearer token required on every operation (cached per argument set)."""
    doc = copy.deepcopy(specmodel.load(path))
    schemas = doc["components"]["schemas"]
    for quirk in quirks:
        field = {"type": "boolean", "description": quirk.help}
        schemas["Config"]["properties"][quirk.json_name] = field
        schemas["Config"]["required"].append(quirk.json_name)
        schemas["ConfigPatch"]["properties"][quirk.json_name] = field
    sizes = schemas["Reseed"]["properties"]["sizes"]
    for name, limit in size_limits:
        sizes["properties"][name] = {
            **sizes["additionalProperties"],
            "maximum": limit,
            "description": "Computed on demand: not counted in the total.",
        }
    if protected:
        doc["components"]["securitySchemes"] = {
            ADMIN_SCHEME: {"type": "http", "scheme": "bearer", "description": "The mock's --admin-token."}
        }
        for found in specmodel.operations(doc):
            found.node["security"] = [{ADMIN_SCHEME: []}]
    return spec_of(path, doc, ADMIN)


def admin_credentials(token: str) -> ApiCredentials:
    """The credential check of the admin operations when an admin token is set."""
    expected = token.encode("utf-8")

    def check(request: AuthRequest) -> Principal:
        presented = (bearer_token(request.header) or "").encode("latin-1", "replace")
        if not hmac.compare_digest(presented, expected):
            raise ApiError(
                401,
                "admin requests need Authorization: Bearer <the mock's admin token>",
                headers={"WWW-Authenticate": 'Bearer realm="mock admin"'},
            )
        return Principal(api=ADMIN, subject="admin", admin=True)

    return ApiCredentials(check, {})


class AdminApi:
    def __init__(self, state: MockState) -> None:
        self.state = state

    def handlers(self) -> dict[str, Handler]:
        return {
            "getMockState": self.get_state,
            "resetMock": self.reset,
            "reseedMock": self.reseed,
            "getMockConfig": self.get_config,
            "updateMockConfig": self.update_config,
            "getMockFaults": self.get_faults,
            "setMockFaults": self.set_faults,
            "getMockRateLimit": self.get_rate_limit,
            "setMockRateLimit": self.set_rate_limit,
            "issueMockToken": self.issue_token,
        }

    # state ------------------------------------------------------------------------------
    def get_state(self, ctx: RequestContext) -> dict[str, Any]:
        data = self.state.data  # one generation: a reseed may swap the data in meanwhile
        counts = {k: v for k, v in data.store.counts().items() if k != SETTINGS_KIND}
        return {"seed": data.seed, "sizes": dict(data.sizes), "counts": counts, "process": os.getpid()}

    async def reset(self, ctx: RequestContext) -> dict[str, Any]:
        await off_loop(self.state.reset)
        return self.get_state(ctx)

    async def reseed(self, ctx: RequestContext) -> dict[str, Any]:
        body = ctx.body or {}
        try:
            await off_loop(self.state.reseed, int(body.get("seed", self.state.seed)), body.get("sizes") or {})
        except UnknownSizeError as exc:
            raise ApiError(400, str(exc)) from exc
        return self.get_state(ctx)

    # config -----------------------------------------------------------------------------
    def get_config(self, ctx: RequestContext) -> dict[str, Any]:
        state = self.state
        return {
            "seed": state.seed,
            "strict": state.config.strict,
            "strictness": state.config.strictness,
            "tokenTtlSeconds": state.tokens.ttl,
            **{q.json_name: state.quirks[q.name] for q in state.quirk_specs},
            "rateLimit": state.config.rate_limit.to_json(),
            "faults": state.faults.config.to_json(),
        }

    def update_config(self, ctx: RequestContext) -> dict[str, Any]:
        body = ctx.body or {}
        # every field is checked before any is applied: a 400 leaves the config as it was
        quirks = {q.name: bool(body[q.json_name]) for q in self.state.quirk_specs if q.json_name in body}
        rate_limit = rate_limit_from_json(body["rateLimit"]) if "rateLimit" in body else None
        faults = self._faults(body["faults"]) if "faults" in body else None
        if "tokenTtlSeconds" in body:
            self.state.set_token_ttl(int(body["tokenTtlSeconds"]))
        for name, enabled in quirks.items():
            self.state.set_quirk(name, enabled)
        if rate_limit is not None:
            self.state.set_rate_limit(rate_limit)
        if faults is not None:
            self.state.set_faults(faults)
        return self.get_config(ctx)

    def get_faults(self, ctx: RequestContext) -> dict[str, Any]:
        return self.state.faults.config.to_json()

    def set_faults(self, ctx: RequestContext) -> dict[str, Any]:
        self.state.set_faults(self._faults(ctx.body or {}))
        return self.get_faults(ctx)

    def _faults(self, data: dict[str, Any]) -> FaultConfig:
        """The fault settings of `data`, checked against the injector's caps (400 if over)."""
        config = faults_from_json(data)
        try:
            self.state.faults.check(config)
        except FaultSyntaxError as exc:
            raise ApiError(400, str(exc)) from exc
        return config

    def get_rate_limit(self, ctx: RequestContext) -> dict[str, Any]:
        return self.state.config.rate_limit.to_json()

    def set_rate_limit(self, ctx: RequestContext) -> dict[str, Any]:
        self.state.set_rate_limit(rate_limit_from_json(ctx.body or {}))
        return self.get_rate_limit(ctx)

    # tokens -----------------------------------------------------------------------------
    def issue_token(self, ctx: RequestContext) -> dict[str, Any]:
        client_id = (ctx.body or {}).get("clientId", "")
        if client_id not in self.state.token_subjects():
            raise ApiError(400, f"unknown client id {client_id!r}")
        return self.state.tokens.response(client_id)


def schema_bounds(schema: str, prop: str | None = None, path: Path = ADMIN_SPEC) -> tuple[float, float]:
    """(minimum, maximum) of a component schema of admin.yaml, or of one of its properties: the
    CLI flags that set the same values take the document's bounds."""
    node = specmodel.load(path)["components"]["schemas"][schema]
    if prop is not None:
        node = node["properties"][prop]
    return node["minimum"], node["maximum"]

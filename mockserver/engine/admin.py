"""Handlers of admin.yaml: state, reset/reseed, run-time config, faults, rate limit, tokens.

The document is completed from the plugins: each quirk becomes a boolean field of the
run-time config (`admin_spec`).
"""

from __future__ import annotations

import copy
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any

import specmodel
from mockserver.engine.config import FaultConfig, RateLimitConfig
from mockserver.engine.context import ApiError, Handler, RequestContext
from mockserver.engine.endpoint import ADMIN
from mockserver.engine.plugin import Quirk
from mockserver.engine.seeding import UnknownSizeError
from mockserver.engine.settings import KIND as SETTINGS_KIND
from mockserver.engine.specs import ApiSpec, spec_of
from mockserver.engine.state import MockState

_FAULT_KEYS = {
    "errorRate": "error_rate",
    "statuses": "statuses",
    "latencyRate": "latency_rate",
    "latencyMs": "latency_ms",
    "dropRate": "drop_rate",
    "retryAfter": "retry_after",
    "seed": "seed",
}


def faults_from_json(data: dict[str, Any]) -> FaultConfig:
    kwargs = {_FAULT_KEYS[k]: v for k, v in data.items() if k in _FAULT_KEYS}
    if "statuses" in kwargs:
        kwargs["statuses"] = tuple(kwargs["statuses"])
    valid = {f.name for f in fields(FaultConfig)}
    return FaultConfig(**{k: v for k, v in kwargs.items() if k in valid})


def rate_limit_from_json(data: dict[str, Any]) -> RateLimitConfig:
    mode = data["mode"]
    rps = data.get("rps")
    if mode == "fixed" and not rps:
        raise ApiError(400, "mode fixed needs rps > 0")
    return RateLimitConfig(mode=mode, rps=rps, queue_timeout_seconds=data.get("queueTimeoutSeconds"))


@cache
def admin_spec(path: Path, quirks: tuple[Quirk, ...]) -> ApiSpec:
    """admin.yaml with a boolean config field per quirk (cached per quirk set)."""
    doc = copy.deepcopy(specmodel.load(path))
    schemas = doc["components"]["schemas"]
    for quirk in quirks:
        field = {"type": "boolean", "description": quirk.help}
        schemas["Config"]["properties"][quirk.json_name] = field
        schemas["Config"]["required"].append(quirk.json_name)
        schemas["ConfigPatch"]["properties"][quirk.json_name] = field
    return spec_of(path, doc, ADMIN)


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
        counts = {k: v for k, v in self.state.store.counts().items() if k != SETTINGS_KIND}
        return {"seed": self.state.seed, "sizes": dict(self.state.sizes), "counts": counts}

    def reset(self, ctx: RequestContext) -> dict[str, Any]:
        self.state.reset()
        return self.get_state(ctx)

    def reseed(self, ctx: RequestContext) -> dict[str, Any]:
        body = ctx.body or {}
        try:
            self.state.reseed(int(body.get("seed", self.state.seed)), body.get("sizes") or {})
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
        if "tokenTtlSeconds" in body:
            self.state.tokens.ttl = float(body["tokenTtlSeconds"])
        for quirk in self.state.quirk_specs:
            if quirk.json_name in body:
                self.state.set_quirk(quirk.name, bool(body[quirk.json_name]))
        if "rateLimit" in body:
            self.state.set_rate_limit(rate_limit_from_json(body["rateLimit"]))
        if "faults" in body:
            self.state.faults.configure(faults_from_json(body["faults"]))
        return self.get_config(ctx)

    def get_faults(self, ctx: RequestContext) -> dict[str, Any]:
        return self.state.faults.config.to_json()

    def set_faults(self, ctx: RequestContext) -> dict[str, Any]:
        self.state.faults.configure(faults_from_json(ctx.body or {}))
        return self.get_faults(ctx)

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

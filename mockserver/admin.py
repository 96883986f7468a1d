"""Handlers of admin.yaml: state, reset/reseed, run-time config, faults, rate limit, tokens."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any

from mockserver.config import FaultConfig, RateLimitConfig
from mockserver.context import ApiError, Handler, RequestContext
from mockserver.errors import OAuthError
from mockserver.seed import UnknownSizeError
from mockserver.settings import KIND as SETTINGS_KIND

if TYPE_CHECKING:
    from mockserver.app import MockApp

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


class AdminApi:
    def __init__(self, app: MockApp) -> None:
        self.app = app

    def handlers(self) -> dict[str, Handler]:
        return {
            "getMockState": self.state,
            "resetMock": self.reset,
            "reseedMock": self.reseed,
            "getMockConfig": self.get_config,
            "updateMockConfig": self.update_config,
            "getMockFaults": self.get_faults,
            "setMockFaults": self.set_faults,
            "getMockRateLimit": self.get_rate_limit,
            "setMockRateLimit": self.set_rate_limit,
            "issueMockToken": self.issue_token,
            "createRegionalToken": self.regional_token,
        }

    # state ------------------------------------------------------------------------------
    def state(self, ctx: RequestContext) -> dict[str, Any]:
        counts = {k: v for k, v in self.app.store.counts().items() if k != SETTINGS_KIND}
        return {"seed": self.app.seed, "sizes": dict(self.app.sizes), "counts": counts}

    def reset(self, ctx: RequestContext) -> dict[str, Any]:
        self.app.reset()
        return self.state(ctx)

    def reseed(self, ctx: RequestContext) -> dict[str, Any]:
        body = ctx.body or {}
        try:
            self.app.reseed(int(body.get("seed", self.app.seed)), body.get("sizes") or {})
        except UnknownSizeError as exc:
            raise ApiError(400, str(exc)) from exc
        return self.state(ctx)

    # config -----------------------------------------------------------------------------
    def get_config(self, ctx: RequestContext) -> dict[str, Any]:
        app = self.app
        return {
            "seed": app.seed,
            "strict": app.config.strict,
            "tokenTtlSeconds": app.tokens.ttl,
            "lastIdBug": app.last_id_bug,
            "rateLimit": app.config.rate_limit.to_json(),
            "faults": app.faults.config.to_json(),
        }

    def update_config(self, ctx: RequestContext) -> dict[str, Any]:
        body = ctx.body or {}
        if "tokenTtlSeconds" in body:
            self.app.tokens.ttl = float(body["tokenTtlSeconds"])
        if "lastIdBug" in body:
            self.app.set_last_id_bug(bool(body["lastIdBug"]))
        if "rateLimit" in body:
            self.app.set_rate_limit(rate_limit_from_json(body["rateLimit"]))
        if "faults" in body:
            self.app.faults.configure(faults_from_json(body["faults"]))
        return self.get_config(ctx)

    def get_faults(self, ctx: RequestContext) -> dict[str, Any]:
        return self.app.faults.config.to_json()

    def set_faults(self, ctx: RequestContext) -> dict[str, Any]:
        self.app.faults.configure(faults_from_json(ctx.body or {}))
        return self.get_faults(ctx)

    def get_rate_limit(self, ctx: RequestContext) -> dict[str, Any]:
        return self.app.config.rate_limit.to_json()

    def set_rate_limit(self, ctx: RequestContext) -> dict[str, Any]:
        self.app.set_rate_limit(rate_limit_from_json(ctx.body or {}))
        return self.get_rate_limit(ctx)

    # tokens -----------------------------------------------------------------------------
    def _token(self, client_id: str) -> dict[str, Any]:
        token, expires_in = self.app.tokens.issue(client_id)
        return {"access_token": token, "token_type": "Bearer", "expires_in": expires_in}

    def issue_token(self, ctx: RequestContext) -> dict[str, Any]:
        client_id = (ctx.body or {}).get("clientId", "")
        if client_id not in self.app.config.cresta_clients:
            raise ApiError(400, f"unknown client id {client_id!r}")
        return self._token(client_id)

    def regional_token(self, ctx: RequestContext) -> dict[str, Any]:
        grant = (ctx.body or {}).get("grant_type")
        if grant != "client_credentials":
            raise OAuthError(400, "unsupported_grant_type", f"grant_type {grant!r} is not supported")
        return self._token(ctx.principal.subject)

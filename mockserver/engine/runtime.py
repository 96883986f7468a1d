"""The run-time config as JSON (the admin document's field names) and back: the admin
endpoints read their bodies with these, and a shared state (shared.py) records the config so."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from mockserver.engine.config import FaultConfig, RateLimitConfig
from mockserver.engine.context import ApiError

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

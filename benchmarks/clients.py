"""httpx.Client arguments the vendor plugins build their clients with."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

Hook = Callable[[httpx.Response], None]


def http_args(transport: httpx.BaseTransport | None = None, hook: Hook | None = None) -> dict[str, Any]:
    """httpx.Client keyword arguments: a transport (MockTransport) and/or a response hook."""
    args: dict[str, Any] = {}
    if transport is not None:
        args["transport"] = transport
    if hook is not None:
        args["event_hooks"] = {"response": [hook]}
    return args

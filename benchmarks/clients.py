"""How the bench calls the ExecVision client: the SDK facade `execvision_client.ExecVision` when
the generated package has it (after `make generate` copies overrides/execvision/package/ in),
else the bare generated functions (openapi-python-client's `list_calls`).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import execvision_client
import httpx
from execvision_client import AuthenticatedClient
from execvision_client.api.exec_vision import list_calls
from execvision_client.models.call import Call

EV_USER, EV_PASSWORD = "ev-reader", "ev-reader-secret"
Hook = Callable[[httpx.Response], None]


@dataclass(frozen=True)
class EvClient:
    """What the bench needs from a client: one calls page, and every call with paging."""

    kind: str  # "facade" or "generated"
    note: str
    list_calls: Callable[..., list[Any]]
    iter_calls: Callable[..., Iterator[Any]] | None  # None: the bench pages by hand
    close: Callable[[], None]


def http_args(transport: httpx.BaseTransport | None = None, hook: Hook | None = None) -> dict[str, Any]:
    """httpx.Client keyword arguments: a transport (MockTransport) and/or a response hook."""
    args: dict[str, Any] = {}
    if transport is not None:
        args["transport"] = transport
    if hook is not None:
        args["event_hooks"] = {"response": [hook]}
    return args


def generated(base_url: str, args: dict[str, Any]) -> tuple[AuthenticatedClient, EvClient]:
    token = base64.b64encode(f"{EV_USER}:{EV_PASSWORD}".encode()).decode()
    client = AuthenticatedClient(base_url=base_url, token=token, prefix="Basic", httpx_args=args, timeout=None)

    def calls(**kwargs: Any) -> list[Call]:
        page = list_calls.sync(client=client, **kwargs)
        if not isinstance(page, list):
            raise RuntimeError(f"list_calls answered {page!r}")
        return page

    note = "bare generated list_calls.sync (TODO: no SDK facade execvision_client.ExecVision in generated/ yet)"
    return client, EvClient("generated", note, calls, None, client.get_httpx_client().close)


def facade(base_url: str, args: dict[str, Any], rate: float | None = None) -> EvClient | None:
    """`ExecVision(user_id, password, base_url=, rate_limiter=, http_client=)`, or None if absent."""
    cls = getattr(execvision_client, "ExecVision", None)
    if cls is None:
        return None
    http = httpx.Client(timeout=None, **args)
    try:
        sdk = cls(EV_USER, EV_PASSWORD, base_url=base_url, rate_limiter=rate, http_client=http)
    except TypeError:  # the facade's constructor changed: fall back to the generated functions
        http.close()
        return None
    shown = f"ExecVision(user_id, password, base_url=…, rate_limiter={rate!r}, http_client=httpx.Client(…))"
    return EvClient("facade", f"SDK facade {shown}", sdk.list_calls, sdk.iter_calls, http.close)

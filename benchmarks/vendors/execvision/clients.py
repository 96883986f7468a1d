"""How the bench calls the ExecVision client: the SDK facade `execvision_client.ExecVision` when
the generated package has it (after `make generate` copies overrides/execvision/package/ in),
else the bare generated functions (openapi-python-client's `list_calls`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import execvision_client
import httpx
from execvision_client import AuthenticatedClient
from execvision_client.api.calls import list_calls
from execvision_client.models.call import Call

from benchmarks.auth import Credentials

CREDENTIALS = Credentials("ev-reader", "ev-reader-secret")  # a user of the mock's seed


@dataclass(frozen=True)
class EvClient:
    """What the bench needs from a client: one calls page, and every call with paging."""

    kind: str  # "facade" or "generated"
    note: str
    list_calls: Callable[..., list[Any]]
    iter_calls: Callable[..., Iterator[Any]] | None  # None: the bench pages by hand
    close: Callable[[], None]


def generated(base_url: str, args: dict[str, Any]) -> tuple[AuthenticatedClient, EvClient]:
    token = CREDENTIALS.basic.removeprefix("Basic ")
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
        sdk = cls(CREDENTIALS.user, CREDENTIALS.secret, base_url=base_url, rate_limiter=rate, http_client=http)
    except TypeError:  # the facade's constructor changed: fall back to the generated functions
        http.close()
        return None
    shown = f"ExecVision(user_id, password, base_url=…, rate_limiter={rate!r}, http_client=httpx.Client(…))"
    return EvClient("facade", f"SDK facade {shown}", sdk.list_calls, sdk.iter_calls, http.close)

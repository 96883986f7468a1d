"""`Cresta` and `AsyncCresta`: every operation of the API, plus `iter_*` paging helpers.

    with Cresta(client_id=..., client_secret=..., token_url=..., base_url=...) as cresta:
        conversation = cresta.get_conversation("customers/acme/profiles/default/conversations/c-1")

Methods take full resource names (strings or `*Name` objects) and per-call options
(`timeout=`, `max_retries=`, `extra_headers=`); they return the generated models and raise
APIError subclasses. Idempotent operations are retried (see `_spec_rules`).
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ._coaching import SyncCoaching
from ._coaching_async import AsyncCoaching
from ._conversations import SyncConversations
from ._conversations_async import AsyncConversations
from ._core import DEFAULT_MAX_RETRIES, RetryPolicy, TimeoutTypes
from ._oauth import make_auth
from ._spec_rules import IDEMPOTENT_OPERATIONS
from .models import RpcStatus

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AsyncCresta", "Cresta"]

DEFAULT_BASE_URL = "https://api.us-west-2-prod.cresta.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


class Cresta(SyncCoaching, SyncConversations):
    """Blocking client of Cresta's CoachingService and ConversationService.

    Auth: `client_id` + `client_secret` + `token_url` (OAuth2 client credentials: the token
    is cached until shortly before it expires and refreshed once on a 401), or `token` (a
    static bearer token), or any `auth` (an httpx.Auth). `max_retries` (default 2) applies
    to idempotent operations; `retry` sets the backoff; `http_client` replaces the pool.
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
        token: str | None = None,
        auth: httpx.Auth | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.auth = make_auth(
            client_id=client_id, client_secret=client_secret, token_url=token_url, token=token, auth=auth
        )
        self._setup(
            base_url=base_url,
            auth=self.auth,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            throttle=None,
            error_model=RpcStatus,
            idempotent_operations=IDEMPOTENT_OPERATIONS,
        )
        self._open(http_client, self.auth, headers)


class AsyncCresta(AsyncCoaching, AsyncConversations):
    """The asyncio twin of `Cresta` (same arguments; `http_client` is an httpx.AsyncClient)."""

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
        token: str | None = None,
        auth: httpx.Auth | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.auth = make_auth(
            client_id=client_id, client_secret=client_secret, token_url=token_url, token=token, auth=auth
        )
        self._setup(
            base_url=base_url,
            auth=self.auth,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            throttle=None,
            error_model=RpcStatus,
            idempotent_operations=IDEMPOTENT_OPERATIONS,
        )
        self._open(http_client, self.auth, headers)

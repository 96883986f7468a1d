"""OAuth2 client-credentials tokens for the Cresta API: opaque, random, expiring."""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from mockserver.config import Clock


@dataclass(frozen=True)
class IssuedToken:
    client_id: str
    expires_at: datetime


class TokenIssuer:
    def __init__(self, clock: Clock, ttl: float) -> None:
        self.clock = clock
        self.ttl = ttl  # seconds; changeable at run time (admin config)
        self._tokens: dict[str, IssuedToken] = {}
        self._lock = threading.Lock()

    def issue(self, client_id: str) -> tuple[str, int]:
        """A new token for `client_id` and its lifetime in whole seconds."""
        token = "mock-" + secrets.token_urlsafe(24)
        now = self.clock()
        with self._lock:
            if len(self._tokens) > 10_000:
                self._tokens = {k: v for k, v in self._tokens.items() if v.expires_at > now}
            self._tokens[token] = IssuedToken(client_id, now + timedelta(seconds=self.ttl))
        return token, max(0, int(self.ttl))

    def lookup(self, token: str) -> tuple[str | None, str]:
        """(client id, "") for a live token, else (None, reason)."""
        issued = self._tokens.get(token)
        if issued is None:
            return None, "unknown access token"
        if self.clock() >= issued.expires_at:
            return None, "access token expired"
        return issued.client_id, ""

    def revoke_all(self) -> None:
        with self._lock:
            self._tokens.clear()

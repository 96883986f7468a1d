"""Bearer tokens (OAuth2 client credentials): signed, expiring, verifiable by any worker.

A token is `mock-<payload>.<tag>` (signed.py): the payload holds the client id, the expiry
(an integer epoch in milliseconds), the revocation generation and a random nonce; the tag is an
HMAC under a key derived from the run's secret (secret.py). Nothing is stored per token, so a
token issued by one `--workers` process is accepted by the others (they share the secret), and
with `--secret` a restart keeps tokens valid until they expire. Without it every run has its
own secret: no token can be minted from the source. `revoke_all()` starts a new generation in
this process: earlier tokens are unknown from then on.

A token is checked strictly: at most MAX_TOKEN_LENGTH characters, then the tag, then the
payload decoded into `Claims` (integers only: no float, bool, NaN or Infinity), an expiry at
most MAX_LIFETIME ahead and this process's generation. Anything else is "unknown".
"""

from __future__ import annotations

import math
import secrets
from datetime import timedelta
from typing import Annotated, Any

import msgspec

from mockserver.engine.config import Clock
from mockserver.engine.secret import ACCESS_TOKENS, derive
from mockserver.engine.signed import BadPayload, sign, verify

PREFIX = "mock-"
MAX_TOKEN_LENGTH = 512
MAX_LIFETIME = timedelta(days=366)
_MAX_LIFETIME_MS = MAX_LIFETIME // timedelta(milliseconds=1)

Natural = Annotated[int, msgspec.Meta(ge=0)]


class Claims(msgspec.Struct, forbid_unknown_fields=True):
    c: str  # the client id
    e: Natural  # expiry, epoch milliseconds
    g: Natural  # the revocation generation
    n: str  # a nonce: two tokens of one client in one millisecond differ


_DECODER = msgspec.json.Decoder(Claims)


def lifetime_seconds(ttl: float) -> float:
    """`ttl` within [0, MAX_LIFETIME] (a NaN gives 0): a token is never issued that its own
    check would refuse."""
    if math.isnan(ttl):
        return 0.0
    return min(max(ttl, 0.0), MAX_LIFETIME.total_seconds())


class TokenIssuer:
    def __init__(self, clock: Clock, ttl: float, secret: bytes) -> None:
        self.clock = clock
        self.ttl = ttl  # seconds; changeable at run time (admin config)
        self.generation = 0
        self._key = derive(secret, ACCESS_TOKENS)

    def _now_ms(self) -> int:
        return math.floor(self.clock().timestamp() * 1000)

    def issue(self, client_id: str) -> tuple[str, int]:
        """A new token for `client_id` and its lifetime in whole seconds."""
        ttl = lifetime_seconds(self.ttl)
        expires = self._now_ms() + round(ttl * 1000)
        claims = Claims(c=client_id, e=expires, g=self.generation, n=secrets.token_urlsafe(9))
        return PREFIX + sign(self._key, claims), int(ttl)

    def response(self, client_id: str) -> dict[str, Any]:
        """A new token for `client_id` as an RFC 6749 access token response."""
        token, expires_in = self.issue(client_id)
        return {"access_token": token, "token_type": "Bearer", "expires_in": expires_in}

    def lookup(self, token: str) -> tuple[str | None, str]:
        """(client id, "") for a live token, else (None, reason)."""
        claims = self._verify(token)
        if claims is None:
            return None, "unknown access token"
        if self._now_ms() >= claims.e:
            return None, "access token expired"
        return claims.c, ""

    def revoke_all(self) -> None:
        self.generation += 1

    def _verify(self, token: str) -> Claims | None:
        """The claims of a well-formed token signed under this run's key, of this generation,
        whose expiry is not absurdly far ahead."""
        if len(token) > MAX_TOKEN_LENGTH or not token.startswith(PREFIX):
            return None
        try:
            claims = verify(self._key, token.removeprefix(PREFIX), _DECODER)
        except BadPayload:
            return None
        if claims is None or claims.g != self.generation or claims.e > self._now_ms() + _MAX_LIFETIME_MS:
            return None
        return claims

"""Bearer tokens (OAuth2 client credentials): signed, expiring, verifiable by any worker.

A token is `mock-<payload>.<tag>`: the payload (base64url JSON) holds the client id, the expiry
(epoch seconds), the revocation generation and a random nonce; the tag is a 16-byte
HMAC-SHA256 of the payload under a fixed key. Nothing is stored per token, so a token issued
by one `--workers` process is accepted by the others, and a restart keeps tokens valid until
they expire. The key only detects tampering; it is not a secret in a mock. `revoke_all()`
starts a new generation in this process: earlier tokens are unknown from then on.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from typing import Any

from mockserver.engine.config import Clock

_KEY = hashlib.sha256(b"mockserver access tokens v1").digest()
_TAG_LEN = 16
PREFIX = "mock-"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _tag(payload: str) -> str:
    return _b64(hmac.new(_KEY, payload.encode(), hashlib.sha256).digest()[:_TAG_LEN])


class TokenIssuer:
    def __init__(self, clock: Clock, ttl: float) -> None:
        self.clock = clock
        self.ttl = ttl  # seconds; changeable at run time (admin config)
        self.generation = 0

    def issue(self, client_id: str) -> tuple[str, int]:
        """A new token for `client_id` and its lifetime in whole seconds."""
        expires = self.clock().timestamp() + self.ttl
        claims = {"c": client_id, "e": expires, "g": self.generation, "n": secrets.token_urlsafe(9)}
        payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
        return f"{PREFIX}{payload}.{_tag(payload)}", max(0, int(self.ttl))

    def response(self, client_id: str) -> dict[str, Any]:
        """A new token for `client_id` as an RFC 6749 access token response."""
        token, expires_in = self.issue(client_id)
        return {"access_token": token, "token_type": "Bearer", "expires_in": expires_in}

    def lookup(self, token: str) -> tuple[str | None, str]:
        """(client id, "") for a live token, else (None, reason)."""
        verified = self._verify(token)
        if verified is None:
            return None, "unknown access token"
        client_id, expires = verified
        if self.clock().timestamp() >= expires:
            return None, "access token expired"
        return client_id, ""

    def revoke_all(self) -> None:
        self.generation += 1

    def _verify(self, token: str) -> tuple[str, float] | None:
        """(client id, expiry) of a well-formed, untampered token of this generation."""
        payload, dot, tag = token.removeprefix(PREFIX).partition(".")
        if not token.startswith(PREFIX) or not dot or not hmac.compare_digest(tag, _tag(payload)):
            return None
        try:
            claims = json.loads(_unb64(payload))
        except (ValueError, binascii.Error):
            return None
        if not isinstance(claims, dict) or claims.get("g") != self.generation:
            return None
        client_id, expires = claims.get("c"), claims.get("e")
        if not isinstance(client_id, str) or not isinstance(expires, int | float):
            return None
        return client_id, float(expires)

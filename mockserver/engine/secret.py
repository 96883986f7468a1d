"""The run's secret and the keys derived from it.

By default every run draws a random secret (`new_secret()`), so no one can mint a token from
the source, and a token of one run is unknown to the next. `--secret` / `MOCK_SECRET` (or
`MockConfig.secret`) shares one secret across `--workers` and restarts: then a token issued by
one process is accepted by the others. Each use has its own key (`derive(secret, purpose)`,
an HMAC-SHA256 of the purpose under the secret), so access tokens and a plugin's own tokens
(e.g. page tokens) never share a key and a token of one kind can never pass for another.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SECRET_BYTES = 32
ACCESS_TOKENS = b"access-tokens v2"  # a plugin names the purposes of its own tokens


def new_secret() -> bytes:
    """A fresh random secret (a run without `--secret`)."""
    return secrets.token_bytes(SECRET_BYTES)


def secret_from_text(text: str) -> bytes:
    """The secret named on the command line or in MOCK_SECRET (any non-empty text)."""
    if not text:
        raise ValueError("the secret must not be empty")
    return text.encode("utf-8")


def derive(secret: bytes, purpose: bytes) -> bytes:
    """The key for one use of the secret (HKDF-expand-like: one HMAC per purpose)."""
    return hmac.new(secret, purpose, hashlib.sha256).digest()

"""Signed tokens: `<payload>.<tag>`, both base64url, the tag a 16-byte HMAC-SHA256 of the
payload under a key (secret.derive). The payload is the JSON of a msgspec Struct.

`verify` tells apart a token the key never signed (None: a wrong tag, not ASCII)
and a signed one whose payload is malformed (`BadPayload`: it only happens to someone who holds
the key, or a token of an older format). The payload is decoded strictly into its Struct
(msgspec: no unknown fields, no float for an int, no bool for a number), so no payload, however
deep or odd, gets past it as anything but a BadPayload.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import TypeVar

import msgspec

S = TypeVar("S", bound=msgspec.Struct)
TAG_BYTES = 16


class BadPayload(ValueError):
    """A token with a valid tag whose payload is not the expected object."""


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    """base64url without padding; ValueError (binascii.Error) for anything else."""
    return base64.urlsafe_b64decode(text.encode("ascii") + b"=" * (-len(text) % 4))


def _tag(key: bytes, payload: str) -> str:
    return b64(hmac.new(key, payload.encode("ascii"), hashlib.sha256).digest()[:TAG_BYTES])


def sign(key: bytes, claims: msgspec.Struct) -> str:
    return sign_bytes(key, msgspec.json.encode(claims))


def sign_bytes(key: bytes, payload: bytes) -> str:
    """A token of any payload (`sign` of a Struct's JSON; tests forge odd payloads with it)."""
    text = b64(payload)
    return f"{text}.{_tag(key, text)}"


def verify(key: bytes, token: str, decoder: msgspec.json.Decoder[S]) -> S | None:
    """The claims of a token signed under `key`; None if it was not; BadPayload if its payload
    is not the decoder's Struct."""
    if not token.isascii():
        return None
    payload, dot, tag = token.partition(".")
    if not dot or not hmac.compare_digest(tag, _tag(key, payload)):
        return None
    try:
        return decoder.decode(unb64(payload))
    except ValueError as exc:  # not base64url, msgspec's DecodeError/ValidationError, bad UTF-8
        raise BadPayload(str(exc)) from exc

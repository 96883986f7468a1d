"""AIP-158 paging for the Cresta list operations.

* `pageSize`: unset or 0 gives the operation's default; a value above the cap is lowered to
  the cap (the assumed rule `page-size-coercion`; docs-only there is no cap). A negative value
  is rejected by the schema's (assumed) `minimum: 0`; docs-only it counts as unset.
* `pageToken`: opaque, base64url of `{"o": offset, "b": binding}` followed by a 16-byte
  HMAC-SHA256 tag. The binding is a hash of the operation, the parent and the filter fields,
  so a token is only accepted with the request it came from (AIP-158: changing filters
  between pages is INVALID_ARGUMENT; the assumed rule `page-token-bound`, docs-only the
  offset is used whatever the filters). `pageSize` is not bound: it may change between pages.
  A token the mock never issued (not decodable, or a wrong tag) gives the first page: no
  schema can tell it from an issued one, so a vanilla tool must see it accepted.
  The key is fixed (not per process) so tokens survive restarts and work across workers;
  the HMAC only detects tampering, it is not a secret in a mock.
* `nextPageToken` is omitted on the last page.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from mockserver.engine.context import RequestContext
from mockserver.vendors.cresta.names import invalid

T = TypeVar("T")

_KEY = hashlib.sha256(b"cresta-mock page tokens v1").digest()
_TAG_LEN = 16


def page_size(value: Any, *, default: int, cap: int | None) -> int:
    """The page size to use; `cap` None: no maximum (docs-only)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # protojson reads an integral JSON number such as 20.0 as an int32
    if value is None or value == 0:
        return default
    if not isinstance(value, int) or isinstance(value, bool):
        invalid("pageSize must be an integer")
    if value < 0:  # only docs-only: the schema's minimum rejects it otherwise
        return default
    return value if cap is None else min(value, cap)


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str).encode()


def binding(operation: str, parent: str, filters: Mapping[str, Any]) -> str:
    """A short digest of everything a page token is tied to."""
    digest = hashlib.sha256(_canonical({"op": operation, "parent": parent, "f": filters}))
    return digest.hexdigest()[:24]


def encode_token(offset: int, bound_to: str) -> str:
    payload = _canonical({"o": offset, "b": bound_to})
    tag = hmac.new(_KEY, payload, hashlib.sha256).digest()[:_TAG_LEN]
    return base64.urlsafe_b64encode(payload + tag).decode().rstrip("=")


def decode_token(token: Any, bound_to: str, *, bound: bool = True) -> int:
    """The offset a token points to: 0 for an unset token or one the mock never issued; 400 for
    an issued token of another request when `bound` (the rule `page-token-bound` is enforced)."""
    if token is None or token == "":
        return 0
    if not isinstance(token, str):
        invalid("pageToken must be a string")
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        return 0
    payload, tag = raw[:-_TAG_LEN], raw[-_TAG_LEN:]
    expected = hmac.new(_KEY, payload, hashlib.sha256).digest()[:_TAG_LEN]
    if not payload or not hmac.compare_digest(tag, expected):
        return 0
    data = json.loads(payload)
    if bound and data.get("b") != bound_to:
        invalid("pageToken does not match this request: the parent or the filters changed")
    offset = data.get("o")
    return offset if isinstance(offset, int) and offset >= 0 else 0


def paging_args(
    ctx: RequestContext, value: Any, token: Any, bound_to: str, *, default: int, cap: int
) -> tuple[int, int]:
    """(page size, offset) of a list request, with the operation's assumed rules
    `page-size-coercion` and `page-token-bound` applied unless the mock runs docs-only."""
    size = page_size(value, default=default, cap=cap if ctx.enforces("page-size-coercion") else None)
    return size, decode_token(token, bound_to, bound=ctx.enforces("page-token-bound"))


def paginate(items: Sequence[T], offset: int, size: int, bound_to: str) -> tuple[Sequence[T], str | None]:
    """The page at `offset` and the token of the next one (None on the last page)."""
    page = items[offset : offset + size]
    end = offset + len(page)
    return page, (encode_token(end, bound_to) if end < len(items) else None)


def page_fields(key: str, page: Sequence[Any], next_token: str | None) -> dict[str, Any]:
    """`{key: [...], nextPageToken: ...}` with the token key left out on the last page."""
    body: dict[str, Any] = {key: list(page)}
    if next_token is not None:
        body["nextPageToken"] = next_token
    return body

"""AIP-158 paging for the Cresta list operations: keyset cursors, so that a listing is stable.

* `pageSize`: unset or 0 gives the operation's default; a value above the cap is lowered to
  the cap (the assumed rule `page-size-coercion`; docs-only there is no cap). A negative value
  is rejected by the schema's (assumed) `minimum: 0`; docs-only it counts as unset.
* Order: every list is sorted by a sort key (times.SortKey: a timestamp, then the name, which
  is unique), and a page is the items after the previous page's last one. So an item inserted
  or deleted while a client pages never makes it see another item twice or miss one that
  existed throughout (AIP-158: a token stays valid across changes).
* `pageToken`: opaque, a signed token (engine/signed.py) of `Cursor`: the previous page's last
  sort key and a binding, under a key derived from the run's secret (PAGE_TOKENS). The
  binding is a hash of the operation, the parent and the filter fields, so a token is only
  accepted with the request it came from (AIP-158: changing filters between pages is
  INVALID_ARGUMENT; the assumed rule `page-token-bound`, docs-only the cursor is used whatever
  the filters). `pageSize` is not bound: it may change between pages.
  A token the mock never issued (not signed with this run's key, e.g. of another run without a
  shared `--secret`) gives the first page: no schema can tell it from an issued one, so a
  vanilla tool must see it accepted. A signed token whose payload is not a Cursor (which only
  a holder of the secret can make) is INVALID_ARGUMENT.
* `nextPageToken` is omitted on the last page.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import msgspec

from mockserver.engine.context import RequestContext
from mockserver.engine.secret import derive
from mockserver.engine.signed import BadPayload, sign, verify
from mockserver.vendors.cresta.names import invalid
from mockserver.vendors.cresta.times import SortKey

T = TypeVar("T")
PAGE_TOKENS = b"cresta page tokens v2"  # the purpose of the key page tokens are signed with


class Cursor(msgspec.Struct, forbid_unknown_fields=True):
    t: int  # the last item's sort key: its time (epoch microseconds)
    n: str  # and its name
    b: str  # the binding of the request the token came from


_DECODER = msgspec.json.Decoder(Cursor)


@dataclass(frozen=True)
class PageRequest:
    """What a list request asks for: `size` items after `after` (None: from the start)."""

    size: int
    after: SortKey | None
    bound_to: str
    key: bytes  # the key page tokens are signed with


def page_key(ctx: RequestContext) -> bytes:
    return derive(ctx.secret, PAGE_TOKENS)


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


def encode_token(key: bytes, after: SortKey, bound_to: str) -> str:
    return sign(key, Cursor(t=after[0], n=after[1], b=bound_to))


def decode_token(key: bytes, token: Any, bound_to: str, *, bound: bool = True) -> SortKey | None:
    """The sort key a token continues after: None for an unset token or one the mock never
    issued; 400 for a malformed one, and for an issued token of another request when `bound`
    (the rule `page-token-bound` is enforced)."""
    if token is None or token == "":
        return None
    if not isinstance(token, str):
        invalid("pageToken must be a string")
    try:
        cursor = verify(key, token, _DECODER)
    except BadPayload:
        invalid("pageToken is malformed")
    if cursor is None:
        return None
    if bound and cursor.b != bound_to:
        invalid("pageToken does not match this request: the parent or the filters changed")
    return cursor.t, cursor.n


def paging_args(ctx: RequestContext, value: Any, token: Any, bound_to: str, *, default: int, cap: int) -> PageRequest:
    """The page a list request asks for, with the operation's assumed rules
    `page-size-coercion` and `page-token-bound` applied unless the mock runs docs-only."""
    size = page_size(value, default=default, cap=cap if ctx.enforces("page-size-coercion") else None)
    key = page_key(ctx)
    after = decode_token(key, token, bound_to, bound=ctx.enforces("page-token-bound"))
    return PageRequest(size, after, bound_to, key)


def first_index(items: Sequence[T], key: Callable[[T], SortKey], after: SortKey | None) -> int:
    """Where the page after `after` starts in `items` (sorted by `key`)."""
    return 0 if after is None else bisect.bisect_right(items, after, key=key)


def paginate(items: Sequence[T], key: Callable[[T], SortKey], request: PageRequest) -> tuple[Sequence[T], str | None]:
    """The page `request` asks for out of `items` (sorted by `key`) and the token of the next
    one (None on the last page)."""
    start = first_index(items, key, request.after)
    page = items[start : start + request.size]
    end = start + len(page)
    return page, (encode_token(request.key, key(items[end - 1]), request.bound_to) if end < len(items) else None)


def page_fields(key: str, page: Sequence[Any], next_token: str | None) -> dict[str, Any]:
    """`{key: [...], nextPageToken: ...}` with the token key left out on the last page."""
    body: dict[str, Any] = {key: list(page)}
    if next_token is not None:
        body["nextPageToken"] = next_token
    return body

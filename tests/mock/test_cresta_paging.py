"""AIP-158 page sizes and page tokens (mockserver/vendors/cresta/paging.py)."""

from __future__ import annotations

import base64

import pytest

from mockserver.engine.context import ApiError
from mockserver.vendors.cresta.paging import (
    PageRequest,
    binding,
    decode_token,
    encode_token,
    page_fields,
    page_size,
    paginate,
)
from mockserver.vendors.cresta.times import SortKey

KEY = b"k" * 32


def test_page_size_rules() -> None:
    assert page_size(None, default=50, cap=1000) == 50
    assert page_size(0, default=50, cap=1000) == 50
    assert page_size(7, default=50, cap=1000) == 7
    assert page_size(10**6, default=50, cap=1000) == 1000  # coerced, not rejected
    assert page_size(10**6, default=50, cap=None) == 10**6  # docs-only: no cap
    # negative: the schema's assumed minimum rejects it; docs-only it reaches here as unset
    assert page_size(-1, default=50, cap=1000) == 50


def test_token_round_trip_and_binding() -> None:
    bound = binding("op", "customers/a/profiles/p", {"x": [1]})
    after = (1_700_000_000_000_000, "customers/a/profiles/p/things/t-1")
    assert decode_token(KEY, encode_token(KEY, after, bound), bound) == after
    assert decode_token(KEY, None, bound) is None and decode_token(KEY, "", bound) is None
    other = binding("op", "customers/a/profiles/p", {"x": [2]})
    with pytest.raises(ApiError, match="filters changed") as err:
        decode_token(KEY, encode_token(KEY, after, bound), other)
    assert err.value.grpc_code == 3
    assert decode_token(KEY, encode_token(KEY, after, bound), other, bound=False) == after  # docs-only
    assert binding("op", "customers/b/profiles/p", {"x": [1]}) != bound


@pytest.mark.parametrize("mutate", ["flip", "garbage", "short", "unsigned", "other-key"])
def test_tokens_the_mock_never_issued_start_from_the_beginning(mutate: str) -> None:
    """No schema can tell an issued token from another string, so a vanilla tool sends any
    string as a valid value: the mock answers it with the first page."""
    bound = binding("op", "parent", {})
    token = encode_token(KEY, (10, "n"), bound)
    payload, _, tag = token.partition(".")
    flipped = base64.urlsafe_b64encode(base64.urlsafe_b64decode(payload + "==").replace(b'"t":10', b'"t":99'))
    forged = {
        "flip": f"{flipped.decode().rstrip('=')}.{tag}",
        "garbage": "!!not-base64!!",
        "short": "abcd",
        "unsigned": base64.urlsafe_b64encode(b'{"b":"x","n":"n","t":1}').decode(),
        "other-key": encode_token(b"another run's key", (10, "n"), bound),
    }[mutate]
    assert decode_token(KEY, forged, bound) is None


def _items(n: int) -> list[SortKey]:
    return [(i, f"item-{i}") for i in range(n)]


def _self(item: SortKey) -> SortKey:
    return item


def test_paginate_continues_after_the_last_item_and_omits_the_token_on_the_last_page() -> None:
    items = _items(5)
    page, token = paginate(items, _self, PageRequest(3, None, "b", KEY))
    assert list(page) == items[:3] and token is not None
    page, token = paginate(items, _self, PageRequest(3, decode_token(KEY, token, "b"), "b", KEY))
    assert list(page) == items[3:] and token is None
    assert page_fields("items", page, token) == {"items": items[3:]}  # no nextPageToken key at all


def test_a_cursor_whose_item_is_gone_continues_after_where_it_was() -> None:
    items = _items(6)
    _, token = paginate(items, _self, PageRequest(2, None, "b", KEY))
    survivors = [item for item in items if item != items[1]]  # the page's last item is deleted
    page, _ = paginate(survivors, _self, PageRequest(2, decode_token(KEY, token, "b"), "b", KEY))
    assert list(page) == items[2:4]

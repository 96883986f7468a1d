"""AIP-158 page sizes and page tokens (mockserver/cresta_paging.py)."""

from __future__ import annotations

import base64

import pytest

from mockserver.engine.context import ApiError
from mockserver.vendors.cresta.paging import binding, decode_token, encode_token, page_fields, page_size, paginate


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
    assert decode_token(encode_token(42, bound), bound) == 42
    assert decode_token(None, bound) == 0 and decode_token("", bound) == 0
    other = binding("op", "customers/a/profiles/p", {"x": [2]})
    with pytest.raises(ApiError, match="filters changed") as err:
        decode_token(encode_token(42, bound), other)
    assert err.value.grpc_code == 3
    assert decode_token(encode_token(42, bound), other, bound=False) == 42  # docs-only
    assert binding("op", "customers/b/profiles/p", {"x": [1]}) != bound


@pytest.mark.parametrize("mutate", ["flip", "garbage", "short", "unsigned"])
def test_tokens_the_mock_never_issued_start_from_the_beginning(mutate: str) -> None:
    """No schema can tell an issued token from another string, so a vanilla tool sends any
    string as a valid value: the mock answers it with the first page."""
    bound = binding("op", "parent", {})
    token = encode_token(10, bound)
    raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    forged = {
        "flip": base64.urlsafe_b64encode(raw.replace(b'"o":10', b'"o":99')).decode(),
        "garbage": "!!not-base64!!",
        "short": "abcd",
        "unsigned": base64.urlsafe_b64encode(b'{"b":"x","o":1}').decode(),
    }[mutate]
    assert decode_token(forged, bound) == 0


def test_paginate_omits_token_on_last_page() -> None:
    items = list(range(5))
    page, token = paginate(items, 0, 3, "b")
    assert list(page) == [0, 1, 2] and token is not None
    page, token = paginate(items, decode_token(token, "b"), 3, "b")
    assert list(page) == [3, 4] and token is None
    assert page_fields("items", page, token) == {"items": [3, 4]}  # no nextPageToken key at all

"""Comparable forms of decoded pages: the stock models' `to_dict()` is the reference.

A client's shipped fast-path types (msgspec Structs, ...) have a `to_dict()` that returns what
the stock model's does, so both sides go through `to_dict()`. `same` is strict: equal
values of different JSON types (651 and 651.0, 1 and True) differ.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Protocol

import orjson


class HasToDict(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def from_models(items: Sequence[HasToDict]) -> list[dict[str, Any]]:
    """Decoded items (attrs models or the shipped Structs) as JSON-shaped dicts (wire names, ISO dates)."""
    return [item.to_dict() for item in items]


def _dump(value: Any) -> bytes:
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except TypeError:  # e.g. an int beyond 64 bits
        return json.dumps(value, sort_keys=True).encode()


def same(a: Any, b: Any) -> bool:
    """Equal, with the same JSON types throughout."""
    return bool(a == b) and _dump(a) == _dump(b)

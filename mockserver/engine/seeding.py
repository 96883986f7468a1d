"""Deterministic seed data: every plugin gives a seed function and its default sizes.

    seed(store, *, seed: int, sizes: Mapping[str, int], now: datetime) -> None

The data is a pure function of (seed, sizes, the day of `now`). Size names are unique across
plugins (plugins.py checks), so that one merged mapping serves every plugin.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from mockserver.engine.plugins import RegisteredApi, registered
from mockserver.engine.store import Store

MAX_SIZE = 20_000  # per size name (admin.yaml's Reseed.sizes maximum)
MAX_TOTAL_SIZE = 50_000  # all sizes together, the defaults included


class UnknownSizeError(ValueError):
    """An unknown size name, or a size out of bounds."""


def default_sizes(apis: Sequence[RegisteredApi] | None = None) -> dict[str, int]:
    merged: dict[str, int] = {}
    for api in registered() if apis is None else apis:
        merged.update(api.plugin.sizes)
    return merged


def resolve_sizes(overrides: Mapping[str, int], apis: Sequence[RegisteredApi] | None = None) -> dict[str, int]:
    """The default sizes with `overrides` applied; an unknown name or a size out of bounds
    (each 0..MAX_SIZE, all together at most MAX_TOTAL_SIZE) is an error."""
    sizes = default_sizes(apis)
    unknown = sorted(set(overrides) - set(sizes))
    if unknown:
        raise UnknownSizeError(f"unknown size names {unknown}; known: {sorted(sizes)}")
    for name, value in overrides.items():
        if not 0 <= int(value) <= MAX_SIZE:
            raise UnknownSizeError(f"size {name} must be 0..{MAX_SIZE}, not {value}")
        sizes[name] = int(value)
    total = sum(sizes.values())
    if total > MAX_TOTAL_SIZE:
        raise UnknownSizeError(f"the sizes add up to {total}, more than {MAX_TOTAL_SIZE}")
    return sizes


def populate_all(
    store: Store, apis: Sequence[RegisteredApi], *, seed: int, sizes: Mapping[str, int], now: datetime
) -> None:
    for api in apis:
        api.plugin.seed(store, seed=seed, sizes=sizes, now=now)

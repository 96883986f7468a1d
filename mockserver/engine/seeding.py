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


class UnknownSizeError(ValueError):
    pass


def default_sizes(apis: Sequence[RegisteredApi] | None = None) -> dict[str, int]:
    merged: dict[str, int] = {}
    for api in registered() if apis is None else apis:
        merged.update(api.plugin.sizes)
    return merged


def resolve_sizes(overrides: Mapping[str, int], apis: Sequence[RegisteredApi] | None = None) -> dict[str, int]:
    """The default sizes with `overrides` applied; an unknown name is an error."""
    sizes = default_sizes(apis)
    unknown = sorted(set(overrides) - set(sizes))
    if unknown:
        raise UnknownSizeError(f"unknown size names {unknown}; known: {sorted(sizes)}")
    for name, value in overrides.items():
        if int(value) < 0:
            raise UnknownSizeError(f"size {name} must be >= 0")
        sizes[name] = int(value)
    return sizes


def populate_all(
    store: Store, apis: Sequence[RegisteredApi], *, seed: int, sizes: Mapping[str, int], now: datetime
) -> None:
    for api in apis:
        api.plugin.seed(store, seed=seed, sizes=sizes, now=now)

"""Deterministic seed data: every plugin gives a seed function and its default sizes.

    seed(store, *, seed: int, sizes: Mapping[str, int], now: datetime) -> None

The data is a pure function of (seed, sizes, the day of `now`). Size names are unique across
plugins (plugins.py checks), so that one merged mapping serves every plugin.

Bounds: a size the seed builds eagerly is at most MAX_SIZE, and those sizes together (the
defaults included) at most MAX_TOTAL_SIZE. A size whose objects the plugin computes on demand
(nothing is built per object at start-up) has the larger maximum its plugin declares
(`VendorPlugin.on_demand_sizes`, at most MAX_ON_DEMAND_SIZE), and is not counted in the total.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from mockserver.engine.plugins import RegisteredApi, registered
from mockserver.engine.store import Store

MAX_SIZE = 20_000  # per eager size name (admin.yaml's Reseed.sizes additionalProperties maximum)
MAX_TOTAL_SIZE = 50_000  # the eager sizes together, the defaults included
MAX_ON_DEMAND_SIZE = 10_000_000  # the most a plugin may declare for a size it computes on demand


class UnknownSizeError(ValueError):
    """An unknown size name, or a size out of bounds."""


def default_sizes(apis: Sequence[RegisteredApi] | None = None) -> dict[str, int]:
    merged: dict[str, int] = {}
    for api in registered() if apis is None else apis:
        merged.update(api.plugin.sizes)
    return merged


def size_limits(apis: Sequence[RegisteredApi] | None = None) -> dict[str, int]:
    """The maximum of every size the plugins compute on demand (the others: MAX_SIZE)."""
    limits: dict[str, int] = {}
    for api in registered() if apis is None else apis:
        for name, limit in api.plugin.on_demand_sizes.items():
            if name not in api.plugin.sizes or not MAX_SIZE <= limit <= MAX_ON_DEMAND_SIZE:
                raise ValueError(
                    f"{api.name}: on-demand size {name} must be one of its sizes, with a maximum"
                    f" from {MAX_SIZE} to {MAX_ON_DEMAND_SIZE}, not {limit}"
                )
            limits[name] = limit
    return limits


def resolve_sizes(overrides: Mapping[str, int], apis: Sequence[RegisteredApi] | None = None) -> dict[str, int]:
    """The default sizes with `overrides` applied; an unknown name or a size out of bounds
    (each 0..its maximum, the eager ones together at most MAX_TOTAL_SIZE) is an error."""
    apis = registered() if apis is None else apis
    sizes, limits = default_sizes(apis), size_limits(apis)
    unknown = sorted(set(overrides) - set(sizes))
    if unknown:
        raise UnknownSizeError(f"unknown size names {unknown}; known: {sorted(sizes)}")
    for name, value in overrides.items():
        limit = limits.get(name, MAX_SIZE)
        if not 0 <= int(value) <= limit:
            raise UnknownSizeError(f"size {name} must be 0..{limit}, not {value}")
        sizes[name] = int(value)
    total = sum(value for name, value in sizes.items() if name not in limits)
    if total > MAX_TOTAL_SIZE:
        besides = f" (besides those computed on demand: {', '.join(sorted(limits))})" if limits else ""
        raise UnknownSizeError(f"the sizes{besides} add up to {total}, more than {MAX_TOTAL_SIZE}")
    return sizes


def populate_all(
    store: Store, apis: Sequence[RegisteredApi], *, seed: int, sizes: Mapping[str, int], now: datetime
) -> None:
    for api in apis:
        api.plugin.seed(store, seed=seed, sizes=sizes, now=now)

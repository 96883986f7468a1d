"""Deterministic seed data: every seed module exposes `DEFAULT_SIZES` and `populate()`.

    populate(store, *, seed: int, sizes: Mapping[str, int], now: datetime) -> None

The data is a pure function of (seed, sizes, the day of `now`). Size names are prefixed
per API (`ev_calls`, ...) so that one merged mapping serves every module.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Mapping
from datetime import datetime
from types import ModuleType

from mockserver.store import Store

log = logging.getLogger("mockserver.seed")

MODULES = ("execvision", "cresta")


class UnknownSizeError(ValueError):
    pass


def _modules() -> list[ModuleType]:
    found = []
    for name in MODULES:
        qualified = f"{__name__}.{name}"
        try:
            found.append(importlib.import_module(qualified))
        except ModuleNotFoundError as exc:
            if exc.name != qualified:
                raise
            log.warning("seed module %s not found: no data for it", qualified)
    return found


def default_sizes() -> dict[str, int]:
    merged: dict[str, int] = {}
    for module in _modules():
        merged.update(getattr(module, "DEFAULT_SIZES", {}))
    return merged


def resolve_sizes(overrides: Mapping[str, int]) -> dict[str, int]:
    """The default sizes with `overrides` applied; an unknown name is an error."""
    sizes = default_sizes()
    unknown = sorted(set(overrides) - set(sizes))
    if unknown:
        raise UnknownSizeError(f"unknown size names {unknown}; known: {sorted(sizes)}")
    for name, value in overrides.items():
        if int(value) < 0:
            raise UnknownSizeError(f"size {name} must be >= 0")
        sizes[name] = int(value)
    return sizes


def populate_all(store: Store, *, seed: int, sizes: Mapping[str, int], now: datetime) -> None:
    for module in _modules():
        module.populate(store, seed=seed, sizes=sizes, now=now)

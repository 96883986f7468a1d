"""Run-time settings that handlers read through the store (the handler contract has no
config object): `settings(ctx.store)["seed"]`, and each quirk by its `json_name`."""

from __future__ import annotations

from typing import Any

from mockserver.engine.store import Store

KIND = "__mock__"
KEY = "settings"


def settings(store: Store) -> dict[str, Any]:
    return store.get(KIND, KEY) or {}


def write_settings(store: Store, **values: Any) -> None:
    store.put(KIND, KEY, {**settings(store), **values})

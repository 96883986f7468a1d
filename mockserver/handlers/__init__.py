"""Handler registry: one module per service, each exporting `HANDLERS: dict[str, Handler]`."""

from __future__ import annotations

import importlib
import logging

from mockserver.context import Handler

log = logging.getLogger("mockserver.handlers")

MODULES = ("execvision", "coaching", "conversation")


def load_handlers() -> dict[str, Handler]:
    """Merge the HANDLERS of every service module (a module not written yet is skipped)."""
    merged: dict[str, Handler] = {}
    for name in MODULES:
        qualified = f"{__name__}.{name}"
        try:
            module = importlib.import_module(qualified)
        except ModuleNotFoundError as exc:
            if exc.name != qualified:
                raise
            log.warning("handler module %s not found: its operations answer 501", qualified)
            continue
        handlers = getattr(module, "HANDLERS", {})
        for op_id, handler in handlers.items():
            if op_id in merged:
                raise ValueError(f"operationId {op_id} has handlers in two modules")
            merged[op_id] = handler
    return merged

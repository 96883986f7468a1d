"""Heavy state rebuilds (reset, reseed) off the event loop.

`await off_loop(fn, *args)` runs `fn` in a worker thread with the cyclic garbage collector
paused. A Python thread gives up the GIL every few milliseconds, so the event loop keeps
serving; what would stall it are single long operations that hold the GIL: a full garbage
collection walking the millions of objects a 20,000-call store has (hundreds of ms each, and
building one triggers several), one big pickle call (see snapshot.py) and freeing a big store
in one go (see MemoryStore.drain). While the collector is paused nothing is walked; when the
last rebuild ends, the objects made meanwhile are frozen (`gc.freeze`: the collector never
walks them again; reference counting still frees them when the store is replaced) and the
collector resumes as it was.
"""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

_lock = threading.Lock()
_paused = 0  # rebuilds running with the collector paused
_was_enabled = True


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic collector off for the block (nested and concurrent blocks share one pause)."""
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0:
                gc.freeze()
                if _was_enabled:
                    gc.enable()


def _paused_call(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    with gc_paused():
        return fn(*args, **kwargs)


async def off_loop(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """`fn(*args, **kwargs)` in a worker thread, the collector paused (the loop keeps serving)."""
    return await asyncio.to_thread(partial(_paused_call, fn, *args, **kwargs))

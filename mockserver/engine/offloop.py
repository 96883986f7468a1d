"""Heavy state rebuilds (reset, reseed) off the event loop.

`await off_loop(fn, *args)` runs `fn` in a worker thread, with the cyclic garbage collector
paused and a short GIL switch interval. A Python thread gives up the GIL every switch
interval (5 ms by default; 1 ms here, so the event loop waits less for it each time it
wakes); what would stall the loop are single long operations that hold the GIL: a full
garbage collection walking the millions of objects a 20,000-call store has (hundreds of ms
each, and building one triggers several), one big pickle call (see snapshot.py) and freeing
a big store in one go (see MemoryStore.release). While the collector is paused nothing is
walked; when the last rebuild ends, the objects made meanwhile are frozen (`gc.freeze`: the
collector never walks them again; reference counting still frees them when the store is
replaced), and the collector and the switch interval are put back as they were. (Cyclic
garbage that exists at that moment is frozen too, so it is never collected: a few objects per
rebuild in a server, the price of no collection pause.)
"""

from __future__ import annotations

import asyncio
import gc
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

SWITCH_INTERVAL = 0.001  # seconds, while a rebuild runs

_lock = threading.Lock()
_running = 0  # rebuilds inside yielding()
_saved: tuple[bool, float] = (True, 0.005)  # the collector's state and the switch interval before


@contextmanager
def yielding() -> Iterator[None]:
    """The collector off and the switch interval short for the block (nested and concurrent
    blocks share one setting; the last to end restores what was there before the first)."""
    global _running, _saved
    with _lock:
        if _running == 0:
            _saved = (gc.isenabled(), sys.getswitchinterval())
            gc.disable()
            sys.setswitchinterval(SWITCH_INTERVAL)
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                gc.freeze()
                enabled, interval = _saved
                sys.setswitchinterval(interval)
                if enabled:
                    gc.enable()


def _yielding_call(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    with yielding():
        return fn(*args, **kwargs)


async def off_loop(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """`fn(*args, **kwargs)` in a worker thread, inside `yielding()` (the loop keeps serving)."""
    return await asyncio.to_thread(partial(_yielding_call, fn, *args, **kwargs))

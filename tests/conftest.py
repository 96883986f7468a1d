"""Fixtures every test folder shares."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.helpers import chromium


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium (tests/helpers/chromium.py), one per test module. Playwright's sync API
    allows one instance per thread at a time, and while it runs, the thread has a running event
    loop (so `asyncio.run` fails): it must be closed before the next module's tests."""
    yield from chromium.launch()

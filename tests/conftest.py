"""Fixtures every test folder shares."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.helpers import chromium


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Chromium (tests/helpers/chromium.py), one for the whole session: Playwright's
    sync API allows one running instance per thread."""
    yield from chromium.launch()

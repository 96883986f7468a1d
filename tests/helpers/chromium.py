"""Headless Chromium for the publisher's browser tests.

Debian's ``chromium`` is driven by Playwright for Python (``executable_path``; Playwright's
own browser download does not work here). Pages are opened from ``file://`` and every other
request is aborted and counted (``Watched.blocked``) as a failure. The ``browser`` fixture
(conftest) skips only when Chromium is missing and ``CI`` is not set; in CI (``.ci/run``
installs chromium with apt) a missing browser fails. ``PUBLISH_CHROMIUM`` overrides the path.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("PUBLISH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
IN_CI = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def launch() -> Iterator[Any]:
    """A Chromium browser for the session (what the ``browser`` fixture yields)."""
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing (install it: apt-get install -y chromium)"
        if IN_CI:
            pytest.fail(f"CI is set but {message}; .ci/run installs it")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


class Watched:
    """A page whose non-file:// requests are aborted and recorded, and whose errors are kept."""

    def __init__(self, browser: Any) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(f"uncaught: {exc}"))

    def _route(self, handle: Any) -> None:
        if handle.request.url.startswith("file://"):
            handle.continue_()
        else:
            self.blocked.append(handle.request.url)
            handle.abort()

"""Chromium: the code samples of an operation are on the page as soon as it is expanded.

The latest ExecVision reference is opened from ``file://`` (every other request is aborted and
fails the test, as in ``test_browser.py``); expanding ``GET /calls`` shows its curl and Python
samples, each in a ``<pre>``, with exactly the text the published spec carries, and no other
click.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from publisher.samples import EXTENSION
from tests.helpers.chromium import Watched

from .conftest import latest_page, latest_spec
from .test_browser import REPORTS

API, METHOD, PATH = "execvision", "get", "/calls"


def test_samples_are_visible_once_the_operation_is_open(browser: Any, real_dist: Path) -> None:
    dist = real_dist
    spec = json.loads(latest_spec(dist, API).read_text(encoding="utf-8"))
    expected = [(s["label"], s["source"]) for s in spec["paths"][PATH][METHOD][EXTENSION]]
    assert [label for label, _ in expected] == ["curl", "Python SDK"]

    watched = Watched(browser)
    page = watched.page
    page.goto(latest_page(dist, API).as_uri())
    page.wait_for_selector(".opblock", timeout=30_000)
    operation = page.locator(f'.opblock-{METHOD}:has(.opblock-summary-path[data-path="{PATH}"])')
    assert operation.locator(".code-sample").count() == 0  # closed: nothing rendered yet
    operation.locator(".opblock-summary-control").click()  # the one click: open the operation

    samples = operation.locator(".code-sample")
    samples.first.wait_for(state="visible", timeout=10_000)
    assert samples.count() == len(expected)
    for i, (label, source) in enumerate(expected):
        sample = samples.nth(i)
        assert sample.locator(".code-sample__label").inner_text() == label
        pre = sample.locator("pre")
        assert pre.is_visible()
        assert pre.inner_text().rstrip("\n") == source.rstrip("\n")  # copy-friendly: the text as published
    REPORTS.mkdir(exist_ok=True)
    operation.locator(".code-samples").scroll_into_view_if_needed()
    page.screenshot(path=str(REPORTS / f"{API}-samples.png"))
    page.close()
    assert watched.blocked == [], f"the page tried to load {watched.blocked}"
    assert watched.errors == [], f"console errors: {watched.errors}"

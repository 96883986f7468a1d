"""Browser test: each published latest reference renders offline in headless Chromium
(``chromium.py``: the page is opened from ``file://``; every other request is aborted and
counted as a failure)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from publisher import build
from publisher.changes import resolve
from publisher.internal import public
from publisher.specs import Spec, load_spec, operations
from tests.helpers.chromium import Watched

from .conftest import FIXTURES, REPO, repo_specs

REPORTS = REPO / "reports"
# An operation to expand per API, and a parameter it must show.
KNOWN = {"execvision": ("GET", "/calls", "since"), "demo": ("GET", "/calls", "since")}
APIS = [p.stem for p in repo_specs()] + ["demo"]


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, real_dist: Path) -> dict[str, tuple[Path, Spec]]:
    """The real specs' and the fixture spec's latest pages: api -> (page, spec)."""
    pages = {s.stem: (real_dist / s.stem / "latest" / "index.html", load_spec(s)) for s in repo_specs()}
    out = tmp_path_factory.mktemp("dist")
    build.build(FIXTURES, out)
    pages["demo"] = (out / "demo" / "latest" / "index.html", load_spec(FIXTURES / "spec" / "demo.yaml"))
    return pages


def known_operation(api: str, spec: Spec) -> tuple[str, str, list[str]]:
    """(METHOD, path, parameter names) of the operation to expand."""
    candidates = [(m, p) for m, p, op in operations(spec) if op.get("parameters")]
    method, path = KNOWN.get(api, (*sorted(candidates, key=lambda c: c[0] != "GET")[0], ""))[:2]
    item = spec["paths"][path]
    raw = [*(item.get("parameters") or []), *(item[method.lower()].get("parameters") or [])]
    names = [str(resolve(spec, p)["name"]) for p in raw]
    return method, path, names


def test_harness_catches_network_requests(browser: Any, tmp_path: Path) -> None:
    page = tmp_path / "leaky.html"
    page.write_text('<!DOCTYPE html><img src="https://cdn.example.invalid/x.png"><p>x</p>', encoding="utf-8")
    watched = Watched(browser)
    watched.page.goto(page.as_uri())
    watched.page.close()
    assert watched.blocked == ["https://cdn.example.invalid/x.png"]


@pytest.mark.parametrize("api", APIS)
def test_reference_renders_offline(api: str, browser: Any, published: dict[str, tuple[Path, Spec]]) -> None:
    html, spec = published[api]
    watched = Watched(browser)
    page = watched.page
    page.goto(html.as_uri())
    page.wait_for_selector(".opblock", timeout=30_000)
    for header in page.locator(".opblock-tag-section:not(.is-open) .opblock-tag").all():
        header.click()

    # Every public operation of the spec is rendered, once (x-internal ones are left out).
    expected = sorted([method, path] for method, path, _ in operations(public(spec)))
    rendered = page.eval_on_selector_all(
        ".opblock",
        "els => els.map(e => [e.querySelector('.opblock-summary-method').textContent,"
        " e.querySelector('.opblock-summary-path').dataset.path])",
    )
    assert len(rendered) == len(expected), f"{len(rendered)} operations rendered, the spec has {len(expected)}"
    assert sorted(rendered) == expected

    # Each operation's $refs resolve without an error (what expanding it triggers).
    page.evaluate(
        "ops => ops.forEach(([m, p]) => window.ui.specActions.requestResolvedSubtree(['paths', p, m.toLowerCase()]))",
        expected,
    )
    page.wait_for_function(
        "ops => ops.every(([m, p]) => window.ui.specSelectors.specResolvedSubtree(['paths', p, m.toLowerCase()]))",
        arg=expected,
        timeout=30_000,
    )
    resolver_errors = page.evaluate("window.ui.errSelectors.allErrors().toJS().map(e => e.path + ': ' + e.message)")
    assert resolver_errors == [], f"Swagger UI reports errors: {resolver_errors[:5]}"
    assert page.locator(".errors-wrapper").count() == 0

    # A known operation shows its parameters.
    method, path, names = known_operation(api, spec)
    operation = page.locator(f'.opblock-{method.lower()}:has(.opblock-summary-path[data-path="{path}"])')
    operation.locator(".opblock-summary-control").click()
    operation.locator(".parameters").first.wait_for(timeout=10_000)
    shown = [
        text.replace("\xa0", " ").split(" ")[0] for text in operation.locator(".parameter__name").all_inner_texts()
    ]
    assert sorted(shown) == sorted(names), f"{method} {path} shows parameters {shown}, expected {names}"
    if api in KNOWN:
        assert KNOWN[api][2] in shown

    assert page.evaluate("typeof window.pwned") == "undefined", "inlined spec text ran as script"
    REPORTS.mkdir(exist_ok=True)
    operation.scroll_into_view_if_needed()
    page.screenshot(path=str(REPORTS / f"{api}-reference.png"))
    page.close()
    assert watched.blocked == [], f"the page tried to load {watched.blocked}"
    assert watched.errors == [], f"console errors: {watched.errors}"

"""The published site in real Chromium (issue 17): search, the version switcher, the HTML
changelog, and every page offline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from publisher import build, internal
from publisher.specs import Spec, load_spec, operations
from tests.helpers.chromium import Watched

from .conftest import repo_specs

FIELDS = ["operationId", "summary", "path", "tag"]
PARALLEL_PAGES = 6


def open_reference(browser: Any, page_file: Path) -> Watched:
    watched = Watched(browser)
    watched.page.goto(page_file.as_uri())
    watched.page.wait_for_selector(".opblock", timeout=30_000)
    return watched


def rendered(page: Any) -> set[tuple[str, str]]:
    """(METHOD, path) of every operation on the page."""
    pairs = page.eval_on_selector_all(
        ".opblock",
        "els => els.map(e => [e.querySelector('.opblock-summary-method').textContent,"
        " e.querySelector('.opblock-summary-path').dataset.path])",
    )
    return {(method, path) for method, path in pairs}


def expected_matches(spec: Spec, needle: str) -> set[tuple[str, str]]:
    """What the search plugin must keep: operations whose operationId, path, method, summary
    or description contains *needle* (case-insensitive), and every operation of a matching tag."""
    low = needle.lower()
    kept = set()
    for method, path, op in operations(spec):
        texts = [op.get("operationId"), path, method, op.get("summary"), op.get("description"), *op.get("tags", [])]
        if any(isinstance(t, str) and low in t.lower() for t in texts):
            kept.add((method, path))
    return kept


def needle_for(spec: Spec, field: str) -> str:
    """A search text taken from one operation (its *field*), in a different case."""
    method, path, op = next((m, p, o) for m, p, o in operations(spec) if o.get("summary") and o.get("tags"))
    text = {"operationId": op["operationId"], "summary": op["summary"], "path": path, "tag": op["tags"][0]}[field]
    return str(text).swapcase()


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("api", [p.stem for p in repo_specs()])
def test_search_finds_operations_by_id_summary_path_and_tag(
    api: str, field: str, browser: Any, real_dist: Path
) -> None:
    spec = internal.public(load_spec(next(p for p in repo_specs() if p.stem == api)))
    everything = {(m, p) for m, p, _ in operations(spec)}
    needle = needle_for(spec, field)
    expected = expected_matches(spec, needle)
    assert expected and expected != everything, f"{needle!r} does not separate operations of {api}"
    watched = open_reference(browser, real_dist / api / "latest" / "index.html")
    page = watched.page
    assert rendered(page) == everything
    box = page.locator(".operation-filter-input")
    assert box.get_attribute("placeholder") == "Search operations: id, path, summary, description, tag"
    box.fill(needle)
    page.wait_for_function("n => document.querySelectorAll('.opblock').length === n", arg=len(expected))
    assert rendered(page) == expected  # the operation found, the unrelated ones hidden
    page.fill(".operation-filter-input", "")
    page.wait_for_function("n => document.querySelectorAll('.opblock').length === n", arg=len(everything))
    page.close()
    assert watched.blocked == [] and watched.errors == []


def test_search_by_an_operation_summary_shows_it_and_hides_an_unrelated_one(browser: Any, real_dist: Path) -> None:
    watched = open_reference(browser, real_dist / "execvision" / "latest" / "index.html")
    page = watched.page
    # GET /call_topics: "List topic matches in calls changed since a time"
    page.fill(".operation-filter-input", "TOPIC MATCHES IN CALLS")
    page.locator('.opblock-get .opblock-summary-path[data-path="/call_topics"]').wait_for(timeout=10_000)
    assert page.locator('.opblock-summary-path[data-path="/users"]').count() == 0
    page.close()


def test_switching_to_an_older_release_shows_that_releases_spec(site_root: Path, browser: Any, tmp_path: Path) -> None:
    """Release 1.0.0 of the fixture predates ``POST /calls/{id}/notes`` (added in 2.0.0)."""
    build.build(site_root, tmp_path)
    watched = open_reference(browser, tmp_path / "demo" / "latest" / "index.html")
    page = watched.page
    assert ("POST", "/calls/{id}/notes") in rendered(page)
    assert page.locator(".kit-nav a[aria-current=page]").inner_text() == "latest"
    page.locator(".kit-nav .kit-versions a", has_text="1.0.0").click()
    page.wait_for_url("**/demo/1.0.0/index.html")
    page.wait_for_selector(".opblock", timeout=30_000)
    shown = rendered(page)
    assert ("GET", "/calls") in shown and ("POST", "/calls/{id}/notes") not in shown
    assert page.locator(".info .version").first.inner_text().strip() == "1.0.0"
    assert page.locator(".kit-nav a[aria-current=page]").inner_text() == "1.0.0"
    assert page.locator(".kit-nav .kit-versions a").all_inner_texts() == ["latest", "1.0.0"]
    page.locator(".kit-nav .kit-versions a", has_text="latest").click()  # and back
    page.wait_for_url("**/demo/latest/index.html")
    page.wait_for_selector('.opblock-summary-path[data-path="/calls/{id}/notes"]', timeout=30_000)
    page.close()
    assert watched.blocked == [] and watched.errors == []


def test_switching_versions_keeps_the_open_operation(site_root: Path, browser: Any, tmp_path: Path) -> None:
    """The deep link of the operation opened on latest comes along to 1.0.0, which opens it."""
    build.build(site_root, tmp_path)
    watched = open_reference(browser, tmp_path / "demo" / "latest" / "index.html")
    page = watched.page
    operation = page.locator('.opblock-get:has(.opblock-summary-path[data-path="/calls"])')
    operation.locator(".opblock-summary-control").click()
    page.wait_for_function("() => window.location.hash.length > 2")
    place = page.evaluate("() => window.location.hash")
    page.locator(".kit-nav .kit-versions a", has_text="1.0.0").click()
    page.wait_for_url("**/demo/1.0.0/index.html" + place)
    reopened = page.locator('.opblock-get.is-open:has(.opblock-summary-path[data-path="/calls"])')
    reopened.wait_for(state="visible", timeout=30_000)
    page.close()
    assert watched.blocked == [] and watched.errors == []


def test_the_changelog_lists_a_known_breaking_change_under_breaking(browser: Any, real_dist: Path) -> None:
    """Cresta 3.0.0 made ``usecaseNames`` required (spec/releases/cresta/CHANGELOG.md)."""
    watched = open_reference(browser, real_dist / "cresta" / "latest" / "index.html")
    page = watched.page
    page.locator(".kit-nav a", has_text="Changelog").click()
    page.wait_for_url("**/cresta/changelog.html")
    release = page.locator('[id="v3.0.0"]')
    change = "query parameter 'usecaseNames': became required"
    assert release.locator(".breaking h3").inner_text().startswith("Breaking")
    assert any(change in item for item in release.locator(".breaking li").all_inner_texts())
    assert not any(change in item for item in release.locator(".non-breaking li").all_inner_texts())
    assert page.locator("section[id^=v]").count() == 4
    page.close()
    assert watched.blocked == [] and watched.errors == []


def test_every_published_page_loads_nothing_from_the_network(browser: Any, real_dist: Path) -> None:
    pages = sorted(real_dist.rglob("*.html"))
    assert len(pages) == 2 * (
        1 + sum(2 + len(list((p.parent / "releases" / p.stem).glob("*.yaml"))) for p in repo_specs())
    )
    problems = []
    # a batch of pages opened at once renders in parallel (Chromium's processes use every core):
    # about half the time of one page after another on 2 cores
    for start in range(0, len(pages), PARALLEL_PAGES):
        batch = [(page_file, Watched(browser)) for page_file in pages[start : start + PARALLEL_PAGES]]
        for page_file, watched in batch:
            watched.page.goto(page_file.as_uri(), wait_until="commit")
        for page_file, watched in batch:
            watched.page.wait_for_load_state("load", timeout=30_000)
            if page_file.name == "index.html" and page_file.parent != real_dist and page_file.parent.name != "internal":
                watched.page.wait_for_selector(".opblock", timeout=30_000)
        for page_file, watched in batch:
            watched.page.close()
            name = page_file.relative_to(real_dist)
            problems += [f"{name}: requested {url}" for url in watched.blocked]
            problems += [f"{name}: console error {error}" for error in watched.errors]
    assert problems == []

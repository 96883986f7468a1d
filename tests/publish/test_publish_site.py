"""The published site (issue 17): every release, ``latest/``, the version switcher, the
HTML changelog, links that resolve, stale files removed."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

import pytest

from publisher import build, markdown, releases, site
from publisher.normalise import normalise
from publisher.specs import load_spec

from .conftest import tree, without_samples

PER_VERSION = ["demo.openapi.json", "demo.openapi.yaml", "index.html"]
ONE_BUILD = sorted(
    [
        "index.html",
        "demo/changelog.html",
        *(f"demo/{v}/{name}" for v in ("latest", "1.0.0", "2.0.0") for name in PER_VERSION),
    ]
)


def versions_listed(page: str) -> list[tuple[str, bool]]:
    """(version, is current) of each link of a page's switcher, in order."""
    nav = re.search(r'<span class="kit-versions">(.*?)</span>', page)
    assert nav, "the page has no version switcher"
    return [
        (label, bool(current))
        for href, current, label in re.findall(r'<a href="([^"]+)"( aria-current="page")?>([^<]+)</a>', nav[1])
        if href == f"../{label}/index.html"
    ]


def test_the_tree_has_latest_every_release_and_the_changelog(site_root: Path, tmp_path: Path) -> None:
    build.build(site_root, tmp_path / "dist")
    files = tree(tmp_path / "dist")
    assert sorted(files) == sorted([*ONE_BUILD, *(f"internal/{name}" for name in ONE_BUILD)])


def test_a_release_is_built_from_its_release_file_alone(site_root: Path, tmp_path: Path) -> None:
    build.build(site_root, tmp_path)
    for version in ("1.0.0", "2.0.0"):
        published = json.loads((tmp_path / "demo" / version / "demo.openapi.json").read_text())
        assert published == normalise(releases.load_release(site_root, "demo", version))
        assert (
            f"<title>Demo Calls API {version} reference</title>"
            in (tmp_path / "demo" / version / "index.html").read_text()
        )
    latest = json.loads((tmp_path / "demo" / "latest" / "demo.openapi.json").read_text())
    assert without_samples(latest) == load_spec(site_root / "spec" / "demo.yaml")
    assert latest["info"]["version"] == "2.1.0"
    assert "/calls/{id}/notes" in latest["paths"]
    assert (
        "/calls/{id}/notes" not in json.loads((tmp_path / "demo" / "1.0.0" / "demo.openapi.json").read_text())["paths"]
    )


def test_the_switcher_lists_latest_and_the_releases_up_to_the_page(site_root: Path, tmp_path: Path) -> None:
    build.build(site_root, tmp_path)
    page = {v: (tmp_path / "demo" / v / "index.html").read_text() for v in ("latest", "2.0.0", "1.0.0")}
    assert versions_listed(page["latest"]) == [("latest", True), ("2.0.0", False), ("1.0.0", False)]
    assert versions_listed(page["2.0.0"]) == [("latest", False), ("2.0.0", True), ("1.0.0", False)]
    assert versions_listed(page["1.0.0"]) == [("latest", False), ("1.0.0", True)]
    for text in page.values():
        assert '<a href="../changelog.html">Changelog</a>' in text
        assert '<a href="../../index.html">All APIs</a>' in text
    assert site.listed("latest", ["1.0.0", "10.0.0", "2.0.0"]) == ["latest", "10.0.0", "2.0.0", "1.0.0"]


def test_adding_a_release_leaves_the_older_release_pages_byte_identical(site_root: Path, tmp_path: Path) -> None:
    build.build(site_root, tmp_path / "before")
    before = tree(tmp_path / "before")
    releases.create(site_root, "demo", "2.1.0", date="2026-03-04")
    build.build(site_root, tmp_path / "after")
    after = tree(tmp_path / "after")
    old = [name for name in before if re.match(r"(internal/)?demo/[12]\.0\.0/", name)]
    assert len(old) == 12
    assert {name: after[name] for name in old} == {name: before[name] for name in old}
    assert after["demo/latest/index.html"] != before["demo/latest/index.html"]
    assert versions_listed(after["demo/latest/index.html"].decode())[1] == ("2.1.0", False)
    assert "demo/2.1.0/index.html" in after and "internal/demo/2.1.0/index.html" in after


def test_every_relative_link_of_every_page_resolves(site_root: Path, tmp_path: Path) -> None:
    build.build(site_root, tmp_path)
    files = tree(tmp_path)
    checked = 0
    for name, data in files.items():
        if not name.endswith(".html"):
            continue
        page = re.sub(r"<script\b.*?</script>", "", data.decode(), flags=re.DOTALL)  # links, not the spec's text
        for href in re.findall(r'href="([^"]+)"', page):
            if href.startswith("data:"):
                continue
            assert not re.match(r"[a-z]+:|/", href), f"{name}: {href} is not relative"
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), href.split("#")[0]))
            assert target in files, f"{name} links to {href}, which is not published"
            checked += 1
    assert checked > 40


def test_the_changelog_groups_each_release_and_the_unreleased_changes(site_root: Path, tmp_path: Path) -> None:
    log_file = site_root / "spec" / "releases" / "demo" / "CHANGELOG.md"
    text = log_file.read_text()
    log_file.write_text(
        text.replace(
            "## [2.0.0] - 2026-02-03\n\n", "## [2.0.0] - 2026-02-03\n\nSmaller pages: `limit` <= 500. <b>x</b>\n\n"
        )
    )
    build.build(site_root, tmp_path)
    page = (tmp_path / "demo" / "changelog.html").read_text()
    sections = re.findall(r'<section id="([^"]+)">', page)
    assert sections == ["unreleased", "v2.0.0", "v1.0.0"]
    unreleased, v2, v1 = re.split(r'<section id="v', page.split('<section id="unreleased">')[1])
    assert "Working spec" in unreleased and "2.1.0" in unreleased and "against release 2.0.0" in unreleased
    assert (
        '<section class="non-breaking"><h3>Non-breaking (1)</h3>' in unreleased
        and 'breaking">' not in unreleased.replace('non-breaking">', "")
    )
    breaking = re.search(r'<section class="breaking">(.*?)</section>', v2, re.DOTALL)
    assert (
        breaking
        and "<code>GET /calls query parameter &#x27;limit&#x27;</code>: maximum changed from 1000 to 500" in breaking[1]
    )
    nonbreaking = re.search(r'<section class="non-breaking">(.*?)</section>', v2, re.DOTALL)
    assert nonbreaking and "<code>POST /calls/{id}/notes</code>: operation added" in nonbreaking[1]
    assert "2026-02-03" in v2 and "<p>Smaller pages: <code>limit</code> &lt;= 500. &lt;b&gt;x&lt;/b&gt;</p>" in v2
    assert "<p>Initial release: 3 operations.</p>" in v1 and "2026-01-02" in v1
    index = (tmp_path / "index.html").read_text()
    assert 'href="demo/changelog.html"' in index and "1 unreleased non-breaking change(s)" in index


def test_the_changelog_warns_of_unreleased_breaking_changes(demo_root: Path, tmp_path: Path) -> None:
    releases.create(demo_root, "demo", "1.0.0", date="2026-01-02")
    spec_file = demo_root / "spec" / "demo.yaml"
    spec_file.write_text(
        spec_file.read_text().replace("version: 1.0.0", "version: 2.0.0").replace("  /calls:\n", "  /calls-v2:\n")
    )
    build.build(demo_root, tmp_path)
    page = (tmp_path / "demo" / "changelog.html").read_text()
    unreleased = page.split('<section id="unreleased">')[1].split('<section id="v1.0.0">')[0]
    assert 'class="warn"' in unreleased
    assert "<li><code>GET /calls</code>: operation removed</li>" in unreleased.split('class="breaking"')[1]
    assert "<li><code>GET /calls-v2</code>: operation added</li>" in unreleased.split('class="non-breaking"')[1]
    assert "1 unreleased breaking change(s)" in (tmp_path / "index.html").read_text()


def test_rebuild_removes_stale_pages_anywhere_and_keeps_what_is_not_ours(site_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    for name in (
        "demo.html",
        "CHANGELOG.md",
        "internal/CHANGELOG.md",
        "gone/9.9.9/index.html",
        "demo/0.1.0/demo.openapi.json",
    ):
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text("old")
    for name in ("python/demo-1.0.0-py3-none-any.whl", "notes.txt"):
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text("not ours")
    files, changed, removed = build.build(site_root, out)
    assert (files, changed, removed) == (len(ONE_BUILD) * 2, len(ONE_BUILD) * 2, 5)
    assert not (out / "gone").exists() and not (out / "demo" / "0.1.0").exists()
    assert sorted(tree(out)) == sorted(
        [*ONE_BUILD, *(f"internal/{n}" for n in ONE_BUILD), "notes.txt", "python/demo-1.0.0-py3-none-any.whl"]
    )
    assert build.build(site_root, out) == (len(ONE_BUILD) * 2, 0, 0)


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("a `x<y>` **b** & c", "<p>a <code>x&lt;y&gt;</code> <strong>b</strong> &amp; c</p>"),
        ("one\ntwo\n\n- `a`\n- b", "<p>one two</p>\n<ul><li><code>a</code></li><li>b</li></ul>"),
        ("<script>x</script>", "<p>&lt;script&gt;x&lt;/script&gt;</p>"),
    ],
)
def test_entry_markdown_becomes_escaped_html(text: str, html: str) -> None:
    assert markdown.to_html(text) == html

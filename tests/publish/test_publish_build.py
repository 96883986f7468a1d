"""``build``: the published tree, its reproducibility and the self-contained HTML pages."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from publisher import build, releases
from publisher.__main__ import main
from publisher.html import CSP, HtmlError, inline_css, inline_js, inline_json
from publisher.specs import SpecError, load_spec

from .conftest import REPO, repo_specs, tree, without_samples

PUBLIC = [
    "demo/changelog.html",
    "demo/latest/demo.openapi.json",
    "demo/latest/demo.openapi.yaml",
    "demo/latest/index.html",
    "index.html",
]
EXPECTED = sorted([*PUBLIC, *(f"internal/{name}" for name in PUBLIC)])


def test_two_builds_give_byte_identical_trees(demo_root: Path, tmp_path: Path) -> None:
    build.build(demo_root, tmp_path / "a")
    build.build(demo_root, tmp_path / "b")
    first, second = tree(tmp_path / "a"), tree(tmp_path / "b")
    assert sorted(first) == EXPECTED
    assert first == second


@pytest.mark.skipif(not repo_specs(), reason="spec/*.yaml are not written yet")
def test_the_real_specs_build_reproducibly(tmp_path: Path) -> None:
    """Two builds into two temp dirs give the same files, byte for byte: every release too."""
    root = tmp_path / "repo"
    shutil.copytree(REPO / "spec", root / "spec")
    assert main(["--root", str(root), "build", "--out", str(tmp_path / "a")]) == 0
    assert main(["--root", str(root), "build", "--out", str(tmp_path / "b")]) == 0
    first = tree(tmp_path / "a")
    assert first == tree(tmp_path / "b")
    for spec in repo_specs():
        api = spec.stem
        for version in ["latest", *releases.released_versions(root, api)]:
            files = {
                f"{api}/{version}/index.html",
                f"{api}/{version}/{api}.openapi.yaml",
                f"{api}/{version}/{api}.openapi.json",
            }
            assert files | {f"internal/{name}" for name in files} <= set(first)
        assert {f"{api}/changelog.html", f"internal/{api}/changelog.html"} <= set(first)


def test_rebuild_rewrites_nothing_and_removes_only_stale_published_files(demo_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    out.mkdir()
    (out / "gone.html").write_text("old")
    (out / "gone.openapi.yaml").write_text("old")
    (out / "notes.txt").write_text("not ours")
    (out / "internal").mkdir()
    (out / "internal" / "gone.openapi.json").write_text("old")
    (out / "internal" / "keep.txt").write_text("not ours")
    assert build.build(demo_root, out) == (10, 10, 3)
    assert build.build(demo_root, out) == (10, 0, 0)
    assert sorted(tree(out)) == sorted([*EXPECTED, "notes.txt", "internal/keep.txt"])


def test_reference_page_is_self_contained(demo_root: Path, tmp_path: Path) -> None:
    build.build(demo_root, tmp_path)
    page = (tmp_path / "demo" / "latest" / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"""\b(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert not re.search(r"<link[^>]+stylesheet", page)
    assert re.findall(r"<script\b[^>]*>", page) == [
        '<script id="spec" type="application/json">',
        "<script>",
        "<script>",
    ]
    assert f'content="{CSP}"' in page and "connect-src 'none'" in CSP
    assert "validatorUrl: null" in page and "tryItOutEnabled: false" in page and "filter: true" in page
    assert "const searchPlugin = {" in page and "var samplesPlugin = function" in page
    assert "plugins: [placePlugin, samplesPlugin, searchPlugin]" in page
    assert "deepLinking: true" in page and "url:" not in page.split("window.ui = SwaggerUIBundle(")[1]
    assert "sourceMappingURL" not in page
    assert "SwaggerUIBundle" in page and ".swagger-ui" in page  # the JS and the CSS are inlined
    assert "</script><script>window.pwned" not in page  # the spec text cannot close its element


def test_inlined_json_round_trips_and_cannot_break_out() -> None:
    spec = {"a": "</script><!-- & \u2028", "b": ["<b>"]}
    text = inline_json(spec)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    import json

    assert json.loads(text) == spec


def test_inlined_js_neutralises_html_sequences() -> None:
    assert inline_js('a="</script>";b=/<!--/;c="<SCRIPT>"') == r'a="\x3C/script>";b=/\x3C!--/;c="\x3CSCRIPT>"'
    with pytest.raises(HtmlError):
        inline_js(r"x=/\<script/")
    with pytest.raises(HtmlError):
        inline_css("a{content:'</style>'}")


def test_index_links_every_published_file(demo_root: Path, tmp_path: Path) -> None:
    build.build(demo_root, tmp_path)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]+)"', index)
    assert set(links) - {"data:,"} == {
        "demo/latest/index.html",
        "demo/latest/demo.openapi.yaml",
        "demo/latest/demo.openapi.json",
        "demo/changelog.html",
    }
    assert "Demo Calls API" in index and "not released yet" in index


def test_build_refuses_an_invalid_spec(demo_root: Path, tmp_path: Path) -> None:
    spec_file = demo_root / "spec" / "demo.yaml"
    spec_file.write_text(spec_file.read_text().replace("openapi: 3.1.0", "openapi: 3.1.0\nbogus: true"))
    with pytest.raises(SpecError, match="not a valid OpenAPI document"):
        build.build(demo_root, tmp_path / "dist")
    assert not (tmp_path / "dist").exists()


def test_build_without_specs_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(tmp_path), "build", "--out", str(tmp_path / "dist")]) == 1
    assert "no specs found" in capsys.readouterr().err


def test_published_json_is_the_spec(demo_root: Path, tmp_path: Path) -> None:
    import json

    build.build(demo_root, tmp_path)
    published = json.loads((tmp_path / "demo" / "latest" / "demo.openapi.json").read_text())
    assert without_samples(published) == load_spec(demo_root / "spec" / "demo.yaml")

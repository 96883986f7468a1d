"""``x-internal: true``: the public build leaves internal operations out (with the links to
them and what only they use); the internal build (``dist/internal/``) has them."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from publisher import build, internal, releases
from publisher.specs import SpecError, load_spec

from .conftest import FIXTURES, REPO, registry_for, repo_specs, tree, without_samples

SPEC = FIXTURES / "internal.yaml"
ONLY_INTERNAL = ["transcript", "Transcript", "Gone", "internalKey", "X-Internal-Key", "deleteCall", "x-internal"]


@pytest.fixture
def internal_root(tmp_path: Path) -> Path:
    """A repository root holding only ``spec/internal.yaml`` (no release yet)."""
    root = tmp_path / "repo"
    (root / "spec").mkdir(parents=True)
    shutil.copyfile(SPEC, root / "spec" / SPEC.name)
    registry_for(root, SPEC)
    return root


def test_the_public_view_drops_internal_operations_their_links_and_what_only_they_use() -> None:
    spec = load_spec(SPEC)
    assert internal.internal_operations(spec) == [("DELETE", "/calls/{id}"), ("GET", "/calls/{id}/transcript")]
    view = internal.public(spec)
    assert list(view["paths"]) == ["/calls", "/calls/{id}"]
    assert set(view["paths"]["/calls/{id}"]) == {"parameters", "get"}
    assert list(view["paths"]["/calls"]["get"]["responses"]["200"]["links"]) == ["GetCallById"]
    assert "links" not in view["paths"]["/calls/{id}"]["get"]["responses"]["200"]  # both went: the map too
    components = view["components"]
    assert list(components["schemas"]) == ["CallStatus", "Call", "Legacy"]  # Legacy was nobody's: kept
    assert set(components) == {"securitySchemes", "parameters", "schemas"}  # responses, links emptied
    assert list(components["securitySchemes"]) == ["basicAuth"]
    assert [t["name"] for t in view["tags"]] == ["Calls"]
    releases.validate_spec(view, "public view")
    assert spec == load_spec(SPEC), "public() changed its argument"


def test_a_spec_without_internal_operations_is_its_own_public_view(demo_root: Path) -> None:
    spec = load_spec(demo_root / "spec" / "demo.yaml")
    assert internal.public(spec) is spec and not internal.has_internal(spec)


def test_a_public_ref_into_an_internal_operation_is_an_error() -> None:
    spec = load_spec(SPEC)
    spec["paths"]["/calls"]["get"]["parameters"] = [{"$ref": "#/paths/~1calls~1{id}~1transcript/get/parameters/0"}]
    with pytest.raises(SpecError, match="points into what x-internal removed"):
        internal.public(spec)


def test_the_public_build_lacks_internal_operations_entirely_and_the_internal_build_has_them(
    internal_root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dist"
    build.build(internal_root, out)
    files = tree(out)
    public = {name: data.decode() for name, data in files.items() if not name.startswith("internal/")}
    assert sorted(public) == [
        "CHANGELOG.md",
        "index.html",
        "internal.html",
        "internal.openapi.json",
        "internal.openapi.yaml",
    ]
    for name, text in public.items():
        if name.endswith(".html"):  # the inlined spec and the page's own text, not Swagger UI's code
            text = re.sub(r"<script>.*?</script>|<style>.*?</style>", "", text, flags=re.DOTALL)
        for word in ONLY_INTERNAL:
            assert word not in text, f"{name} mentions {word!r}"
    assert without_samples(json.loads(public["internal.openapi.json"])) == internal.public(load_spec(SPEC))
    assert "<td>2</td>" in public["index.html"]  # 2 public operations
    assert without_samples(json.loads(files["internal/internal.openapi.json"])) == load_spec(SPEC)  # the whole spec
    inside = files["internal/index.html"].decode()
    assert "Internal API reference" in inside and "<td>4</td>" in inside
    assert "internal reference</title>" in files["internal/internal.html"].decode()
    assert "deleteCall" in files["internal/internal.openapi.yaml"].decode()
    build.build(internal_root, tmp_path / "again")
    assert tree(tmp_path / "again") == files  # reproducible


def test_the_public_changelog_does_not_see_internal_changes(internal_root: Path, tmp_path: Path) -> None:
    releases.create(internal_root, "internal", "1.0.0", date="2026-01-02")
    entry = (internal_root / "spec" / "releases" / "internal" / "CHANGELOG.md").read_text()
    assert "Initial release: 2 operations." in entry  # the public count: the entry is published
    spec_file = internal_root / "spec" / "internal.yaml"
    text = spec_file.read_text().replace("version: 1.0.0", "version: 2.0.0")
    spec_file.write_text(text.replace("  /calls/{id}/transcript:\n", "  /calls/{id}/transcripts:\n"))
    build.build(internal_root, tmp_path)
    public_log = (tmp_path / "CHANGELOG.md").read_text()
    assert "Working spec 2.0.0 against release 1.0.0.\n\nNo interface changes." in public_log
    assert "transcript" not in public_log
    internal_log = (tmp_path / "internal" / "CHANGELOG.md").read_text()
    assert "- `GET /calls/{id}/transcript`: operation removed" in internal_log
    assert "- `GET /calls/{id}/transcripts`: operation added" in internal_log


@pytest.mark.parametrize("spec", repo_specs(), ids=lambda p: p.stem)
def test_the_real_public_builds_lack_every_internal_operation(spec: Path, tmp_path: Path) -> None:
    build.build(REPO, tmp_path)
    whole = load_spec(spec)
    public = without_samples(json.loads((tmp_path / f"{spec.stem}.openapi.json").read_text()))
    assert without_samples(json.loads((tmp_path / "internal" / f"{spec.stem}.openapi.json").read_text())) == whole
    assert public == internal.public(whole)
    for method, path in internal.internal_operations(whole):
        assert method.lower() not in public.get("paths", {}).get(path, {}), (method, path)

"""``x-internal: true``: the public build leaves internal operations out (with the links to
them and what only they use); the internal build (``dist/internal/``) has them."""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path

import pytest

from publisher import build, internal, releases
from publisher.specs import Spec, SpecError, load_spec, operations

from .conftest import FIXTURES, REPO, registry_for, repo_specs, tree, without_samples

SPEC = FIXTURES / "internal.yaml"
API = "vault"  # its name in the throw-away repositories ("internal" is the internal build's directory)
PER_VERSION = ["index.html", f"{API}.openapi.json", f"{API}.openapi.yaml"]
ONLY_INTERNAL = ["transcript", "Transcript", "Gone", "internalKey", "X-Internal-Key", "deleteCall", "x-internal"]


@pytest.fixture
def internal_root(tmp_path: Path) -> Path:
    """A repository root holding only ``spec/vault.yaml`` (``internal.yaml``; no release yet)."""
    root = tmp_path / "repo"
    (root / "spec").mkdir(parents=True)
    shutil.copyfile(SPEC, root / "spec" / f"{API}.yaml")
    registry_for(root, root / "spec" / f"{API}.yaml")
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


def test_an_operation_marked_internal_later_is_dropped_from_older_releases_by_method_and_path() -> None:
    whole = load_spec(SPEC)
    older = copy.deepcopy(whole)
    for item in older["paths"].values():
        for node in item.values():
            if isinstance(node, dict):
                node.pop("x-internal", None)
    assert internal.public(older) is older  # on its own, the old release hides nothing
    keys = internal.operation_keys(whole)
    assert keys == {("DELETE", "/calls/{}"), ("GET", "/calls/{}/transcript")}
    assert internal.public(older, keys) == internal.public(whole)
    renamed: Spec = {"paths": {"/calls/{callId}": {"delete": {"responses": {}}, "get": {"responses": {}}}}}
    assert internal.public(renamed, keys) == {"paths": {"/calls/{callId}": {"get": {"responses": {}}}}}


def internal_site(tmp_path: Path) -> Path:
    """``internal.yaml`` released as 1.0.0 before anything was marked internal, then the
    working spec (2.0.0) marks two operations."""
    root = tmp_path / "repo"
    (root / "spec").mkdir(parents=True)
    spec_file = root / "spec" / f"{API}.yaml"
    registry_for(root, spec_file)
    whole = SPEC.read_text(encoding="utf-8")
    spec_file.write_text(whole.replace("      x-internal: true\n", ""), encoding="utf-8")
    releases.create(root, API, "1.0.0", date="2026-01-02")
    spec_file.write_text(whole.replace("version: 1.0.0", "version: 2.0.0"), encoding="utf-8")
    return root


def page_text(name: str, data: bytes) -> str:
    """What a page says (its inlined spec and own text), not Swagger UI's code."""
    text = data.decode()
    if name.endswith("index.html") and "swagger-ui" in text:
        spec = re.search(r'<script id="spec" type="application/json">(.*?)</script>', text, flags=re.DOTALL)
        assert spec, name
        text = re.sub(r"<script>.*?</script>|<style>.*?</style>", "", text, flags=re.DOTALL)
    return text


def test_every_public_page_and_spec_file_of_every_version_lacks_internal_operations(tmp_path: Path) -> None:
    root = internal_site(tmp_path)
    out = tmp_path / "dist"
    build.build(root, out)
    files = tree(out)
    public = {name: data for name, data in files.items() if not name.startswith("internal/")}
    assert sorted(public) == sorted(
        [
            "index.html",
            f"{API}/changelog.html",
            *(f"{API}/{v}/{n}" for v in ("1.0.0", "latest") for n in PER_VERSION),
        ]
    )
    for name, data in public.items():
        for word in ONLY_INTERNAL:
            assert word not in page_text(name, data), f"{name} mentions {word!r}"
    for version in ("1.0.0", "latest"):
        published = json.loads(public[f"{API}/{version}/{API}.openapi.json"])
        if version == "latest":  # the working spec gets its code samples
            published = without_samples(published)
        assert published == internal.public(load_spec(SPEC)) | {"info": published["info"]}
    assert "<td>2</td>" in public["index.html"].decode()  # 2 public operations


def test_the_internal_build_has_every_internal_operation_in_every_version(tmp_path: Path) -> None:
    root = internal_site(tmp_path)
    out = tmp_path / "dist"
    build.build(root, out)
    files = tree(out)
    inside = {name.removeprefix("internal/"): data for name, data in files.items() if name.startswith("internal/")}
    assert sorted(inside) == sorted(name for name in files if not name.startswith("internal/"))
    whole = load_spec(root / "spec" / f"{API}.yaml")
    assert without_samples(json.loads(inside[f"{API}/latest/{API}.openapi.json"])) == whole
    assert internal.has_internal(whole)
    assert json.loads(inside[f"{API}/1.0.0/{API}.openapi.json"]) == load_spec(root / f"spec/releases/{API}/1.0.0.yaml")
    for version in ("1.0.0", "latest"):
        page = inside[f"{API}/{version}/index.html"].decode()
        assert "deleteCall" in page and "getTranscript" in page and "internal reference</title>" in page
    index = inside["index.html"].decode()
    assert "Internal API reference" in index and "<td>4</td>" in index
    assert "Internal build:" in inside[f"{API}/changelog.html"].decode()
    build.build(root, tmp_path / "again")
    assert tree(tmp_path / "again") == files  # reproducible


def test_the_public_changelog_does_not_see_internal_changes(internal_root: Path, tmp_path: Path) -> None:
    releases.create(internal_root, API, "1.0.0", date="2026-01-02")
    entry = (internal_root / "spec" / "releases" / API / "CHANGELOG.md").read_text()
    assert "Initial release: 2 operations." in entry  # the public count: the entry is published
    spec_file = internal_root / "spec" / f"{API}.yaml"
    text = spec_file.read_text().replace("version: 1.0.0", "version: 2.0.0")
    spec_file.write_text(text.replace("  /calls/{id}/transcript:\n", "  /calls/{id}/transcripts:\n"))
    build.build(internal_root, tmp_path)
    public_log = (tmp_path / API / "changelog.html").read_text()
    assert "against release 1.0.0.</p>\n<p>No interface changes.</p>" in public_log
    assert "transcript" not in public_log and "<p>Initial release: 2 operations.</p>" in public_log
    internal_log = (tmp_path / "internal" / API / "changelog.html").read_text()
    assert "<li><code>GET /calls/{id}/transcript</code>: operation removed</li>" in internal_log
    assert "<li><code>GET /calls/{id}/transcripts</code>: operation added</li>" in internal_log
    assert "<p>Initial release: 4 operations.</p>" in internal_log


@pytest.mark.parametrize("spec", repo_specs(), ids=lambda p: p.stem)
def test_the_real_public_builds_lack_every_internal_operation_in_every_version(spec: Path, real_dist: Path) -> None:
    api = spec.stem
    whole = load_spec(spec)
    keys = internal.operation_keys(whole)
    for version in ["latest", *releases.released_versions(REPO, api)]:
        source = whole if version == "latest" else releases.load_release(REPO, api, version)
        public = json.loads((real_dist / api / version / f"{api}.openapi.json").read_text())
        inside = json.loads((real_dist / "internal" / api / version / f"{api}.openapi.json").read_text())
        if version == "latest":  # the working spec gets its code samples
            public, inside = without_samples(public), without_samples(inside)
        assert inside == source
        assert public == internal.public(source, keys)
        for method, path in internal.internal_operations(whole):
            assert method.lower() not in public.get("paths", {}).get(path, {}), (version, method, path)
    ids = [op["operationId"] for _, _, op in operations(whole) if op.get("x-internal") is True]
    assert ids or not internal.has_internal(whole)
    for page in sorted((real_dist / api).rglob("*")):  # every public file of the API: pages, specs, changelog
        if page.is_file():
            text = page.read_text(encoding="utf-8")
            assert not [i for i in ids if i in text], f"{page.relative_to(real_dist)} names an internal operation"


def test_an_api_named_like_the_internal_build_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "spec").mkdir(parents=True)
    shutil.copyfile(SPEC, root / "spec" / "internal.yaml")
    registry_for(root, root / "spec" / "internal.yaml")
    with pytest.raises(SpecError, match="cannot be named 'internal'"):
        build.build(root, tmp_path / "dist")


@pytest.mark.parametrize("spec", repo_specs(), ids=lambda p: p.stem)
def test_the_latest_public_files_do_not_name_an_internal_path(spec: Path, real_dist: Path) -> None:
    """Not even in prose (the info description, another operation's text): the latest public
    build never names an internal operation's path. (Released spec files are kept byte for byte;
    execvision 3.0.0 and 4.0.0 name it in their info description, so only latest/ is held to this.)"""
    api = spec.stem
    paths = {path for _, path in internal.internal_operations(load_spec(spec))}
    for page in sorted((real_dist / api / "latest").iterdir()):
        text = page.read_text(encoding="utf-8")
        assert not [p for p in paths if p in text], f"{page.relative_to(real_dist)} names an internal path"

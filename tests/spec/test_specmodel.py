"""The spec model: one loader, the operations iterator, the x- extensions, the registry."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

import specmodel
from specmodel import extensions, registry
from specmodel.__main__ import render
from specmodel.loader import SpecError, parse

ROOT = Path(__file__).resolve().parents[2]


def test_loader_keeps_timestamps_as_strings_and_keys_as_strings() -> None:
    doc = parse("openapi: 3.1.0\npaths: {}\nwhen: 2021-12-31\nresponses: {200: ok}\n")
    assert doc["when"] == "2021-12-31"
    assert doc["responses"] == {"200": "ok"}


@pytest.mark.parametrize("text", ["- a list", "openapi: 3.1.0\n", ": : :", "a: [1,"])
def test_loader_rejects_what_is_not_an_openapi_document(text: str) -> None:
    with pytest.raises(SpecError):
        parse(text)


def test_loader_caches_until_the_file_changes(tmp_path: Path) -> None:
    spec = tmp_path / "x.yaml"
    spec.write_text("openapi: 3.1.0\npaths: {}\ninfo: {version: '1'}\n")
    first = specmodel.load(spec)
    assert specmodel.load(spec) is first
    spec.write_text("openapi: 3.1.0\npaths: {}\ninfo: {version: '22'}\n")
    assert specmodel.load(spec)["info"]["version"] == "22"


def test_every_registered_api_has_a_loadable_spec_with_clean_extensions() -> None:
    names = [entry.name for entry in specmodel.apis()]
    assert names == ["cresta", "execvision"]
    for entry in specmodel.apis():
        assert extensions.problems(entry.doc) == [], entry.name
        assert list(specmodel.operations(entry.doc))


def test_operations_iterator_sees_every_method_in_document_order() -> None:
    doc = parse(
        "openapi: 3.1.0\npaths:\n  /a: {get: {operationId: a}, delete: {operationId: b}, parameters: []}\n"
        "  /b: {post: {operationId: c}}\n"
    )
    assert [(op.method, op.path, op.operation_id) for op in specmodel.operations(doc)] == [
        ("get", "/a", "a"),
        ("delete", "/a", "b"),
        ("post", "/b", "c"),
    ]
    assert specmodel.operation_by_id(doc, "c").path == "/b"


def test_extension_problems_name_unknown_misplaced_and_malformed_values() -> None:
    doc = copy.deepcopy(specmodel.get("execvision").doc)
    doc["x-typo-limit"] = 1
    doc["x-rate-limit"]["windows"][0]["requestsPerSecond"] = "five"
    doc["paths"]["/calls"]["get"]["x-pagination"]["style"] = "cursor"
    doc["paths"]["/calls"]["get"]["x-rate-limit"] = doc["x-rate-limit"]
    found = "\n".join(extensions.problems(doc))
    assert "unknown extension x-typo-limit" in found
    assert '"five" is not of type "integer"' in found
    assert '"cursor" is not one of' in found
    assert "x-rate-limit may stand only on: root (found on operation)" in found


def test_typed_accessors_read_the_specs() -> None:
    doc = specmodel.get("execvision").doc
    calls = specmodel.operation_by_id(doc, "listCalls")
    paging = extensions.pagination(calls)
    assert paging is not None and (paging.style, paging.id_field, paging.repeats_last_id) == ("sinceLastId", "id", True)
    limit = extensions.max_limit_when(calls)
    assert limit is not None and limit.when == {"render_templates": True} and limit.maximum == 100
    rate = extensions.rate_limit(doc)
    assert rate is not None and [w.requests_per_second for w in rate.windows] == [5, 25]


def test_committed_extension_schema_is_the_generated_one() -> None:
    committed = (ROOT / "spec" / "extensions.schema.json").read_text(encoding="utf-8")
    assert committed == render(), "run: .venv/bin/python -m specmodel schema > spec/extensions.schema.json"
    assert set(json.loads(committed)["$defs"]) >= set(extensions.EXTENSIONS)


def test_registry_can_be_extended_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "demo.yaml").write_text("openapi: 3.1.0\ninfo: {title: Demo, version: '1'}\npaths: {}\n")
    extra = tmp_path / "apis.yaml"
    extra.write_text(
        "apis:\n  - name: demo\n    spec: demo.yaml\n"
        "    client: {distribution: demo-client, package: demo_client, facade: Demo, async_facade: AsyncDemo}\n"
        "    base_path: /demo\n    auth: bearer\n    error_style: demo\n    mock_plugin: demo_plugin\n"
        "    live: {env: [{name: DEMO_TOKEN, role: token, help: a token}]}\n"
    )
    monkeypatch.setenv(registry.EXTRA_REGISTRIES_VAR, str(extra))
    demo = specmodel.get("demo")
    assert demo.title == "Demo" and demo.spec_path == tmp_path / "demo.yaml"
    assert [e.name for e in specmodel.apis()][-1] == "demo"
    extra.write_text("apis:\n  - name: demo\n    spec: demo.yaml\n")
    with pytest.raises(SpecError, match="not a valid API registry"):
        specmodel.apis()


def test_unknown_api_names_the_registered_ones() -> None:
    with pytest.raises(SpecError, match="registered: cresta, execvision"):
        specmodel.get("nope")

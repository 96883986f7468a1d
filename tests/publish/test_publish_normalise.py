"""Normalised spec files: stable key order, faithful data, YAML and JSON agree."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import yaml

from publisher.normalise import normalise, to_json, to_yaml
from publisher.specs import load_spec, parse_spec

from .conftest import FIXTURES

DEMO = FIXTURES / "spec" / "demo.yaml"


def demo() -> dict[str, Any]:
    return load_spec(DEMO)


def test_top_level_and_operation_keys_use_the_canonical_order() -> None:
    spec = normalise(demo())
    assert list(spec) == ["openapi", "info", "servers", "security", "tags", "paths", "components"]
    assert list(spec["info"]) == ["title", "description", "version"]
    get_call = spec["paths"]["/calls/{id}"]["get"]
    assert list(get_call) == ["operationId", "summary", "description", "tags", "security", "responses"]
    since = spec["paths"]["/calls"]["get"]["parameters"][0]
    assert list(since) == ["name", "in", "description", "required", "schema", "example"]


def test_name_maps_are_sorted_and_properties_keep_the_author_order() -> None:
    spec = normalise(demo())
    assert list(spec["paths"]) == ["/calls", "/calls/{id}", "/calls/{id}/notes"]
    assert list(spec["paths"]["/calls/{id}"]) == ["parameters", "get", "delete"]
    assert list(spec["paths"]["/calls/{id}"]["get"]["responses"]) == ["200", "404", "default"]
    assert list(spec["components"]) == ["schemas", "responses", "parameters", "securitySchemes"]
    assert list(spec["components"]["schemas"]) == sorted(spec["components"]["schemas"])
    call = spec["components"]["schemas"]["Call"]
    assert list(call["properties"]) == ["title", "id", "status", "duration", "recordedAt", "related"]
    assert list(call) == ["type", "required", "properties"]
    assert spec["components"]["schemas"]["Error"]["required"] == ["error"]


def test_output_does_not_depend_on_the_source_key_order() -> None:
    def shuffle(node: Any, rng: random.Random, key: str = "") -> Any:
        if isinstance(node, dict):
            items = list(node.items())
            if key != "properties":
                rng.shuffle(items)
            return {k: shuffle(v, rng, k) for k, v in items}
        if isinstance(node, list):
            return [shuffle(v, rng) for v in node]
        return node

    expected = to_yaml(normalise(demo()))
    for seed in range(5):
        assert to_yaml(normalise(shuffle(demo(), random.Random(seed)))) == expected


def test_yaml_and_json_hold_the_same_data_as_the_source() -> None:
    source = demo()
    norm = normalise(source)
    assert json.loads(to_json(norm)) == source
    assert yaml.safe_load(to_yaml(norm)) == source


def test_json_keeps_non_ascii_and_ends_with_a_newline() -> None:
    text = to_json(normalise(demo()))
    assert "café" in text and "日本語" in text and "\\u" not in text.split("Must stay")[0]
    assert text.endswith("}\n")
    assert to_yaml(normalise(demo())).endswith("\n")


def test_normalising_is_idempotent() -> None:
    once = to_yaml(normalise(demo()))
    assert to_yaml(normalise(parse_spec(once))) == once
    assert to_json(normalise(json.loads(to_json(normalise(demo()))))) == to_json(normalise(demo()))


def test_timestamps_and_numeric_keys_stay_strings(tmp_path: Path) -> None:
    source = tmp_path / "t.yaml"
    source.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths:\n  /a:\n    get:\n"
        "      responses:\n        200:\n          description: ok\n"
        "x-released: 2024-01-02T03:04:05Z\nx-day: 2024-01-02\n",
        encoding="utf-8",
    )
    spec = normalise(load_spec(source))
    assert list(spec["paths"]["/a"]["get"]["responses"]) == ["200"]
    assert spec["x-released"] == "2024-01-02T03:04:05Z" and spec["x-day"] == "2024-01-02"
    assert json.loads(to_json(spec))["x-day"] == "2024-01-02"
    assert yaml.safe_load(to_yaml(spec))["x-released"] == "2024-01-02T03:04:05Z"


def test_shared_nodes_are_written_out_without_yaml_anchors() -> None:
    spec = parse_spec(
        "openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\nx-a: &shared {k: v}\nx-b: *shared\npaths: {}\n"
    )
    text = to_yaml(normalise(spec))
    assert "&" not in text and "*" not in text
    assert yaml.safe_load(text)["x-b"] == {"k": "v"}


def test_multiline_strings_are_literal_blocks() -> None:
    text = to_yaml(normalise(demo()))
    assert "  description: |\n    A tiny API for the publisher tests." in text

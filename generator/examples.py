"""Every `example`/`examples` value in a document must validate against its schema.

Each example is checked against the schema at its own location, referenced by JSON pointer
into the whole document, so `$ref`s resolve exactly as the document defines them. Examples are
held to a stricter reading than instances: an object schema that declares `properties` and says
nothing about other properties is closed (`unevaluatedProperties: false`), so an example cannot
show a field the schema does not describe (Redocly's `no-invalid-media-type-examples` reads
examples the same way).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

DOC_URI = "urn:openapi-document"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _examples(node: Any, pointer: str) -> Iterator[tuple[str, str, Any]]:
    """Yield (where, schema pointer, example value) for every example below node."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _examples(item, f"{pointer}/{index}")
        return
    if not isinstance(node, dict):
        return
    is_schema_holder = "schema" in node and isinstance(node["schema"], dict)  # parameter or media type
    if is_schema_holder:
        schema_pointer = f"{pointer}/schema"
        if "example" in node:
            yield f"{pointer}/example", schema_pointer, node["example"]
        for name, example in (node.get("examples") or {}).items():
            if isinstance(example, dict) and "value" in example:
                yield f"{pointer}/examples/{name}", schema_pointer, example["value"]
    elif "type" in node or "properties" in node or "$ref" in node or "items" in node:
        if "example" in node:
            yield f"{pointer}/example", pointer, node["example"]
        if isinstance(node.get("examples"), list):
            for index, value in enumerate(node["examples"]):
                yield f"{pointer}/examples/{index}", pointer, value
    for key, value in node.items():
        if key in ("example", "examples") or key.startswith("x-"):
            continue
        yield from _examples(value, f"{pointer}/{_escape(str(key))}")


OPEN_KEYS = ("additionalProperties", "unevaluatedProperties", "patternProperties")


def closed(node: Any) -> Any:
    """A copy where every object schema with `properties` and no word on other properties is
    closed; examples and defaults are left as they are."""
    if isinstance(node, list):
        return [closed(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {k: (v if k in ("example", "examples", "default", "enum", "const") else closed(v)) for k, v in node.items()}
    if isinstance(out.get("properties"), dict) and not any(key in out for key in OPEN_KEYS):
        out["unevaluatedProperties"] = False
    return out


def example_problems(doc: dict[str, Any]) -> list[str]:
    registry: Registry[Any] = Registry().with_resource(
        DOC_URI, Resource.from_contents(closed(doc), default_specification=DRAFT202012)
    )
    problems = []
    for where, schema_pointer, value in _examples(doc, ""):
        validator = Draft202012Validator(
            {"$ref": f"{DOC_URI}#{schema_pointer}"},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        for error in validator.iter_errors(value):
            location = "/".join(str(part) for part in error.absolute_path)
            problems.append(f"#{where}: example invalid at /{location}: {error.message}")
    return problems


def count_examples(doc: dict[str, Any]) -> int:
    return sum(1 for _ in _examples(doc, ""))

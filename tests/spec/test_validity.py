"""Both documents are valid OpenAPI 3.1, pass the project lint, and their examples validate."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from openapi_spec_validator import validate

from generator.examples import count_examples, example_problems
from generator.lint import lint, operations


def test_openapi_3_1_valid(doc: dict[str, Any]) -> None:
    assert doc["openapi"] == "3.1.0"
    validate(doc)


def test_project_lint_clean(doc: dict[str, Any]) -> None:
    assert lint(doc) == []


def test_examples_validate(doc: dict[str, Any]) -> None:
    assert count_examples(doc) >= 10
    assert example_problems(doc) == []


def test_no_external_refs(doc: dict[str, Any]) -> None:
    text = repr(doc)
    assert "'$ref': 'http" not in text and ".yaml#" not in text


def _first_operation(doc: dict[str, Any]) -> dict[str, Any]:
    return next(op for _, _, op in operations(doc))


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: _first_operation(d).pop("summary"), "missing summary"),
        (lambda d: _first_operation(d).pop("description"), "missing description"),
        (lambda d: _first_operation(d).pop("tags"), "exactly one tag"),
        (lambda d: _first_operation(d).pop("security"), "operation-level security"),
        (
            lambda d: _first_operation(d)["responses"].update(default={"$ref": "#/components/responses/BadRequest"}),
            "response 'default' is a catch-all",
        ),
        (
            lambda d: _first_operation(d)["responses"].update({"5XX": {"$ref": "#/components/responses/BadRequest"}}),
            "response '5XX' is a catch-all",
        ),
        (lambda d: d["components"]["schemas"].update(Orphan={"type": "string"}), "unused component"),
        (
            lambda d: (
                d["components"]["schemas"].update(Orphan2={"type": "object", "properties": {"x": {"type": "string"}}})
                or _first_operation(d).setdefault("x-keep", {"$ref": "#/components/schemas/Orphan2"})
            ),
            "has no description",
        ),
        (lambda d: _first_operation(d).update(operationId="Bad_Name"), "not camelCase"),
        (
            lambda d: d["paths"]["/calls/deleted"]["get"]["x-pagination"].pop("minProgressLimit"),
            "repeatsLastId: the repeated item can fill a page of 1",
        ),
    ],
)
def test_lint_catches(docs: dict[str, dict[str, Any]], mutate: Any, expected: str) -> None:
    doc = copy.deepcopy(docs["execvision"])
    mutate(doc)
    assert any(expected in problem for problem in lint(doc)), lint(doc)


def test_lint_catches_duplicate_operation_ids(docs: dict[str, dict[str, Any]]) -> None:
    doc = copy.deepcopy(docs["execvision"])
    ops = [op for _, _, op in operations(doc)]
    ops[1]["operationId"] = ops[0]["operationId"]
    assert any("already used" in problem for problem in lint(doc))


def test_example_check_catches_a_bad_example(docs: dict[str, dict[str, Any]]) -> None:
    doc = copy.deepcopy(docs["execvision"])
    doc["components"]["schemas"]["User"]["example"] = {"userId": 42}
    assert any("User/example" in problem for problem in example_problems(doc))

"""Step 1: load a spec and check it (openapi-spec-validator plus the project lint)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from generator.examples import example_problems
from generator.lint import lint


class SpecError(ValueError):
    pass


def load(path: Path) -> dict[str, Any]:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise SpecError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(doc, dict):
        raise SpecError(f"{path}: not an OpenAPI document")
    return doc


def check(path: Path) -> dict[str, Any]:
    """Validate the document and run the project lint; raise SpecError listing every problem."""
    doc = load(path)
    try:
        validate(doc)
    except OpenAPIValidationError as exc:
        raise SpecError(f"{path}: invalid OpenAPI: {exc.message}") from exc
    problems = lint(doc) + example_problems(doc)
    if problems:
        listing = "\n  ".join(problems)
        raise SpecError(f"{path}: {len(problems)} lint problem(s):\n  {listing}")
    return doc


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()

"""Step 1: load a spec and check it (openapi-spec-validator plus the project lint)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

import specmodel
from generator.examples import example_problems
from generator.links import link_problems
from generator.lint import lint
from specmodel import SpecError, extensions

__all__ = ["SpecError", "check", "load", "sha256"]


def load(path: Path) -> dict[str, Any]:
    """The document at path, through the spec model's one loader (do not mutate it)."""
    return specmodel.load(path)


def check(path: Path) -> dict[str, Any]:
    """Validate the document and run the project lint; raise SpecError listing every problem."""
    doc = load(path)
    try:
        validate(doc)
    except OpenAPIValidationError as exc:
        raise SpecError(f"{path}: invalid OpenAPI: {exc.message}") from exc
    problems = lint(doc) + extensions.problems(doc) + example_problems(doc) + link_problems(doc)
    if problems:
        listing = "\n  ".join(problems)
        raise SpecError(f"{path}: {len(problems)} lint problem(s):\n  {listing}")
    return doc


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()

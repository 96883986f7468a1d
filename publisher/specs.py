"""Find and load the API specs: the APIs of a checkout's registry (``spec/apis.yaml``), read
through the spec model's one loader."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import specmodel
from specmodel import HTTP_METHODS, ApiEntry
from specmodel.registry import REGISTRY_FILE

__all__ = ["HTTP_METHODS", "SPEC_DIR", "Api", "Spec", "SpecError", "discover", "find_api", "load_spec", "operations"]

SPEC_DIR = "spec"

Spec = dict[str, Any]


class SpecError(Exception):
    """A spec is missing, unreadable or not an OpenAPI document."""


def parse_spec(text: str, source: str = "<spec>") -> Spec:
    """Parse YAML (or JSON) text into a spec dict with string keys (a fresh copy: the
    publisher may change it)."""
    try:
        return specmodel.parse(text, source)
    except specmodel.SpecError as exc:
        raise SpecError(str(exc)) from exc


def load_spec(path: Path) -> Spec:
    """Load one spec file (a deep copy of the spec model's cached document)."""
    try:
        return copy.deepcopy(specmodel.load(path))
    except specmodel.SpecError as exc:
        raise SpecError(str(exc)) from exc


@dataclass(frozen=True)
class Api:
    """One API: its name (the spec file stem), its working spec file and its registry entry."""

    name: str
    path: Path
    entry: ApiEntry


def discover(root: Path) -> list[Api]:
    """The APIs of the repository at *root*: its registry's, sorted by name."""
    registry = root / SPEC_DIR / REGISTRY_FILE.name
    if not registry.is_file():
        return []
    try:
        entries = specmodel.apis(registry)
    except specmodel.SpecError as exc:
        raise SpecError(str(exc)) from exc
    return sorted((Api(entry.name, entry.spec_path, entry) for entry in entries), key=lambda api: api.name)


def find_api(root: Path, name: str) -> Api:
    """The API called *name*, or a SpecError listing the known ones."""
    apis = discover(root)
    for api in apis:
        if api.name == name:
            return api
    known = ", ".join(a.name for a in apis) or "none"
    raise SpecError(f"unknown API {name!r} (not in {SPEC_DIR}/{REGISTRY_FILE.name}; known: {known})")


def version_of(spec: Spec) -> str:
    """The spec's ``info.version`` (a SpecError if it has none)."""
    info = spec.get("info")
    version = info.get("version") if isinstance(info, dict) else None
    if not isinstance(version, str) or not version:
        raise SpecError("the spec has no info.version")
    return version


def operations(spec: Spec) -> list[tuple[str, str, dict[str, Any]]]:
    """Every operation (webhooks too) as ``(METHOD, path, operation)``, in document order."""
    return [(op.method.upper(), op.path, op.node) for op in specmodel.operations(spec, webhooks=True)]

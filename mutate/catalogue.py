"""The mutant catalogue (mutate/mutants.yaml): loading, checking, and applying a mutant's patch.

A mutant is data: an id, the API (`vendor`), a category, a one-line description, the
operationIds whose answers it changes, one patch (a file under mockserver/, an exact `old`
text and its `new` replacement) and a probe (requests whose answers it changes). Applying
refuses an `old` text that is not in the file exactly once, so the catalogue cannot rot
silently when the mock changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import specmodel

CATALOGUE = Path(__file__).with_name("mutants.yaml")
# The kinds of bug; the first ten are the ones the catalogue must cover (issue 13).
REQUIRED_CATEGORIES = (
    "schema",
    "status",
    "content type",
    "auth",
    "tenancy",
    "paging",
    "filter",
    "crash",
    "state",
    "vendor quirk",
)
CATEGORIES = (*REQUIRED_CATEGORIES, "ordering", "list/get")
PATCHABLE = PurePosixPath("mockserver")
OBSERVE = ("body", "status")


class CatalogueError(ValueError):
    """The catalogue is malformed, or a patch does not apply."""


@dataclass(frozen=True)
class Patch:
    file: str  # relative to the repository root, under mockserver/
    old: str
    new: str

    def apply_to(self, text: str) -> str:
        """`text` with `old` replaced by `new`; CatalogueError unless `old` occurs exactly once."""
        count = text.count(self.old)
        if count != 1:
            raise CatalogueError(f"{self.file}: the old text occurs {count} times, not once:\n{self.old}")
        return text.replace(self.old, self.new)

    def apply(self, root: Path) -> None:
        """Patch the file in the tree at `root` (a copy: never the repository itself)."""
        path = root / self.file
        if not path.is_file():
            raise CatalogueError(f"{self.file}: no such file")
        path.write_text(self.apply_to(path.read_text(encoding="utf-8")), encoding="utf-8")


@dataclass(frozen=True)
class Step:
    """One request of a probe. `identity` names one of the API's identities, or "none"."""

    identity: str
    method: str
    path: str
    query: Mapping[str, Any] = field(default_factory=dict)
    json: Any = None
    wait: float = 0.0  # seconds to wait before sending (after fetching the step's token)


@dataclass(frozen=True)
class Mutant:
    id: str
    vendor: str
    category: str
    description: str
    operations: tuple[str, ...]
    patch: Patch
    probe: tuple[Step, ...]
    observe: str = "body"


@dataclass(frozen=True)
class ApiSetup:
    """How the harness talks to one API of the mock: the live run's environment and identities."""

    name: str
    live_env: Mapping[str, str]
    identities: Mapping[str, Mapping[str, str]]
    token_path: str | None = None

    def env(self, mock_url: str) -> dict[str, str]:
        return {name: value.replace("{mock}", mock_url) for name, value in self.live_env.items()}


@dataclass(frozen=True)
class Catalogue:
    mock_args: tuple[str, ...]
    apis: Mapping[str, ApiSetup]
    mutants: tuple[Mutant, ...]

    def select(self, ids: Sequence[str]) -> list[Mutant]:
        """The mutants named (all when `ids` is empty), in catalogue order."""
        if not ids:
            return list(self.mutants)
        known = {m.id for m in self.mutants}
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise CatalogueError(f"unknown mutant(s): {', '.join(unknown)}")
        return [m for m in self.mutants if m.id in ids]


def _need(node: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in node:
        raise CatalogueError(f"{where}: missing {key!r}")
    return node[key]


def _step(node: Mapping[str, Any], where: str) -> Step:
    return Step(
        identity=str(_need(node, "as", where)),
        method=str(_need(node, "method", where)).upper(),
        path=str(_need(node, "path", where)),
        query=dict(node.get("query") or {}),
        json=node.get("json"),
        wait=float(node.get("wait", 0.0)),
    )


def _mutant(node: Mapping[str, Any], apis: Mapping[str, ApiSetup], operations: Mapping[str, set[str]]) -> Mutant:
    mid = str(_need(node, "id", "mutant"))
    vendor = str(_need(node, "vendor", mid))
    if vendor not in apis:
        raise CatalogueError(f"{mid}: vendor {vendor!r} is not an API of the catalogue")
    category = str(_need(node, "category", mid))
    if category not in CATEGORIES:
        raise CatalogueError(f"{mid}: unknown category {category!r} (one of {', '.join(CATEGORIES)})")
    ops = tuple(str(op) for op in _need(node, "operations", mid))
    unknown = sorted(set(ops) - operations[vendor])
    if not ops or unknown:
        raise CatalogueError(f"{mid}: operations must be operationIds of {vendor}: {unknown or 'none given'}")
    raw = _need(node, "patch", mid)
    patch = Patch(str(_need(raw, "file", mid)), str(_need(raw, "old", mid)), str(_need(raw, "new", mid)))
    file = PurePosixPath(patch.file)
    if file.parts[0] != PATCHABLE.name or ".." in file.parts or file.suffix != ".py":
        raise CatalogueError(f"{mid}: a patch changes a Python file under {PATCHABLE}/, not {patch.file}")
    if not patch.old or patch.old == patch.new:
        raise CatalogueError(f"{mid}: the patch changes nothing")
    probe = tuple(_step(step, f"{mid} probe") for step in _need(node, "probe", mid))
    for step in probe:
        if step.identity != "none" and step.identity not in apis[vendor].identities:
            raise CatalogueError(f"{mid}: unknown identity {step.identity!r}")
    observe = str(node.get("observe", "body"))
    if observe not in OBSERVE or not probe:
        raise CatalogueError(f"{mid}: a probe of one step or more, observing one of {OBSERVE}")
    description = str(_need(node, "description", mid))
    return Mutant(mid, vendor, category, description, ops, patch, probe, observe)


def load(path: Path = CATALOGUE) -> Catalogue:
    """The catalogue, checked against the registry's APIs and their operationIds."""
    data = specmodel.parse(path.read_text(encoding="utf-8"), str(path), require_openapi=False)
    registered = {api.name: api for api in specmodel.apis()}
    apis: dict[str, ApiSetup] = {}
    for name, node in (data.get("apis") or {}).items():
        if name not in registered:
            raise CatalogueError(f"apis: {name!r} is not in the registry")
        identities = {str(k): {str(a): str(b) for a, b in v.items()} for k, v in (node.get("identities") or {}).items()}
        env = {str(k): str(v) for k, v in (node.get("live_env") or {}).items()}
        apis[name] = ApiSetup(name, env, identities, node.get("token_path"))
    operations = {name: {op.operation_id for op in specmodel.operations(registered[name].doc)} for name in apis}
    mutants = tuple(_mutant(node, apis, operations) for node in data.get("mutants") or [])
    ids = [m.id for m in mutants]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise CatalogueError(f"duplicate mutant ids: {', '.join(duplicates)}")
    return Catalogue(tuple(str(a) for a in data.get("mock_args") or []), apis, mutants)

"""Where things live. One place, so that every step agrees."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import specmodel
from specmodel import ApiEntry

ROOT = Path(__file__).resolve().parents[1]
SPEC_DIR = ROOT / "spec"
OVERRIDES_DIR = ROOT / "overrides"
GENERATED_DIR = ROOT / "generated"
TEMPLATES_DIR = OVERRIDES_DIR / "templates"
# Hand-written modules copied into every client package (the shared client core, `_core/`).
SHARED_DIR = OVERRIDES_DIR / "_shared"


@dataclass(frozen=True)
class ApiPaths:
    """The inputs and the output of one API's client, from its registry entry."""

    api: str

    @property
    def entry(self) -> ApiEntry:
        return specmodel.get(self.api)

    @property
    def spec(self) -> Path:
        return self.entry.spec_path

    @property
    def overrides(self) -> Path:
        return self.entry.overrides_path

    @property
    def config(self) -> Path:
        return self.overrides / "config.yaml"

    @property
    def package_overrides(self) -> Path:
        """Hand-written modules copied into the generated package."""
        return self.overrides / "package"

    @property
    def distribution_name(self) -> str:
        return self.entry.client.distribution

    @property
    def package_name(self) -> str:
        return self.entry.client.package

    def output(self, generated_dir: Path = GENERATED_DIR) -> Path:
        return generated_dir / self.distribution_name

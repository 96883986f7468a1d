"""Where things live. One place, so that every step agrees."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC_DIR = ROOT / "spec"
OVERRIDES_DIR = ROOT / "overrides"
GENERATED_DIR = ROOT / "generated"
TEMPLATES_DIR = OVERRIDES_DIR / "templates"
# Hand-written modules copied into every client package (the shared client core, `_core/`).
SHARED_DIR = OVERRIDES_DIR / "_shared"


@dataclass(frozen=True)
class ApiPaths:
    """The inputs and the output of one API's client."""

    api: str

    @property
    def spec(self) -> Path:
        return SPEC_DIR / f"{self.api}.yaml"

    @property
    def overrides(self) -> Path:
        return OVERRIDES_DIR / self.api

    @property
    def config(self) -> Path:
        return self.overrides / "config.yaml"

    @property
    def package_overrides(self) -> Path:
        """Hand-written modules copied into the generated package."""
        return self.overrides / "package"

    @property
    def distribution_name(self) -> str:
        return f"{self.api}-client"

    @property
    def package_name(self) -> str:
        return f"{self.api}_client"

    def output(self, generated_dir: Path = GENERATED_DIR) -> Path:
        return generated_dir / self.distribution_name

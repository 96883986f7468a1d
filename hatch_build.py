"""hatchling build hook of the mock's wheel: the registry and every spec it names go into the
wheel as `specmodel/specs/` (where specmodel.registry looks when installed). The names come
from the registry itself, so a new API needs no change here. It runs in the build's own
environment, which has hatchling and nothing else, so the registry's `spec:` lines are read
the way the Makefile reads them, without a YAML parser."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SPEC_LINE = re.compile(r"^\s*spec:\s*(\S+)\s*$", re.MULTILINE)


class SpecsHook(BuildHookInterface):  # type: ignore[misc]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        spec_dir = Path(self.root) / "spec"
        registry = spec_dir / "apis.yaml"
        include = build_data.setdefault("force_include", {})
        include[str(registry)] = "specmodel/specs/apis.yaml"
        for name in SPEC_LINE.findall(registry.read_text(encoding="utf-8")):
            include[str(spec_dir / name)] = f"specmodel/specs/{name}"

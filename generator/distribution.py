"""Step 4's distribution files: the client's pyproject.toml (from overrides/<api>/pyproject.toml)
and the package's `_version.py`.

The client has a version of its own, `version` in overrides/<api>/pyproject.toml, so a
client-only fix can be released; the spec version it was generated from (`info.version`) is
recorded beside it: `{spec_version}` in that file (a keyword `spec-version-X` users can read with
importlib.metadata, and `[tool.contract-kit]`), and `__spec_version__` in the package.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ClientVersion", "pyproject", "version_module"]

VERSION_MODULE = "_version.py"


@dataclass(frozen=True)
class ClientVersion:
    distribution: str
    version: str
    spec_version: str


def pyproject(template: Path, spec_version: str) -> tuple[str, ClientVersion]:
    """The distribution's pyproject.toml text and the versions it declares."""
    text = template.read_text(encoding="utf-8").replace("{spec_version}", spec_version)
    project = tomllib.loads(text)["project"]
    return text, ClientVersion(project["name"], project["version"], spec_version)


def version_module(version: ClientVersion) -> str:
    return (
        '"""Written by the generator: the distribution, its version and the spec version it was generated'
        ' from. Do not edit."""\n\n'
        f'DISTRIBUTION = "{version.distribution}"\n'
        f'__version__ = "{version.version}"\n'
        f'__spec_version__ = "{version.spec_version}"\n'
    )

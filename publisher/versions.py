"""Semantic versions as used by ``info.version`` and release file names."""

from __future__ import annotations

import re

_SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")


class VersionError(ValueError):
    """Not a MAJOR.MINOR.PATCH version."""


def parse(version: str) -> tuple[int, int, int]:
    """``"1.2.3"`` -> ``(1, 2, 3)``; a VersionError for anything else."""
    match = _SEMVER.match(version)
    if not match:
        raise VersionError(f"{version!r} is not a MAJOR.MINOR.PATCH version (e.g. 1.0.0)")
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def is_version(text: str) -> bool:
    """Whether *text* is a MAJOR.MINOR.PATCH version."""
    return bool(_SEMVER.match(text))


def next_major(version: str) -> str:
    """``"1.4.2"`` -> ``"2.0.0"``."""
    return f"{parse(version)[0] + 1}.0.0"

"""Vendor names live in the registry, the vendor plugin folders, overrides/<api>/, generated/,
tests and docs, and nowhere else in the code: a new API is a local change.

"Code" is every tracked source file (Python, the Makefile and its fragments, CI scripts,
TOML configuration); the names are every registered API's name, client package and facade
classes, matched case-insensitively as words or word parts.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import specmodel

ROOT = Path(__file__).resolve().parents[1]
CODE_SUFFIXES = {".py", ".mk", ".toml", ".sh", ".cfg", ".ini"}
CODE_NAMES = {"Makefile", "run"}


def vendor_words() -> set[str]:
    words = set()
    for api in specmodel.apis():
        words |= {api.name, api.client.package, api.client.facade, api.client.async_facade}
        words.add(api.client.distribution)
    return {w.lower() for w in words}


def allowed(path: str) -> bool:
    """Where vendor names belong."""
    names = [api.name for api in specmodel.apis()]
    if path.startswith(("tests/", "generated/", "spec/")):
        return True
    for name in names:
        if path.startswith(
            (
                f"overrides/{name}/",
                f"mockserver/vendors/{name}/",
                f"fuzz/vendors/{name}.py",
                f"benchmarks/vendors/{name}/",
                f"benchmarks/vendors/{name}.py",
            )
        ):
            return True
    return False


def code_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return sorted(
        path
        for path in listed
        if (Path(path).suffix in CODE_SUFFIXES or Path(path).name in CODE_NAMES) and (ROOT / path).is_file()
    )


def offenders() -> dict[str, list[str]]:
    pattern = re.compile("|".join(sorted(map(re.escape, vendor_words()), key=len, reverse=True)), re.IGNORECASE)
    found: dict[str, list[str]] = {}
    for path in code_files():
        if allowed(path):
            continue
        for number, line in enumerate((ROOT / path).read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if pattern.search(line):
                found.setdefault(path, []).append(f"{number}: {line.strip()[:100]}")
    return found


def test_vendor_names_appear_only_where_they_belong() -> None:
    found = offenders()
    listing = "\n".join(f"{path}:{line}" for path, lines in found.items() for line in lines[:3])
    assert not found, f"{len(found)} file(s) name a vendor outside its own folders:\n{listing}"

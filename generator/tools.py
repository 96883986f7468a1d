"""The pinned tools (openapi-python-client, ruff) and how to run them reproducibly.

Versions are read from requirements/dev.in, the single place they are pinned; generation
refuses to run with any other version, because output differs between versions.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from functools import cache
from importlib.metadata import version
from pathlib import Path

from generator.paths import ROOT

PINNED_TOOLS = ("openapi-python-client", "ruff")
BIN_DIR = Path(sys.executable).parent


class ToolError(RuntimeError):
    pass


@cache
def pinned_versions() -> dict[str, str]:
    text = (ROOT / "requirements" / "dev.in").read_text(encoding="utf-8")
    pins = dict(re.findall(r"^([A-Za-z0-9_.-]+)==([^\s#]+)", text, flags=re.MULTILINE))
    return {tool: pins[tool] for tool in PINNED_TOOLS}


def environment() -> dict[str, str]:
    """The subprocess environment: the venv's bin first on PATH, so its ruff is the one used."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(BIN_DIR), env.get("PATH", "")])
    env.pop("RUFF_CACHE_DIR", None)
    return env


def run(args: list[str], cwd: Path) -> str:
    result = subprocess.run(args, cwd=cwd, env=environment(), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise ToolError(f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


@cache
def verified_versions() -> dict[str, str]:
    """Check that the installed tools are exactly the pinned ones; return their versions."""
    wanted = pinned_versions()
    found = {"openapi-python-client": version("openapi-python-client")}
    ruff_out = run([str(BIN_DIR / "ruff"), "--version"], cwd=ROOT).split()
    found["ruff"] = ruff_out[1] if len(ruff_out) > 1 else "missing"
    for tool, pinned in wanted.items():
        if found[tool] != pinned:
            raise ToolError(f"{tool} {found[tool]} is installed but {pinned} is pinned; run `make venv`")
    return found


def openapi_python_client(spec: Path, config: Path, output: Path, templates: Path | None) -> None:
    args = [
        str(BIN_DIR / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config),
        "--meta",
        "none",
        "--output-path",
        str(output),
        "--fail-on-warning",
    ]
    if templates is not None:
        args += ["--custom-template-path", str(templates)]
    run(args, cwd=output.parent)


def ruff_format(directory: Path) -> None:
    """Step 5: fix imports and format, with the config in the distribution's own pyproject."""
    ruff = str(BIN_DIR / "ruff")
    run([ruff, "check", "--fix-only", "--no-cache", "--quiet", "."], cwd=directory)
    run([ruff, "format", "--no-cache", "--quiet", "."], cwd=directory)

"""The distributions as users get them: `make dist` once per session, then fresh venvs outside
the repository (pytest's tmp dirs), each with only what pip installs from the built files."""

from __future__ import annotations

import os
import subprocess
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """`make dist` into a temporary directory: distribution name -> its wheel."""
    out = tmp_path_factory.mktemp("dist")
    command = ["make", "--no-print-directory", "dist", f"DIST_PY={out}"]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    found = {path.name.split("-")[0].replace("_", "-"): path for path in out.glob("*.whl")}
    assert {path.suffix for path in out.iterdir()} == {".whl", ".gz"}  # a wheel and an sdist each
    return found


class Venv:
    def __init__(self, path: Path) -> None:
        venv.create(path, with_pip=True, clear=True)
        self.path = path
        self.python = str(path / "bin" / "python")

    def pip_install(self, *args: str) -> None:
        self.run(self.python, "-m", "pip", "install", "-q", "--disable-pip-version-check", *args)

    def run(self, *cmd: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "MYPYPATH")}
        env["PATH"] = f"{self.path / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        done = subprocess.run(list(cmd), cwd=cwd or self.path, env=env, capture_output=True, text=True)
        output = f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        assert done.returncode == 0, f"{' '.join(cmd)}: rc {done.returncode}\n{output}"
        return done


@pytest.fixture
def fresh_venv(tmp_path: Path) -> Iterator[Venv]:
    assert ROOT not in tmp_path.parents  # outside the repository
    yield Venv(tmp_path / "venv")


__all__ = ["Venv"]

"""The clients are typed for their users (PEP 561): installed alone in a fresh venv, the user's
`mypy --strict` sees the package's types through its `py.typed` marker."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from generator.paths import ApiPaths

WRONG = """\
from execvision_client import ExecVision
from execvision_client.models import User

ev = ExecVision("user", "password")
users: list[User] = ev.list_users()
count: int = ev.list_users()
ev.list_users(timout=0.2)
"""
RIGHT = """\
from execvision_client import APIResponse, ExecVision
from execvision_client.models import User

ev = ExecVision("user", "password")
users: list[User] = ev.list_users()
count: int = len(users)
raw: APIResponse[list[User]] = ev.with_raw_response.list_users(timeout=1.0)
status: int = raw.status_code
parsed: list[User] = raw.parse()
"""


@pytest.fixture(scope="module")
def user_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding the installed execvision-client (its dependencies from this venv)."""
    root = tmp_path_factory.mktemp("user-venv")
    venv.EnvBuilder(with_pip=False).create(root)
    python = root / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    # httpx, attrs, ... come from this venv, which does not hold the client itself
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run(
        [
            sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps",
            "--no-build-isolation", "--target", site, str(ApiPaths("execvision").output()),
        ],
        check=True,
    )  # fmt: skip
    return python


def _user_mypy(python: Path, source: str, workdir: Path) -> subprocess.CompletedProcess[str]:
    (workdir / "user_code.py").write_text(source, encoding="utf-8")
    return subprocess.run(
        [
            sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null",
            "--python-executable", str(python), "user_code.py",
        ],
        cwd=workdir, capture_output=True, text=True, check=False, env={"PATH": "/usr/bin:/bin"},
    )  # fmt: skip


@pytest.mark.slow
def test_users_mypy_catches_a_type_error_in_their_code(user_venv: Path, tmp_path: Path) -> None:
    result = _user_mypy(user_venv, WRONG, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert 'Incompatible types in assignment (expression has type "list[User]", variable has type "int")' in (
        result.stdout
    )
    assert 'Unexpected keyword argument "timout" for "list_users"' in result.stdout
    assert "py.typed" not in result.stdout  # the package is seen as typed, not as missing stubs
    assert result.stdout.count("error:") == 2, result.stdout


@pytest.mark.slow
def test_users_mypy_passes_on_correct_code(user_venv: Path, tmp_path: Path) -> None:
    result = _user_mypy(user_venv, RIGHT, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr

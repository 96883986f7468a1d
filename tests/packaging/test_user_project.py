"""README's "Use it in your own tests": its test file, verbatim, in a user's project outside the
repository, with the built wheels of the mock and both clients and pytest installed."""

from __future__ import annotations

import re
from pathlib import Path

from tests.packaging.conftest import ROOT, Venv

BLOCK = re.compile(r"<!-- user-test:begin -->\n```python\n(.*?)```\n<!-- user-test:end -->", re.S)


def readme_test_file() -> str:
    found = BLOCK.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert found, "README has no user-test block"
    return found.group(1)


def test_the_readme_user_test_file_passes_in_a_fresh_project(wheels: dict[str, Path], fresh_venv: Venv) -> None:
    project = fresh_venv.path.parent / "my-project"
    project.mkdir()
    (project / "test_my_integration.py").write_text(readme_test_file(), encoding="utf-8")
    fresh_venv.pip_install(*(str(w) for w in wheels.values()), "pytest")
    done = fresh_venv.run(fresh_venv.python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=project)
    tests = readme_test_file().count("\ndef test_")
    assert f"{tests} passed" in done.stdout, done.stdout

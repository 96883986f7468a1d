"""The release gate on the real specs: ``make test`` fails on an unannounced breaking change.

A breaking change against the last release in ``spec/releases/<api>/`` is only allowed
together with a major bump of ``info.version``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from publisher import gate, releases
from publisher.normalise import to_yaml
from publisher.specs import load_spec, operations

from .conftest import FIXTURES, REPO, registry_for, repo_specs


def _id(path: Path) -> str:
    return path.stem


@pytest.mark.skipif(not repo_specs(), reason="spec/*.yaml are not written yet")
@pytest.mark.parametrize("spec_file", repo_specs(), ids=_id)
def test_working_spec_has_no_breaking_change_without_a_major_bump(spec_file: Path) -> None:
    result = gate.status(REPO, spec_file.stem, spec_file)
    if not result.ok:
        pytest.fail(
            f"spec/{spec_file.name} fails the release gate (see `make diff API={spec_file.stem}`):\n"
            + "\n".join(result.problems),
            pytrace=False,
        )


# The real specs when they exist, else the fixture: the gate must catch a deliberate break.
SUBJECTS = repo_specs() or [FIXTURES / "spec" / "demo.yaml"]


@pytest.mark.parametrize("spec_file", SUBJECTS, ids=_id)
def test_a_deliberately_breaking_edit_fails_the_gate(spec_file: Path, tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "spec").mkdir(parents=True)
    shutil.copy(spec_file, root / "spec" / spec_file.name)
    registry_for(root, spec_file)
    released = spec_file.parent / "releases" / spec_file.stem
    if released.is_dir():
        shutil.copytree(released, root / "spec" / "releases" / spec_file.stem)
    api = spec_file.stem
    working = root / "spec" / spec_file.name
    last = releases.latest(root, api)
    if last is None:
        last = load_spec(working)["info"]["version"]
        releases.create(root, api, last, date="2000-01-01")
    # The deliberate break: remove the first operation of the last release.
    spec = load_spec(releases.release_dir(root, api) / f"{last}.yaml")
    method, path, _ = operations(spec)[0]
    del spec["paths"][path][method.lower()]
    working.write_text(to_yaml(spec), encoding="utf-8")

    result = gate.status(root, api, working)
    assert not result.ok
    message = "\n".join(result.problems)
    assert f"breaking change(s) against release {last}" in message
    assert f"{method} {path}: operation removed" in message
    assert "bump info.version" in message

"""The clients' PEP 621 metadata, as a user's installer sees it in the built wheel: readme,
Apache-2.0 license (the repository's LICENSE shipped in each wheel), classifiers, URLs, the
spec version, dependency ranges and the py.typed marker."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from email.message import Message
from email.parser import Parser

import pytest

import specmodel
from generator.paths import ROOT, ApiPaths
from generator.spec import load

APIS = specmodel.names()
LICENSE = ROOT / "LICENSE"


def test_the_repository_has_the_apache_license() -> None:
    text = LICENSE.read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" in text
    assert "END OF TERMS AND CONDITIONS" in text and "APPENDIX: How to apply the Apache License" in text


@pytest.fixture(scope="module", params=APIS)
def wheel(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, zipfile.ZipFile]:
    api: str = request.param
    out = tmp_path_factory.mktemp(f"wheel-{api}")
    subprocess.run(
        [
            sys.executable, "-m", "pip", "wheel", "-q", "--disable-pip-version-check", "--no-deps",
            "--no-build-isolation", "-w", str(out), str(ApiPaths(api).output()),
        ],
        check=True,
    )  # fmt: skip
    return api, zipfile.ZipFile(next(out.glob("*.whl")))


def _metadata(archive: zipfile.ZipFile) -> Message:
    name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
    return Parser().parsestr(archive.read(name).decode())


@pytest.mark.slow
def test_wheel_metadata_is_complete(wheel: tuple[str, zipfile.ZipFile]) -> None:
    api, archive = wheel
    paths = ApiPaths(api)
    meta = _metadata(archive)
    assert meta["Name"] == paths.distribution_name
    assert meta["License-Expression"] == "Apache-2.0"
    assert meta.get_all("License-File") == ["LICENSE"]
    assert meta["Description-Content-Type"] == "text/markdown"
    readme = meta.get_payload()
    assert isinstance(readme, str) and readme.startswith(f"# {paths.distribution_name}\n")
    assert f"Client version {meta['Version']}" in readme
    classifiers = meta.get_all("Classifier") or []
    assert {"Typing :: Typed", "Programming Language :: Python :: 3.11"} <= set(classifiers)
    assert not [c for c in classifiers if c.startswith("License ::")]  # the expression says it (PEP 639)
    urls = dict(line.split(", ", 1) for line in meta.get_all("Project-URL") or [])
    assert urls["API base URL"].startswith("https://")
    spec_version = load(paths.spec)["info"]["version"]
    assert f"spec-version-{spec_version}" in meta["Keywords"].split(",")
    requires = meta.get_all("Requires-Dist") or []
    assert requires and not [r for r in requires if "==" in r], requires  # ranges, not pins


@pytest.mark.slow
def test_wheel_ships_the_license_and_the_typing_marker(wheel: tuple[str, zipfile.ZipFile]) -> None:
    api, archive = wheel
    names = archive.namelist()
    license_name = next(n for n in names if n.endswith(".dist-info/licenses/LICENSE"))
    assert archive.read(license_name) == LICENSE.read_bytes()
    assert f"{ApiPaths(api).package_name}/py.typed" in names


def test_generated_distributions_carry_readme_and_license() -> None:
    for api in APIS:
        dist = ApiPaths(api).output()
        assert (dist / "LICENSE").read_bytes() == LICENSE.read_bytes()
        assert (dist / "README.md").read_text(encoding="utf-8").startswith(f"# {ApiPaths(api).distribution_name}\n")

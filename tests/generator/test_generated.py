"""Golden checks on the generated packages: they import, every operation has its functions,
and each distribution installs on its own with only the dependencies it needs."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from email.parser import Parser
from pathlib import Path
from typing import Any

import pytest

import specmodel
from generator.lint import operations
from generator.paths import ApiPaths
from generator.spec import load, sha256

APIS = specmodel.names()


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _operation_module(api: str, op: dict[str, Any]) -> Any:
    tag = _snake(op["tags"][0].replace(" ", ""))
    return importlib.import_module(f"{api}_client.api.{tag}.{_snake(op['operationId'])}")


@pytest.mark.parametrize("api", APIS)
def test_package_imports_and_is_stamped(api: str) -> None:
    package = importlib.import_module(f"{api}_client")
    stamp = importlib.import_module(f"{api}_client._stamp")
    assert hasattr(package, "Client") and hasattr(package, "AuthenticatedClient")
    assert stamp.SPEC_SHA256 == sha256(ApiPaths(api).spec)
    assert stamp.OPENAPI_PYTHON_CLIENT_VERSION == "0.29.1"


@pytest.mark.parametrize("api", APIS)
def test_every_operation_has_its_functions(api: str) -> None:
    doc = load(ApiPaths(api).spec)
    for _, _, op in operations(doc):
        module = _operation_module(api, op)
        ok = [code for code in op["responses"] if str(code).startswith("2")]
        parsed = any("content" in op["responses"][code] for code in ok)
        expected = ["sync_detailed", "asyncio_detailed"] + (["sync", "asyncio"] if parsed else [])
        missing = [name for name in expected if not callable(getattr(module, name, None))]
        assert not missing, f"{op['operationId']}: missing {missing}"


@pytest.mark.slow
def test_mypy_strict_passes_on_generated_packages() -> None:
    packages = [str(ApiPaths(api).output() / ApiPaths(api).package_name) for api in APIS]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", *packages],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("api", APIS)
def test_installs_alone_with_only_its_dependencies(api: str, tmp_path: Path) -> None:
    paths = ApiPaths(api)
    subprocess.run(
        [
            sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
            "--no-deps", "--no-build-isolation", "--target", str(tmp_path), str(paths.output()),
        ],
        check=True,
    )  # fmt: skip
    metadata = next(tmp_path.glob(f"{paths.package_name}-*.dist-info")) / "METADATA"
    requires = Parser().parsestr(metadata.read_text()).get_all("Requires-Dist") or []
    names = {re.split(r"[<>=!~ ;\[]", line, maxsplit=1)[0].lower() for line in requires}
    extra = {"execvision": {"msgspec"}}.get(api, set())  # the facade's fast decode of bulk endpoints
    assert names <= {"httpx", "attrs", "python-dateutil", "tzdata"} | extra, names
    assert {"httpx", "attrs", "python-dateutil"} <= names
    result = subprocess.run(
        [sys.executable, "-c", f"import {paths.package_name}, sys; print({paths.package_name}.__file__)"],
        env={"PYTHONPATH": str(tmp_path)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith(str(tmp_path))

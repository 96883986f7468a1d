"""Each built wheel installs alone into a fresh venv and imports; the mock's console script and
specs work from the installed copy (no repository on the path)."""

from __future__ import annotations

from pathlib import Path

import pytest

from specmodel import registry
from tests.packaging.conftest import Venv

CLIENTS = {entry.client.distribution: entry.client.package for entry in registry.apis()}


def test_make_dist_builds_the_mock_and_every_client(wheels: dict[str, Path]) -> None:
    assert set(wheels) == {"contract-kit-mock", *CLIENTS}


@pytest.mark.parametrize("distribution", sorted(CLIENTS))
def test_a_client_wheel_installs_alone_and_imports(
    wheels: dict[str, Path], fresh_venv: Venv, distribution: str
) -> None:
    fresh_venv.pip_install(str(wheels[distribution]))
    package = CLIENTS[distribution]
    out = fresh_venv.run(fresh_venv.python, "-c", f"import {package}, sys; print({package}.__file__)").stdout
    assert str(fresh_venv.path) in out  # the installed copy, not the repository's


def test_the_mock_wheel_installs_alone_and_serves_from_its_own_specs(wheels: dict[str, Path], fresh_venv: Venv) -> None:
    fresh_venv.pip_install(str(wheels["contract-kit-mock"]))
    script = """
import httpx, specmodel.registry as r
from mockserver.engine.app import create_app
from mockserver.engine.config import MockConfig
assert str(r.REGISTRY_FILE).startswith(r.PACKAGED_SPEC_DIR.as_posix()), r.REGISTRY_FILE
app = create_app(MockConfig(sizes={"ev_calls": 20}))
async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://x") as c:
        r = await c.get("/api/ev/2/users", auth=("ev-admin", "ev-admin-secret"))
        assert r.status_code == 200 and r.json(), r.text
        for page in ("execvision", "assets/swagger-ui-bundle.js", "assets/reference.js"):
            r = await c.get("/__mock__/docs/" + page)  # Swagger UI from the installed swagger-ui-bundle-v2
            assert r.status_code == 200 and r.content, (page, r.status_code)
import asyncio; asyncio.run(main()); print("served", sorted(api.name for api in app.apis))
"""
    out = fresh_venv.run(fresh_venv.python, "-c", script).stdout
    assert "served" in out and all(name in out for name in ("cresta", "execvision"))
    help_text = fresh_venv.run(str(fresh_venv.path / "bin" / "contract-kit-mock"), "--help").stdout
    assert "--seed" in help_text and "--strict" in help_text
    plugins = fresh_venv.run(
        fresh_venv.python,
        "-c",
        "import importlib.metadata as m; print([e.value for e in m.entry_points(group='pytest11')])",
    ).stdout
    assert "contract_kit_pytest.plugin" in plugins

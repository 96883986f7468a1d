"""Proof of generality: a third API from a fixture folder and its registry entry alone.

`tests/fixtures/widgets/` holds a small spec (a paged list and a get, HTTP Basic), the client's
policy folder (tool config, pyproject, package `__init__`) and a minimal mock plugin; its
`apis.yaml` is the registry entry, added through CONTRACT_KIT_APIS. Nothing else is edited:
the test runs generate -> import the generated client -> the facade's list and iter methods
against the mock serving it -> in-process contract fuzzing with every check.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

import fuzz.constraints  # noqa: F401  (registers the positive-case rules)
from generator.paths import ApiPaths
from generator.pipeline import generate
from mockserver.engine.app import create_app
from specmodel.registry import EXTRA_REGISTRIES_VAR
from tests.helpers.mock import SMALL_SIZES, make_config

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "widgets"
USER, PASSWORD = "w-user", "w-secret"
WIDGETS = 7

CLIENT_SCRIPT = textwrap.dedent(
    f"""
    import asyncio, httpx
    from starlette.testclient import TestClient
    from mockserver.engine.app import create_app
    from tests.helpers.mock import SMALL_SIZES, make_config
    import widgets_client
    from widgets_client import AsyncWidgets, Widgets

    app = create_app(make_config(sizes={{**SMALL_SIZES, "widgets": {WIDGETS}}}))
    base = "http://testserver/widgets/1"
    with TestClient(app) as http, Widgets("{USER}", "{PASSWORD}", base_url=base, http_client=http) as w:
        page = w.list_widgets(page_size=3)
        assert [x.id for x in page.widgets] == ["w1", "w2", "w3"] and page.next_page_token == "w3", page
        every = [x.id for x in w.iter_widgets(page_size=2)]
        assert every == [f"w{{n}}" for n in range(1, {WIDGETS} + 1)], every
        assert w.get_widget("w5").name == "widget 5 of seed 7"
        try:
            w.get_widget("w99")
        except widgets_client.NotFoundError:
            pass
        else:
            raise AssertionError("w99 exists")

    async def main():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport) as http:
            async with AsyncWidgets("{USER}", "{PASSWORD}", base_url=base, http_client=http) as w:
                every = [x.id async for x in w.iter_widgets(page_size=3)]
                assert every == [f"w{{n}}" for n in range(1, {WIDGETS} + 1)], every

    asyncio.run(main())
    print("facades ok")
    """
)


@pytest.fixture
def third_api(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(EXTRA_REGISTRIES_VAR, str(FIXTURE / "apis.yaml"))


@pytest.mark.slow
def test_generate_then_use_the_generated_facades_against_the_mock(third_api: None, tmp_path: Path) -> None:
    before = sorted(p.relative_to(ROOT) for p in (ROOT / "overrides").rglob("*") if "__pycache__" not in p.parts)
    target = generate(ApiPaths("widgets"), tmp_path)
    package = target / "widgets_client"
    assert {"_client.py", "_spec_rules.py", "_core", "_token_paging.py"} <= {p.name for p in package.iterdir()}
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), str(ROOT)])}
    run = subprocess.run([sys.executable, "-c", CLIENT_SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0 and "facades ok" in run.stdout, run.stdout + run.stderr
    after = sorted(p.relative_to(ROOT) for p in (ROOT / "overrides").rglob("*") if "__pycache__" not in p.parts)
    assert after == before, "generating the third API touched overrides/"
    assert not (ROOT / "generated" / "widgets-client").exists()


def test_contract_fuzzing_of_the_third_api_in_process(third_api: None) -> None:
    app = create_app(make_config(sizes={**SMALL_SIZES, "widgets": WIDGETS}))
    config = schemathesis.Config.from_dict({"seed": 1, "checks": {"enabled": True}})
    schema = schemathesis.openapi.from_path(FIXTURE / "widgets.yaml", config=config)
    schema.app = app

    @schema.auth()
    class Basic:
        def get(self, case: Any, context: Any) -> tuple[str, str]:
            return (USER, PASSWORD)

        def set(self, case: Any, data: tuple[str, str], context: Any) -> None:
            import base64

            token = base64.b64encode(f"{data[0]}:{data[1]}".encode()).decode()
            case.headers = {**(case.headers or {}), "Authorization": f"Basic {token}"}

    operations = [result.ok() for result in schema.get_all_operations()]
    assert sorted(op.definition.raw["operationId"] for op in operations) == ["getWidget", "listWidgets"]
    ran = 0
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            nonlocal ran
            ran += 1
            case.call_and_validate()

        check()
    assert ran >= 40

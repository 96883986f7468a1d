"""The engine serves any registered API through its plugin, and knows no vendor itself."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from mockserver.engine.app import create_app
from specmodel.registry import EXTRA_REGISTRIES_VAR
from tests.helpers.mock import make_config

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "widgets" / "apis.yaml"
VENDORS = ROOT / "mockserver" / "vendors"


def test_a_third_api_from_a_plugin_outside_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(EXTRA_REGISTRIES_VAR, str(FIXTURE))
    mock = create_app(make_config(sizes={"widgets": 4}))
    with TestClient(mock) as client:
        listed = client.get("/widgets/1/widgets?pageSize=2", auth=("w-user", "w-secret"))
        assert listed.status_code == 200 and [w["id"] for w in listed.json()["widgets"]] == ["w1", "w2"]
        last = client.get("/widgets/1/widgets", params={"pageToken": "w3"}, auth=("w-user", "w-secret")).json()
        assert last == {"widgets": [{"id": "w4", "name": "widget 4 of seed 7"}]}
        assert client.get("/widgets/1/widgets/w4", auth=("w-user", "w-secret")).json()["name"] == "widget 4 of seed 7"
        missing = client.get("/widgets/1/widgets/w9", auth=("w-user", "w-secret"))
        assert missing.status_code == 404 and missing.json()["error"] == "not_found"
        assert client.get("/widgets/1/widgets", auth=("w-user", "nope")).status_code == 401
        assert client.get("/widgets/1/nothing").json()["error"] == "not_found"  # the API's shape
        assert client.get("/__mock__/state").json()["sizes"]["widgets"] == 4


def _code_files() -> list[Path]:
    return [p for p in sorted((ROOT / "mockserver").rglob("*.py")) if VENDORS not in p.parents]


def test_the_engine_names_no_vendor() -> None:
    vendor_words = re.compile(r"cresta|execvision|\bev_", re.IGNORECASE)
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in _code_files()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if vendor_words.search(line)
    ]
    assert not found, found


def test_the_engine_does_not_import_the_vendor_plugins() -> None:
    imports = []
    for path in _code_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("mockserver.vendors"):
                imports.append(f"{path.relative_to(ROOT)} imports {node.module}")
    assert not imports, imports

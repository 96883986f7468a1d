"""The two strictness levels: `x-assumed` marks, the docs-only view, and the mock in either mode."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from mockserver.engine.app import create_app
from mockserver.engine.context import Principal, RequestContext
from mockserver.engine.store import MemoryStore
from specmodel.registry import EXTRA_REGISTRIES_VAR
from specmodel.strictness import assumed_rules, assumptions, docs_only
from tests.helpers.mock import NOW, make_config

WIDGETS = Path(__file__).resolve().parents[1] / "fixtures" / "widgets"

DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "x-assumed": {"start-before-end": "no order rule in the docs", "x": "y"},
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "required": True,
                        "x-assumed": "the docs call it optional",
                        "schema": {"type": "integer", "minimum": 0, "maximum": 9, "x-assumed": {"maximum": "why"}},
                    },
                    {"name": "q", "in": "query", "schema": {"type": "string", "pattern": "^[a-z]*$"}},
                ],
                "responses": {"504": {"description": "timeout", "x-assumed": "the status is not documented"}},
            }
        }
    },
    "components": {
        "schemas": {
            "Window": {
                "type": "object",
                "properties": {"start": {"type": "string"}, "end": {"type": "string"}},
                "dependentRequired": {"start": ["end"]},
                "required": ["start"],
                "x-assumed": "the docs require neither field",
            }
        }
    },
}


def test_docs_only_drops_assumed_keywords_and_keeps_the_rest() -> None:
    view = docs_only(DOC)
    params = view["paths"]["/things"]["get"]["parameters"]
    assert params[0]["required"] is False  # a parameter's whole rule set was assumed
    assert params[0]["schema"] == {"type": "integer", "minimum": 0, "x-assumed": {"maximum": "why"}}
    assert params[1]["schema"]["pattern"] == "^[a-z]*$"  # documented: kept
    window = view["components"]["schemas"]["Window"]
    assert "dependentRequired" not in window and "required" not in window
    assert window["properties"] == DOC["components"]["schemas"]["Window"]["properties"]
    assert DOC["paths"]["/things"]["get"]["parameters"][0]["required"] is True  # the input is untouched


def test_assumptions_list_every_mark_with_its_part() -> None:
    found = {(a.where, a.part) for a in assumptions(DOC)}
    op = "#/paths/~1things/get"
    assert found == {
        (op, "start-before-end"),
        (op, "x"),
        (f"{op}/parameters/0", None),
        (f"{op}/parameters/0/schema", "maximum"),
        (f"{op}/responses/504", None),
        ("#/components/schemas/Window", None),
    }
    assert assumed_rules(DOC["paths"]["/things"]["get"]) == {"start-before-end": "no order rule in the docs", "x": "y"}


def test_a_rule_not_declared_in_the_spec_is_a_bug() -> None:
    ctx = RequestContext(
        operation_id="listThings",
        api="t",
        path_params={},
        query={},
        body=None,
        headers={},
        principal=Principal(api="t", subject="s"),
        store=MemoryStore(),
        now=lambda: NOW,
        extensions={},
        secret=b"test",
        assumed_rules={"known": "why"},
        enforce_assumed=False,
    )
    assert ctx.enforces("known") is False
    with pytest.raises(KeyError, match="not a rule"):
        ctx.enforces("unknown")


@pytest.fixture
def widgets(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(EXTRA_REGISTRIES_VAR, str(WIDGETS / "apis.yaml"))
    yield


async def _get(app: Any, params: dict[str, Any]) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock", auth=("w-user", "w-secret")) as http:
        return await http.get("/widgets/1/widgets", params=params)


@pytest.mark.parametrize("strictness", ["assumed", "docs"])
async def test_the_mock_enforces_assumed_rules_only_by_default(widgets: None, strictness: str) -> None:
    app = create_app(make_config(strictness=strictness))
    over_assumed_max = await _get(app, {"pageSize": 60})
    unknown_token = await _get(app, {"pageToken": "nope"})
    below_documented_min = await _get(app, {"pageSize": 0})
    assert below_documented_min.status_code == 400  # documented: enforced in both modes
    if strictness == "assumed":
        assert over_assumed_max.status_code == 400, over_assumed_max.text
        assert unknown_token.status_code == 400, unknown_token.text
    else:
        assert over_assumed_max.status_code == 200, over_assumed_max.text
        assert len(over_assumed_max.json()["widgets"]) == 3
        assert unknown_token.status_code == 200, unknown_token.text
        assert [w["id"] for w in unknown_token.json()["widgets"]] == ["w1", "w2", "w3"]

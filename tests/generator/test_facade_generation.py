"""The SDK surface is generated: a new operation in the spec gives its facade methods with no
hand-written SDK code, and the policy table is checked."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

import specmodel
from generator import facades, pipeline
from generator.paths import ApiPaths
from specmodel import load

ROOT = Path(__file__).resolve().parents[2]
HAND_WRITTEN_SURFACE = ("_client.py", "_spec_rules.py", "_coaching_async.py", "_calls_async.py")

EXERCISE = textwrap.dedent(
    """
    import asyncio, inspect, json
    import httpx
    from execvision_client import AsyncExecVision, ExecVision

    PAGE = [{"callId": "c-1", "listener": "u-1", "caller": "u-2", "date": "2026-11-01",
             "modified": "2026-11-01T10:00:00Z", "timeListened": 12.5}]
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json=PAGE if len(seen) == 1 else [])

    base = "http://ev.test/api/ev/2"
    http = httpx.Client(transport=httpx.MockTransport(handler), base_url=base)
    with ExecVision("u", "p", base_url=base, rate_limiter=None, http_client=http) as ev:
        items = list(ev.iter_widget_listens("2026-11-01T00:00Z", page_size=1))
    print(json.dumps({
        "sync": {name: str(inspect.signature(getattr(ExecVision, name))) for name in
                 ("list_widget_listens", "iter_widget_listens")},
        "async_list": inspect.iscoroutinefunction(AsyncExecVision.list_widget_listens),
        "async_iter": str(inspect.signature(AsyncExecVision.iter_widget_listens)),
        "items": [item.call_id for item in items],
        "urls": seen,
    }))
    """
)


@dataclass(frozen=True)
class TempSpecPaths(ApiPaths):
    """The execvision inputs with the spec replaced by a temporary copy."""

    spec_file: Path = Path()

    @property
    def spec(self) -> Path:
        return self.spec_file


def _with_new_paged_operation(target: Path) -> None:
    """spec/execvision.yaml plus `GET /widget_listens` (listWidgetListens), paged by `since`."""
    doc = copy.deepcopy(specmodel.load(ROOT / "spec" / "execvision.yaml"))
    operation = copy.deepcopy(doc["paths"]["/listens"]["get"])
    operation.update(operationId="listWidgetListens", summary="List widget listens")
    operation["description"] = "Listens of the widgets, modified at or after `since`."
    # paged on a date-time, so that one full page can advance `since` (listens page on `date`)
    operation["x-pagination"] = {**operation["x-pagination"], "sinceField": "modified"}
    for response in operation["responses"].values():
        response.pop("links", None)
    doc["paths"]["/widget_listens"] = {"get": operation}
    target.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")


@pytest.mark.slow
def test_a_new_paged_operation_gets_list_and_iter_on_both_facades(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "inputs_sha256", lambda paths: "not-stamped")  # the spec is outside the repo
    spec = tmp_path / "execvision.yaml"
    _with_new_paged_operation(spec)
    before = {p: p.read_bytes() for p in sorted((ROOT / "overrides").rglob("*")) if p.is_file()}
    (tmp_path / "out").mkdir()
    dist = pipeline.build(TempSpecPaths("execvision", spec), tmp_path / "out")
    assert before == {p: p.read_bytes() for p in sorted((ROOT / "overrides").rglob("*")) if p.is_file()}
    result = subprocess.run(
        [sys.executable, "-c", EXERCISE],
        env={"PYTHONPATH": str(dist), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["sync"] == {
        "list_widget_listens": "(self, since: 'Since', *, limit: 'int' = 100, **options: 'Unpack[RequestOptions]')"
        " -> 'list[Listen]'",
        "iter_widget_listens": "(self, since: 'Since', *, page_size: 'int' = 1000, **options: 'Unpack[RequestOptions]')"
        " -> 'Iterator[Listen]'",
    }
    assert found["async_list"] is True
    assert found["async_iter"].endswith("-> 'AsyncIterator[Listen]'")
    assert found["items"] == ["c-1"]  # a full page of one, then an empty page: iteration stops
    assert [url.split("?")[0] for url in found["urls"]] == ["http://ev.test/api/ev/2/widget_listens"] * 2
    assert "since=2026-11-01T00%3A00Z" in found["urls"][0] and "limit=1" in found["urls"][0]
    assert "since=2026-11-01T10%3A00" in found["urls"][1]  # since moved to the last item's minute
    rules = (dist / "execvision_client" / "_spec_rules.py").read_text(encoding="utf-8")
    assert '"listWidgetListens"' in rules  # retried (a GET) and its x-pagination embedded


@pytest.mark.parametrize("api", ["cresta", "execvision"])
def test_the_surface_is_not_hand_written(api: str) -> None:
    package = ROOT / "overrides" / api / "package"
    assert not [name for name in HAND_WRITTEN_SURFACE if (package / name).exists()]
    generated = ROOT / "generated" / f"{api}-client" / f"{api}_client"
    for name in ("_client.py", "_spec_rules.py"):
        assert "Written by the generator" in (generated / name).read_text(encoding="utf-8")


def _policy(tmp_path: Path, text: str) -> Path:
    (tmp_path / "facade.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_the_policy_table_rejects_an_unknown_operation(tmp_path: Path) -> None:
    overrides = _policy(tmp_path, "operations:\n  listCals:\n    idempotent: true\n")
    with pytest.raises(facades.PolicyError, match="no such operation in the spec: listCals"):
        facades.load_policy(overrides, {"listCalls"})


def test_the_policy_table_rejects_an_unknown_key(tmp_path: Path) -> None:
    overrides = _policy(tmp_path, "operations:\n  listCalls:\n    idempotant: true\n")
    with pytest.raises(facades.PolicyError, match="idempotant"):
        facades.load_policy(overrides, {"listCalls"})


@pytest.mark.parametrize("api", ["cresta", "execvision"])
def test_every_policy_entry_names_an_operation_of_the_spec(api: str) -> None:
    doc = load(ROOT / "spec" / f"{api}.yaml")
    ids = {op["operationId"] for item in doc["paths"].values() for op in item.values() if isinstance(op, dict)}
    policy = facades.load_policy(ROOT / "overrides" / api, ids)
    assert set(policy.operations) <= ids

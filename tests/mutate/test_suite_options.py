"""What the harness adds to the suites: CONTRACT_OPERATIONS and the failure recorder of the
in-process suite, the check names of schemathesis failures, and `python -m fuzz --operation`."""

from __future__ import annotations

from pathlib import Path

import pytest
from schemathesis.core.failures import FailureGroup, ServerError
from schemathesis.openapi.checks import UseAfterFree

from fuzz import summary
from fuzz.__main__ import STATELESS_PHASES, check_operations, command, linked, parser
from fuzz.apis import apis, write_operation_ids
from fuzz.settings import SettingsError
from tests.contract import support
from tests.contract.conftest import failure_records

APIS = apis()


def test_contract_operations_selects_the_operations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(support.OPERATIONS_VAR, raising=False)
    assert support.selected_operations() is None
    monkeypatch.setenv(support.OPERATIONS_VAR, " listTeams, getCall ,")
    assert support.selected_operations() == {"listTeams", "getCall"}
    schema = support.load_schema(APIS["execvision"], support.make_app())
    chosen = support.selected(schema)
    labels = {result.ok().label for result in chosen.get_all_operations()}
    assert labels == {"GET /teams", "GET /call/{id}"}
    assert len(support.schema_operation_ids(schema)) == len(list(schema.get_all_operations())) > 2


def test_failures_are_recorded_by_check() -> None:
    group = FailureGroup(
        [
            ServerError(operation="GET /teams", status_code=500),
            UseAfterFree(operation="GET /call/{id}", message="still there", free="DELETE", usage="GET"),
        ]
    )
    nested = BaseExceptionGroup("hypothesis found two", [group, AssertionError("never followed the links\nmore")])
    records = list(failure_records(nested))
    assert [r["check"] for r in records] == ["not_a_server_error", "use_after_free", "(AssertionError)"]
    assert records[0]["operation"] == "GET /teams"
    assert records[2]["title"] == "never followed the links"


def test_check_names() -> None:
    assert summary.check_name("ST101", "Server error") == "not_a_server_error"
    assert summary.check_name("ST103", "Undocumented status code") == "status_code_conformance"
    assert summary.check_name("ST901", "[paging_complete] a page lost an item") == "paging_complete"
    assert summary.check_name("ST999", "Something new") == "ST999 Something new"


def test_the_json_report_names_the_failed_checks(tmp_path: Path) -> None:
    (tmp_path / "r.json").write_text(
        '{"complete": true, "exit_code": 1, "failures": [{"code": "ST401", "title": "Authentication not enforced",'
        ' "operations": ["GET /check"]}, {"code": "ST901", "title": "[tenancy] 200 for another customer",'
        ' "operations": ["GET /x"]}]}',
        encoding="utf-8",
    )
    result = summary.read(tmp_path / "r.json", tmp_path / "missing.xml")
    assert [(f.check, f.operations) for f in result.failures] == [
        ("ignored_auth", ["GET /check"]),
        ("tenancy", ["GET /x"]),
    ]


def args(*extra: str) -> object:
    return parser().parse_args(["--api", "execvision", "--url", "http://h", *extra])


def test_operation_restricts_the_live_run(tmp_path: Path) -> None:
    api = APIS["execvision"]
    skipped = write_operation_ids(api)
    linked_run = args("--operation", "listCalls", "--operation", "getCall")
    cmd = command(linked_run, api, "http://h/api/ev/2", skipped, tmp_path / "j.xml", tmp_path / "r.json")
    included = [cmd[i + 1] for i, arg in enumerate(cmd) if arg == "--include-operation-id"]
    assert included == ["listCalls", "getCall"] and "--phases" not in cmd  # calls -> call is a link
    alone = command(args("--operation", "listTeams"), api, "http://h", skipped, tmp_path / "j", tmp_path / "r")
    assert alone[alone.index("--phases") + 1] == STATELESS_PHASES  # a stateful phase without links fails
    chosen = command(args("--operation", "listTeams", "--phases", "stateful"), api, "http://h", [], tmp_path, tmp_path)
    assert chosen[chosen.index("--phases") + 1] == "stateful"
    assert "--include-operation-id" not in command(args(), api, "http://h", skipped, tmp_path, tmp_path)


def test_links_between_operations() -> None:
    api = APIS["execvision"]
    assert linked(api, {"listCalls", "getCall"}) and linked(api, {"listScores", "getScorecard"})
    assert not linked(api, {"listCalls", "listTeams"}) and not linked(api, {"getCall"})


def test_operation_must_be_known_and_readable() -> None:
    api = APIS["execvision"]
    skipped = write_operation_ids(api)
    check_operations(args("--operation", "getCall"), api, skipped)
    check_operations(args("--operation", "getCall", "--operation", "deleteCall"), api, skipped)
    with pytest.raises(SettingsError, match="no operation listGizmos"):
        check_operations(args("--operation", "listGizmos"), api, skipped)
    with pytest.raises(SettingsError, match="ALLOW_WRITES=1"):
        check_operations(args("--operation", "deleteCall"), api, skipped)
    check_operations(args("--operation", "deleteCall"), api, [])

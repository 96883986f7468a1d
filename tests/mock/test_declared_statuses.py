"""The statuses the mock answers beyond the contract suite's reach are declared on every operation.

The specs have no catch-all `default` response, so an answer with an undeclared status is a
strict-mode violation (a loud 500) and fails schemathesis' status_code_conformance. The
contract suite sends no oversized or non-JSON bodies and injects no faults; these tests do,
through a strict mock, on every operation of both specs:
- 413 and 415 on every operation that takes a request body;
- the fault injector's default statuses (500, 502, 503) on every operation, checked by strict mode;
- an injected status the operation does not declare (ExecVision queues, so 429 is not one of
  its statuses) is the tester's choice: it passes through strict mode unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from starlette.testclient import TestClient

import specmodel
from mockserver.engine.app import create_app
from mockserver.engine.config import FaultConfig
from specmodel.refs import resolve
from tests.helpers.mock import EV_ADMIN, make_config

APIS = ("cresta", "execvision")
OPERATIONS = [(api, op) for api in APIS for op in specmodel.operations(specmodel.get(api).doc)]
BODY_OPERATIONS = [(api, op) for api, op in OPERATIONS if "requestBody" in op.node]
MAX_BODY = 256  # bytes: a small limit, so the 413 body is small too


def _id(item: tuple[str, specmodel.Operation]) -> str:
    return str(item[1].node["operationId"])


def url(api: str, op: specmodel.Operation) -> str:
    """The operation's URL, each path parameter set to the spec's example (seeded data)."""
    doc = specmodel.get(api).doc
    examples = {p["name"]: p.get("example") for p in (resolve(doc, p) for p in op.node.get("parameters", []))}
    return specmodel.get(api).base_path + re.sub(r"\{(\w+)\}", lambda m: str(examples[m.group(1)]), op.path)


@dataclass
class Mock:
    """A strict mock with a small body limit, and how to call an operation on it as its admin."""

    http: TestClient
    token: str

    def send(self, api: str, op: specmodel.Operation, **kwargs: Any) -> Any:
        headers = kwargs.pop("headers", {})
        if api == "cresta":
            return self.http.request(
                op.method, url(api, op), headers={"Authorization": f"Bearer {self.token}", **headers}, **kwargs
            )
        return self.http.request(op.method, url(api, op), headers=headers, auth=EV_ADMIN, **kwargs)


@pytest.fixture(scope="module")
def mock() -> Iterator[Mock]:
    app = create_app(make_config(max_body_bytes=MAX_BODY))
    with TestClient(app, base_url="http://testserver") as http:
        yield Mock(http, app.issue_token("acme-client"))


def declared(op: specmodel.Operation) -> set[str]:
    return set(op.node["responses"])


def test_no_operation_has_a_catch_all_response() -> None:
    catch_alls = [(_id(item), code) for item in OPERATIONS for code in declared(item[1]) if not code.isdigit()]
    assert catch_alls == []
    assert len(OPERATIONS) == 31 and len(BODY_OPERATIONS) == 5


@pytest.mark.parametrize("item", BODY_OPERATIONS, ids=_id)
def test_a_non_json_body_is_a_declared_415(mock: Mock, item: tuple[str, specmodel.Operation]) -> None:
    api, op = item
    assert "415" in declared(op)
    r = mock.send(api, op, content=b"a=1", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 415, r.text  # strict mode turns an undeclared status into a 500
    assert r.json()["code"] == 3


@pytest.mark.parametrize("item", BODY_OPERATIONS, ids=_id)
def test_an_oversized_body_is_a_declared_413(mock: Mock, item: tuple[str, specmodel.Operation]) -> None:
    api, op = item
    assert "413" in declared(op)
    r = mock.send(api, op, content=b'{"x": "' + b"a" * MAX_BODY + b'"}', headers={"Content-Type": "application/json"})
    assert r.status_code == 413, r.text
    assert r.json()["code"] == 3


@pytest.mark.parametrize("item", OPERATIONS, ids=_id)
def test_the_default_injected_faults_are_declared_and_conform(
    mock: Mock, item: tuple[str, specmodel.Operation]
) -> None:
    api, op = item
    statuses = FaultConfig().statuses
    assert {str(s) for s in statuses} <= declared(op)
    for status in statuses:
        r = mock.send(api, op, headers={"X-Mock-Fault": f"status={status}"})
        # strict mode checks a declared injected status: a body off the spec would be a 500 report
        assert r.status_code == status and "strict mode" not in r.text, r.text


def test_an_injected_status_the_vendor_would_not_send_passes_strict_mode(mock: Mock) -> None:
    api, op = next(item for item in OPERATIONS if _id(item) == "listUsers")
    assert "429" not in declared(op)  # ExecVision queues over-limit requests: no 429
    r = mock.send(api, op, headers={"X-Mock-Fault": "status=429;retry-after=1"})
    assert r.status_code == 429 and r.headers["retry-after"] == "1"
    assert r.json() == {"error": "too_many_requests", "message": "injected fault: HTTP 429"}

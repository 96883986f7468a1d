"""The checks bite: a mock with one deliberate bug fails the matching schemathesis check.

Each test breaks a fresh in-process mock in one way and runs schemathesis' engine (all phases,
a small budget) over the operations concerned; the expected check must report a failure. This
guards against a suite that passes because a check silently stopped running.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from schemathesis.engine import events, from_schema

from fuzz.auth import basic_provider
from mockserver.engine.app import MockApp
from mockserver.engine.context import Principal, Reply, RequestContext
from tests.contract.execvision_links import CHAIN as CALLS
from tests.contract.execvision_links import chain_schema
from tests.contract.support import EV_ADMIN, api, load_schema, make_app

EXECVISION = api("execvision")


def failing_checks(app: Any, mock: MockApp, operation_ids: set[str], examples: int = 5) -> set[str]:
    budget = {"generation": {"max-examples": examples}, "phases": {"stateful": {"max-steps": 8}}}
    # the calls chain with its delete links, which the published spec leaves out
    if operation_ids == CALLS:
        schema = chain_schema(mock, **budget)
    else:
        schema = load_schema(EXECVISION, mock, operation_ids, **budget)
    schema.app = app
    schema.auth()(basic_provider(*EV_ADMIN))
    failed, errors = set(), []
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            for checks in event.recorder.checks.values():
                failed.update(check.name for check in checks if check.failure_info is not None)
        elif isinstance(event, events.NonFatalError):
            errors.append(event.info)
    assert not errors, errors
    return failed


def replace_handler(mock: MockApp, operation_id: str, handler: Callable[[RequestContext], Any]) -> None:
    for endpoint in mock.endpoints.values():
        if endpoint.op.operation_id == operation_id:
            endpoint.handler = handler


def test_a_server_that_ignores_credentials_fails_ignored_auth() -> None:
    mock = make_app()
    mock.auth.authenticate = lambda op, headers: Principal(api="execvision", subject="anyone", can_delete=True)
    assert "ignored_auth" in failing_checks(mock, mock, {"listUsers"})


def test_a_405_without_allow_fails_unsupported_method() -> None:
    mock = make_app()

    async def without_allow(scope: Any, receive: Any, send: Any) -> None:
        async def strip(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [(k, v) for k, v in message["headers"] if k.lower() != b"allow"]
            await send(message)

        await mock(scope, receive, strip)

    assert "unsupported_method" in failing_checks(without_allow, mock, {"listUsers"})


def test_a_delete_that_keeps_the_call_fails_use_after_free() -> None:
    mock = make_app()
    replace_handler(mock, "deleteCall", lambda ctx: Reply(body=None, status=200))
    assert "use_after_free" in failing_checks(mock, mock, CALLS, examples=20)


def test_a_response_off_the_schema_fails_response_schema_conformance() -> None:
    mock = make_app(strict=False)  # strict mode would turn the bad answer into a 500 itself
    replace_handler(mock, "listTeams", lambda ctx: [{"teamId": "not a number", "name": 7}])
    assert "response_schema_conformance" in failing_checks(mock, mock, {"listTeams"})

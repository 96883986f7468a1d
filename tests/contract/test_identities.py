"""Auth and identities: the Cresta token is refreshed before it expires, a second tenant is
refused on every Cresta operation, and an ExecVision reader may not delete calls.

These drive schemathesis-generated positive cases through the same auth providers as the
main suite, and assert the status the identity must get.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from schemathesis import Case

from fuzz.apis import operations
from fuzz.auth import TokenSource, basic_provider, bearer_provider
from tests.contract.support import (
    CRESTA_ADMIN,
    CRESTA_GLOBEX,
    EV_READER,
    TOKEN_URL,
    api,
    client_for,
    load_schema,
    make_app,
)

CRESTA = api("cresta")
EXECVISION = api("execvision")
POSITIVE_FUZZING = {
    "generation": {"mode": "positive"},
    "phases": {"examples": {"enabled": False}, "coverage": {"enabled": False}, "stateful": {"enabled": False}},
}


def run_cases(strategy: Any, check: Callable[[Case], None], examples: int) -> None:
    @given(case=strategy)
    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def run(case: Case) -> None:
        check(case)

    run()


def test_cresta_token_is_fetched_again_before_it_expires() -> None:
    app = make_app(token_ttl=30.0)  # make_config's ManualClock: time moves only when told to
    tokens = TokenSource(client_for(app), TOKEN_URL, *CRESTA_ADMIN, clock=lambda: app.clock().timestamp())
    schema = load_schema(CRESTA, app, {"getConversation"}, **POSITIVE_FUZZING)
    schema.auth(refresh_interval=None)(bearer_provider(tokens))
    operation = schema.find_operation_by_id("getConversation")

    def check(case: Case) -> None:
        response = case.call()
        assert response.status_code != 401, response.text
        case.validate_response(response)
        app.clock.advance(10.0)  # three cases per token lifetime (auth is set as a case is drawn)

    run_cases(operation.as_strategy(), check, examples=30)
    assert tokens.fetches >= 10, f"only {tokens.fetches} tokens for 300 s of 30 s tokens"
    old = tokens.token()
    app.clock.advance(31.0)  # an expired token is refused, and the source has a new one
    url = "/v1/customers/acme/profiles/default/conversations/conv-1"
    assert client_for(app).get(url, headers={"Authorization": f"Bearer {old}"}).status_code == 401
    assert tokens.token() != old
    assert client_for(app).get(url, headers={"Authorization": f"Bearer {tokens.token()}"}).status_code == 200


def test_cresta_other_tenant_is_refused_on_every_operation() -> None:
    app = make_app()
    tokens = TokenSource(client_for(app), TOKEN_URL, *CRESTA_GLOBEX)
    schema = load_schema(CRESTA, app, **POSITIVE_FUZZING)
    schema.auth(refresh_interval=None)(bearer_provider(tokens))
    seen = set()

    def check(case: Case) -> None:
        response = case.call()
        assert response.status_code == 403, f"{case.operation.label}: {response.status_code} {response.text}"
        assert response.json()["code"] == 7  # PERMISSION_DENIED
        case.validate_response(response)
        seen.add(case.operation.label)

    for _, _, op in operations(CRESTA):
        operation = schema.find_operation_by_id(op["operationId"])
        acme = {"customerId": "acme", "profileId": "default"}
        run_cases(operation.as_strategy(path_parameters=acme), check, examples=10)
    assert len(seen) == len(operations(CRESTA)) == 10


def test_execvision_reader_may_not_delete_calls() -> None:
    app = make_app()
    schema = load_schema(EXECVISION, app, {"deleteCall", "getCall"}, **POSITIVE_FUZZING)
    schema.auth()(basic_provider(*EV_READER))
    known = "a987a7b3-74e9-421e-8c96-2fdcfbda1c8b"

    def check(case: Case) -> None:
        response = case.call()
        assert response.status_code == 403, response.text
        case.validate_response(response)

    delete = schema.find_operation_by_id("deleteCall")
    run_cases(delete.as_strategy(), check, examples=20)
    run_cases(delete.as_strategy(path_parameters={"id": known}), check, examples=3)
    reads = client_for(app).get(f"/api/ev/2/call/{known}", auth=EV_READER)
    assert reads.status_code == 200  # the reader still reads, and nothing was deleted

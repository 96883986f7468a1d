"""The semantic checks bite: each miss the issue (#13) lists is caught by a registered check.

Each test breaks a fresh in-process mock in one realistic way and runs schemathesis' engine (all
phases, a small budget) over the operations concerned, with the registered checks of
`fuzz.checks`; the named check must report a failure. That the unbroken mock passes every check is proven by
the main suites (test_cresta.py, test_execvision.py), which run every registered check, tenancy
included, over every operation. The
budgets and verdicts of the probing checks are reset between runs (fuzz.checks.reset_budgets).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest
from schemathesis.engine import events, from_schema

from fuzz.auth import TokenSource, basic_provider, bearer_provider
from fuzz.checks import CHECKS, reset_budgets, use_second_identity
from mockserver.engine.app import MockApp
from mockserver.engine.context import ApiError, RequestContext
from mockserver.vendors.cresta import coaching
from tests.contract.support import (
    CRESTA_ADMIN,
    CRESTA_GLOBEX,
    EV_ADMIN,
    TOKEN_URL,
    api,
    client_for,
    load_schema,
    make_app,
)

CRESTA, EXECVISION = api("cresta"), api("execvision")
COMMENTS = "listCoachingComments"


@pytest.fixture(autouse=True)
def _fresh_budgets() -> Iterator[None]:
    reset_budgets()
    yield
    reset_budgets()


def failing_checks(
    api_name: str,
    mock: MockApp,
    operation_ids: set[str],
    app: Any = None,
    examples: int = 10,
    tenancy: bool = False,
    only: str | None = None,
) -> set[str]:
    """The names of the checks that failed on a run over `operation_ids` of `mock` (served by `app`);
    `only`: run this semantic check alone (a built-in check's name: no semantic check), since the
    others' probes cost time and prove nothing here."""
    spec = CRESTA if api_name == "cresta" else EXECVISION
    budget: dict[str, Any] = {"generation": {"max-examples": examples}, "phases": {"stateful": {"enabled": False}}}
    if only is not None:
        budget["checks"] = {name: {"enabled": False} for name in CHECKS if name != only}
    schema = load_schema(spec, mock, operation_ids, **budget)
    schema.app = app or mock
    if api_name == "cresta":
        client = client_for(mock)
        schema.auth(refresh_interval=None)(bearer_provider(TokenSource(client, TOKEN_URL, *CRESTA_ADMIN)))
        if tenancy:
            other = TokenSource(client, TOKEN_URL, *CRESTA_GLOBEX)
            use_second_identity(schema, lambda: f"Bearer {other.token()}")
    else:
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


def wrap_handler(mock: MockApp, operation_id: str, wrap: Callable[[Callable[[RequestContext], Any]], Any]) -> None:
    for endpoint in mock.endpoints.values():
        if endpoint.op.operation_id == operation_id:
            endpoint.handler = wrap(endpoint.handler)


def rewrite_query(mock: MockApp, fix: Callable[[list[tuple[str, str]]], list[tuple[str, str]]]) -> Any:
    """The mock behind a front that rewrites every query string (a server reading it wrongly)."""

    async def front(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            pairs = parse_qsl(scope["query_string"].decode(), keep_blank_values=True)
            scope = {**scope, "query_string": urlencode(fix(pairs)).encode()}
        await mock(scope, receive, send)

    return front


def test_a_list_that_skips_an_item_at_every_page_boundary_fails_paging_complete(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The issue's first miss: 16 comments came back as 11 when paged by 2."""
    original = coaching.paginate

    def skipping(items: Any, key: Any, request: Any) -> Any:
        page, token = original(items, key, request)
        return (page[:-1] if token else page), token  # the token still points past the dropped item

    monkeypatch.setattr(coaching, "paginate", skipping)
    assert "paging_complete" in failing_checks("cresta", make_app(), {COMMENTS}, only="paging_complete")


def test_a_list_that_ignores_its_thread_filter_fails_filters_honoured() -> None:
    mock = make_app()

    def ignoring(handler: Callable[[RequestContext], Any]) -> Any:
        def run(ctx: RequestContext) -> Any:
            return handler(dataclasses.replace(ctx, query={k: v for k, v in ctx.query.items() if k != "threadIds"}))

        return run

    wrap_handler(mock, COMMENTS, ignoring)
    assert "filters_honoured" in failing_checks("cresta", mock, {COMMENTS}, only="filters_honoured")


def test_a_search_that_crashes_on_a_field_with_two_dots_is_found_by_edge_shapes() -> None:
    """`metadata.a.b`: the fuzzer draws such names on purpose now (fuzz.edges)."""
    mock = make_app()

    def crashing(handler: Callable[[RequestContext], Any]) -> Any:
        def run(ctx: RequestContext) -> Any:
            if any(re.match(r"^metadata\.[^.]*\.", str(name)) for name in ctx.query.get("query") or {}):
                raise RuntimeError("field path with two dots")
            return handler(ctx)

        return run

    wrap_handler(mock, "searchCalls", crashing)
    assert "not_a_server_error" in failing_checks(
        "execvision", mock, {"searchCalls"}, examples=5, only="not_a_server_error"
    )


def test_a_limit_above_its_maximum_accepted_fails_bounds_enforced() -> None:
    """schemathesis excuses the coverage phase's limit=1001 when another query parameter is present."""
    mock = make_app()

    def clamp(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(k, "1000" if k == "limit" and v.isdigit() and int(v) > 1000 else v) for k, v in pairs]

    assert "bounds_enforced" in failing_checks(
        "execvision", mock, {"listCalls"}, app=rewrite_query(mock, clamp), only="bounds_enforced"
    )


def test_a_tenancy_leak_on_reads_fails_tenant_isolation() -> None:
    """globex reads acme's data on GETs: caught by a registered check, not a hand-written assertion."""
    mock = make_app()
    authorize = mock.auth.authorize

    def leaky(op: Any, principal: Any, path_params: Any) -> None:
        if op.method != "GET":
            authorize(op, principal, path_params)

    mock.auth.authorize = leaky  # type: ignore[method-assign]
    found = failing_checks("cresta", mock, {"getConversation", COMMENTS}, tenancy=True, only="tenant_isolation")
    assert "tenant_isolation" in found


def test_sampled_conversations_out_of_order_fail_documented_order() -> None:
    mock = make_app()

    def reversed_page(handler: Callable[[RequestContext], Any]) -> Any:
        def run(ctx: RequestContext) -> Any:
            body = handler(ctx)
            body["sampledConversations"] = body["sampledConversations"][::-1]
            return body

        return run

    wrap_handler(mock, "sampleConversations", reversed_page)
    assert "documented_order" in failing_checks("cresta", mock, {"sampleConversations"}, only="documented_order")


def test_a_list_that_disagrees_with_its_get_fails_list_get_consistent() -> None:
    mock = make_app()

    def stale(handler: Callable[[RequestContext], Any]) -> Any:
        def run(ctx: RequestContext) -> Any:
            body = handler(ctx)
            for item in body["sampledConversations"]:
                item["startTime"] = "2001-01-01T00:00:00Z"
            return body

        return run

    wrap_handler(mock, "sampleConversations", stale)
    found = failing_checks("cresta", mock, {"sampleConversations", "getConversation"}, only="list_get_consistent")
    assert "list_get_consistent" in found


def test_a_200_in_place_of_a_404_fails_on_the_required_resource() -> None:
    """With `default` responses gone and the resource required, an empty 200 is caught."""
    mock = make_app(strict=False)  # strict mode would turn the bad answer into a 500 itself

    def empty(handler: Callable[[RequestContext], Any]) -> Any:
        def run(ctx: RequestContext) -> Any:
            try:
                return handler(ctx)
            except Exception:  # noqa: BLE001 - the bug: every error becomes an empty success
                return {}

        return run

    wrap_handler(mock, "getConversation", empty)
    assert "response_schema_conformance" in failing_checks(
        "cresta", mock, {"getConversation"}, examples=40, only="response_schema_conformance"
    )


def test_an_undeclared_status_fails_status_code_conformance() -> None:
    mock = make_app(strict=False)

    def teapot(handler: Callable[[RequestContext], Any]) -> Any:
        def run(ctx: RequestContext) -> Any:
            raise ApiError(418, "I'm a teapot")

        return run

    wrap_handler(mock, "listTeams", teapot)
    assert "status_code_conformance" in failing_checks(
        "execvision", mock, {"listTeams"}, only="status_code_conformance"
    )

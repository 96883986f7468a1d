"""Cresta in-process contract tests: every operation, every check, all four phases.

Auth is the OAuth2 client-credentials flow against the mock's token endpoint. The stateful
phase follows the spec's links and must walk these chains:
- conversations: sample -> get -> delete -> get again (404);
- targets: update -> delete -> update again (404) (the spec has no create or get of a target);
- comments: create -> list the new comment's thread (the spec has no get or delete of one).
"""

from __future__ import annotations

from schemathesis import Case

from fuzz.auth import TokenSource, bearer_provider
from tests.contract.support import (
    CRESTA_ADMIN,
    TOKEN_URL,
    PhaseReset,
    api,
    client_for,
    fuzz_settings,
    load_schema,
    make_app,
    stateful_test,
)

API = api("cresta")
app = make_app()
schema = load_schema(API, app)
tokens = TokenSource(client_for(app), TOKEN_URL, *CRESTA_ADMIN)
schema.auth(refresh_interval=None)(bearer_provider(tokens))
reset = PhaseReset(app, API.name)
CHAINS = {
    "GetSampledConversation",
    "DeleteConversation",
    "GetDeletedConversation",
    "DeleteUpdatedTarget",
    "UpdateDeletedTarget",
    "ListCommentsOfThread",
}


@schema.parametrize()
@fuzz_settings()
def test_cresta(case: Case) -> None:
    reset(case)
    case.call_and_validate()


TestCrestaStateful = stateful_test(schema, reset, CHAINS)

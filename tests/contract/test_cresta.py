"""Cresta in-process contract tests: every operation, every check, all four phases.

Auth is the OAuth2 client-credentials flow against the mock's token endpoint. The published
spec links only reads (sample -> get); the links to destructive calls and those that exist to
demand a 404 (use-after-free) are added here, as an overlay of the spec (CONTRACT_LINKS). The
stateful phase follows them and must walk these chains:
- conversations: sample -> get -> delete -> get again (404);
- targets: update -> delete -> update again (404) (the spec has no create or get of a target);
- comments: create -> list the new comment's thread (the spec has no get or delete of one).
"""

from __future__ import annotations

import copy
from typing import Any

import schemathesis
from schemathesis import Case

from fuzz.auth import TokenSource, bearer_provider
from fuzz.checks import use_second_identity
from tests.contract.support import (
    CRESTA_ADMIN,
    CRESTA_GLOBEX,
    TOKEN_URL,
    PhaseReset,
    api,
    client_for,
    fuzz_settings,
    make_app,
    project_config,
    selected,
    stateful_test,
)

API = api("cresta")
CONVERSATION = {
    "customerId": "$request.path.customerId",
    "profileId": "$request.path.profileId",
    "conversationId": "$request.path.conversationId",
}
TARGET = {
    "customerId": "$request.path.customerId",
    "profileId": "$request.path.profileId",
    "targetId": "$request.path.targetId",
}
# (source operation, link name, target operation, parameters), all on the 200 response
CONTRACT_LINKS: list[tuple[str, str, str, dict[str, str]]] = [
    ("getConversation", "DeleteConversation", "deleteConversation", CONVERSATION),
    ("deleteConversation", "GetDeletedConversation", "getConversation", CONVERSATION),
    ("updateTarget", "DeleteUpdatedTarget", "deleteTarget", TARGET),
    ("deleteTarget", "UpdateDeletedTarget", "updateTarget", TARGET),
    (
        "createCoachingComment",
        "ListCommentsOfThread",
        "listCoachingComments",
        {
            "customerId": "$request.path.customerId",
            "profileId": "$request.path.profileId",
            # a one-item array on the wire (`threadIds=x`): the test, unlike the spec, may say so
            "query.threadIds": "$response.body#/coachingComment/thread",
            "query.usecaseNames": "$response.body#/coachingComment/usecaseName",
        },
    ),
]


def with_contract_links(doc: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    ops = {op["operationId"]: op for item in out["paths"].values() for op in item.values() if isinstance(op, dict)}
    for source, name, target, parameters in CONTRACT_LINKS:
        links = ops[source]["responses"]["200"].setdefault("links", {})
        links[name] = {"operationId": target, "parameters": parameters}
    return out


app = make_app()
schema = schemathesis.openapi.from_dict(with_contract_links(API.doc), config=project_config(API))
schema.app = app
tokens = TokenSource(client_for(app), TOKEN_URL, *CRESTA_ADMIN)
schema.auth(refresh_interval=None)(bearer_provider(tokens))
# tenancy: every successful read is replayed as another customer's client (fuzz.checks.tenancy)
globex = TokenSource(client_for(app), TOKEN_URL, *CRESTA_GLOBEX)
use_second_identity(schema, lambda: f"Bearer {globex.token()}")
reset = PhaseReset(app, API.name)
CHAINS = {
    "GetSampledConversation",
    "DeleteConversation",
    "GetDeletedConversation",
    "DeleteUpdatedTarget",
    "UpdateDeletedTarget",
    "ListCommentsOfThread",
}


@selected(schema).parametrize()
@fuzz_settings()
def test_cresta(case: Case) -> None:
    reset(case)
    case.call_and_validate()


TestCrestaStateful = stateful_test(schema, reset, CHAINS)

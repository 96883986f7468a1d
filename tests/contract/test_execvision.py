"""ExecVision in-process contract tests: every operation, every check, all four phases.

The stateful phase follows the spec's links, and the links added here: it must walk the calls
chain list calls -> get a call -> delete it -> get it again (404) (the spec has no create of a
call), and the links from scores and KPI observations to their scorecard and KPI definition.
The published spec carries no link to the DELETE (it would invite any stateful tool to delete
calls) and none that exists only to demand a 404, so the two links of the use-after-free chain
are an overlay of this test (CHAIN_LINKS).
"""

from __future__ import annotations

import copy
from typing import Any

import schemathesis
from schemathesis import Case

from fuzz.auth import basic_provider
from tests.contract.support import (
    EV_ADMIN,
    PhaseReset,
    api,
    fuzz_settings,
    load_schema,
    make_app,
    project_config,
    stateful_test,
)

API = api("execvision")
app = make_app()
schema = load_schema(API, app)
schema.auth()(basic_provider(*EV_ADMIN))
reset = PhaseReset(app, API.name)


@schema.parametrize()
@fuzz_settings()
def test_execvision(case: Case) -> None:
    reset(case)
    case.call_and_validate()


# The calls chain gets a machine of its own: next to the list endpoints without path parameters,
# schemathesis would not start scenarios at listCalls (it takes `last_id` for a reference to an
# unknown resource), and the chain list -> get -> delete -> get again would never begin.
CHAIN = {"listCalls", "getCall", "deleteCall", "getTranscript"}
CHAIN_LINKS: dict[tuple[str, str], dict[str, Any]] = {
    ("/call/{id}", "get"): {
        "DeleteThisCall": {
            "operationId": "deleteCall",
            "parameters": {"id": "$request.path.id"},
            "description": "Delete the call just fetched.",
        }
    },
    ("/call/{id}", "delete"): {
        "GetDeletedCall": {
            "operationId": "getCall",
            "parameters": {"id": "$request.path.id"},
            "description": "Look up the deleted call again; it must now give 404.",
        }
    },
}


def chain_schema() -> Any:
    """The calls operations of the spec, with the use-after-free links of CHAIN_LINKS added."""
    doc = copy.deepcopy(API.doc)
    doc["paths"] = {path: copy.deepcopy(doc["paths"][path]) for path in ("/calls", "/call/{id}")}
    for item in doc["paths"].values():
        for method in [m for m, op in item.items() if isinstance(op, dict) and op.get("operationId") not in CHAIN]:
            del item[method]
    doc["paths"]["/transcript/{id}"] = copy.deepcopy(API.doc["paths"]["/transcript/{id}"])
    for (path, method), links in CHAIN_LINKS.items():
        response = doc["paths"][path][method]["responses"]["200"]
        response["links"] = {**response.get("links", {}), **links}
    loaded = schemathesis.openapi.from_dict(doc, config=project_config(API))
    loaded.app = app
    return loaded


CALLS = chain_schema()
CALLS.auth()(basic_provider(*EV_ADMIN))
TestCallsStateful = stateful_test(CALLS, reset, {"GetCallById", "DeleteThisCall", "GetDeletedCall"})
TestExecVisionStateful = stateful_test(schema, reset, {"GetScorecardOfScore", "GetKpiOfObservation"})

"""ExecVision in-process contract tests: every operation, every check, all four phases.

The stateful phase follows the spec's links, and the links added here: it must walk the calls
chain list calls -> get a call -> delete it -> get it again (404) (the spec has no create of a
call), and the links from scores and KPI observations to their scorecard and KPI definition.
The published spec carries no link to the DELETE (it would invite any stateful tool to delete
calls) and none that exists only to demand a 404, so the two links of the use-after-free chain
are an overlay of the tests (tests/contract/execvision_links.py).
"""

from __future__ import annotations

from schemathesis import Case

from fuzz.auth import basic_provider
from tests.contract.execvision_links import chain_schema
from tests.contract.support import (
    EV_ADMIN,
    PhaseReset,
    api,
    fuzz_settings,
    load_schema,
    make_app,
    selected,
    stateful_test,
)

API = api("execvision")
app = make_app()
schema = load_schema(API, app)
schema.auth()(basic_provider(*EV_ADMIN))
reset = PhaseReset(app, API.name)


@selected(schema).parametrize()
@fuzz_settings()
def test_execvision(case: Case) -> None:
    reset(case)
    case.call_and_validate()


# The calls chain gets a machine of its own: next to the list endpoints without path parameters,
# schemathesis would not start scenarios at listCalls (it takes `last_id` for a reference to an
# unknown resource), and the chain list -> get -> delete -> get again would never begin.
CALLS = chain_schema(app)
CALLS.auth()(basic_provider(*EV_ADMIN))
TestCallsStateful = stateful_test(CALLS, reset, {"GetCallById", "DeleteThisCall", "GetDeletedCall"})
TestExecVisionStateful = stateful_test(schema, reset, {"GetScorecardOfScore", "GetKpiOfObservation"})

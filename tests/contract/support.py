"""Shared pieces of the in-process contract suite: the mock app, schemas, budget, counters.

The budget comes from `FUZZ_PROFILE`: `ci` (default, part of `make test`), `deep`
(`make fuzz-deep`, at least 10,000 generated cases per API) or `mutate` (`make mutate`: a
small budget per mutant). `CONTRACT_OPERATIONS=<opId,opId>` restricts the parametrized tests
to those operations and runs a stateful test only if its machine has one of them
(`make mutate` runs the suite of the operations a mutant touches).
"""

from __future__ import annotations

import copy
import hashlib
import os
import tomllib
import warnings
from collections import Counter
from dataclasses import dataclass
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.core import NotSet

import fuzz.checks  # noqa: F401  (registers the semantic checks)
import fuzz.constraints  # noqa: F401  (registers the positive-case rules)
import fuzz.edges  # noqa: F401  (registers the edge-shape strategies)
import specmodel
from fuzz.apis import ROOT
from mockserver.engine.app import MockApp, create_app
from specmodel import HTTP_METHODS
from specmodel import ApiEntry as Api
from tests.helpers.mock import make_config

EV_ADMIN = ("ev-admin", "ev-admin-secret")
EV_READER = ("ev-reader", "ev-reader-secret")
CRESTA_ADMIN = ("acme-client", "acme-secret")
CRESTA_GLOBEX = ("globex-client", "globex-secret")
TOKEN_URL = "http://testserver/v1/oauth/regionalToken"
BASE_URLS = {"cresta": "http://testserver", "execvision": "http://testserver/api/ev/2"}


@dataclass(frozen=True)
class Budget:
    examples: int  # Hypothesis max_examples of the fuzzing phase, per operation
    stateful_examples: int  # state machine runs (scenarios)
    stateful_steps: int  # steps per scenario


BUDGETS = {
    "ci": Budget(examples=150, stateful_examples=60, stateful_steps=10),
    "deep": Budget(examples=700, stateful_examples=250, stateful_steps=20),
    "mutate": Budget(examples=20, stateful_examples=15, stateful_steps=10),
}
PROFILE = os.environ.get("FUZZ_PROFILE", "ci")
BUDGET = BUDGETS[PROFILE]
OPERATIONS_VAR = "CONTRACT_OPERATIONS"

# Cases sent per (api, phase); written to reports/ and printed at the end of the session.
COUNTS: Counter[tuple[str, str]] = Counter()
OPERATIONS: dict[str, set[str]] = {}
# Per (api, phase): a digest of every request (method, path, query, body), equal across runs
# since generation is deterministic. (Cresta's stateful digest varies: the mock gives new
# comments random ids, which links carry into later requests.)
DIGESTS: dict[tuple[str, str], Any] = {}
# Links the stateful phase followed (with their parameters applied), per API.
LINKS: dict[str, Counter[str]] = {}


def client_for(app: MockApp) -> Any:
    """A Starlette TestClient (an httpx.Client) over `app`."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
        from starlette.testclient import TestClient

        return TestClient(app, base_url="http://testserver")


def make_app(**overrides: Any) -> MockApp:
    """A strict mock (every response is checked against the spec) with small seeded data."""
    return create_app(make_config(**overrides))


# Values that reach the seeded data. In-process, these parameters are drawn from them half of
# the time (schemathesis dictionaries), so that fuzzed requests reach existing resources and the
# stateful phase finds chains to follow; the other half are generated freely.
SEEDED_VALUES: dict[str, dict[str, list[str]]] = {
    "cresta": {
        "path.customerId": ["acme"],
        "path.profileId": ["default"],
        "path.targetId": [f"target-{n}" for n in range(1, 6)],
        "path.conversationId": [f"conv-{n}" for n in range(1, 6)],
        "path.messageId": [f"msg-{n}" for n in range(1, 4)],
        "path.scorecardTemplateId": ["qa-template", "csat-template"],
        "path.revisionId": ["rev-1", "rev-2"],
    },
    "execvision": {
        "path.id": [
            "a987a7b3-74e9-421e-8c96-2fdcfbda1c8b",
            "e7e64a64-4507-4b0e-ad3e-1e26d9e9e81d",  # a call synced or edited after COMPLETE
            "4c7ea362-191a-4e40-ab3d-1bb570651504",  # a call whose last event is COMPLETE
            "82d02942-1bc4-4678-8e4e-7d3e56a5dc10",
        ],
        "query.since": ["2020-01-01T00:00Z", "2026-11-01T09:15Z"],
    },
}
SEEDED_PROBABILITY = 0.5


def project_config(api: Api, **extra: Any) -> schemathesis.Config:
    """schemathesis.toml plus the in-process additions: base URL and seeded-value dictionaries
    (and any `extra` top-level keys, e.g. `generation`)."""
    with (ROOT / "schemathesis.toml").open("rb") as fh:
        data = tomllib.load(fh)
    for key, value in extra.items():
        data[key] = {**data.get(key, {}), **value} if isinstance(value, dict) else value
    values = SEEDED_VALUES[api.name]
    names = {key: "seeded-" + key.replace(".", "-") for key in values}
    data["dictionaries"] = {names[key]: {"values": entries} for key, entries in values.items()}
    data["parameters"] = {key: {"dictionary": names[key], "probability": SEEDED_PROBABILITY} for key in values}
    data["base-url"] = BASE_URLS[api.name]
    return schemathesis.Config.from_dict(data, base_dir=str(ROOT))


def load_schema(api: Api, app: MockApp, operation_ids: set[str] | None = None, **extra: Any) -> Any:
    """The API's schema, served by `app`; only the given operations if `operation_ids` is set
    (a state machine takes every operation of its schema, whatever include() filters)."""
    if operation_ids is None:
        schema = schemathesis.openapi.from_path(api.spec_path, config=project_config(api, **extra))
    else:
        doc = copy.deepcopy(api.doc)
        for item in doc["paths"].values():
            for method in [m for m in item if m in HTTP_METHODS and item[m]["operationId"] not in operation_ids]:
                del item[method]
        doc["paths"] = {path: item for path, item in doc["paths"].items() if set(item) & set(HTTP_METHODS)}
        schema = schemathesis.openapi.from_dict(doc, config=project_config(api, **extra))
    schema.app = app
    return schema


def selected_operations() -> frozenset[str] | None:
    """The operationIds named by CONTRACT_OPERATIONS (comma-separated); None (all) when unset."""
    names = frozenset(name.strip() for name in os.environ.get(OPERATIONS_VAR, "").split(",") if name.strip())
    return names or None


def schema_operation_ids(schema: Any) -> set[str]:
    return {
        str(op["operationId"])
        for item in schema.raw_schema["paths"].values()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def selected(schema: Any) -> Any:
    """`schema` restricted to the CONTRACT_OPERATIONS operations (all of it when unset)."""
    names = selected_operations()
    return schema if names is None else schema.include(operation_id=sorted(names))


def fuzz_settings() -> settings:
    return settings(
        max_examples=BUDGET.examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    )


def stateful_settings() -> settings:
    return settings(
        max_examples=BUDGET.stateful_examples,
        stateful_step_count=BUDGET.stateful_steps,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )


def phase_of(case: Case) -> str:
    return case.meta.phase.name.value if case.meta is not None else "explicit"


class PhaseReset:
    """Restores the seeded data whenever a new operation or phase starts, so that the
    examples, coverage and fuzzing phases of every operation find the spec's anchor ids."""

    def __init__(self, app: MockApp, api: str) -> None:
        self.app = app
        self.api = api
        self.current: tuple[str, str] | None = None

    def __call__(self, case: Case) -> None:
        key = (case.operation.label, phase_of(case))
        if key != self.current:
            self.app.reset()
            self.current = key
        self.count(case)

    def count(self, case: Case) -> None:
        phase = phase_of(case)
        COUNTS[(self.api, phase)] += 1
        OPERATIONS.setdefault(self.api, set()).add(case.operation.label)
        body = None if isinstance(case.body, NotSet) else case.body
        sent = [case.method, case.formatted_path, sorted((case.query or {}).items()), body]
        DIGESTS.setdefault((self.api, phase), hashlib.sha256()).update(repr(sent).encode())


def api(name: str) -> Api:
    return specmodel.get(name)


def link_name(step: Any) -> str | None:
    """The name of the spec link a stateful StepInput followed, if it followed one."""
    transition = getattr(step, "transition", None)
    if transition is None or not step.is_applied:
        return None
    # the id reads "GET /call/{id} -> [200] DeleteThisCall -> DELETE /call/{id}"
    parts = str(transition.id).split(" -> ")
    return parts[1].split("] ", 1)[-1] if len(parts) == 3 else str(transition.id)


def stateful_test(schema: Any, reset: PhaseReset, required_links: set[str]) -> type:
    """The unittest TestCase of `schema`'s state machine (links of the spec only): fresh seeded
    data for every scenario, and the run fails unless it followed every link in
    `required_links` at least once."""

    followed: Counter[str] = Counter()

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            reset.app.reset()

        def step(self, input: Any) -> Any:
            name = link_name(input)
            if name is not None:
                followed[name] += 1
                LINKS.setdefault(reset.api, Counter())[name] += 1
            reset.count(input.case)
            return super().step(input)

    class StatefulTest(Machine.TestCase):  # type: ignore[misc]
        settings = stateful_settings()

        def runTest(self) -> None:
            names = selected_operations()
            if names is not None and not names & schema_operation_ids(schema):
                self.skipTest(f"{OPERATIONS_VAR} names none of this machine's operations")
            super().runTest()
            missing = required_links - set(followed)
            assert not missing, f"the stateful phase never followed the links {sorted(missing)}"

    return StatefulTest

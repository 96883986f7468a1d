"""Admin input is bounds-checked by admin.yaml: every bounded field, just inside (200), just
outside (400), absurd values (400), and the mock still fully usable after each refusal."""

from __future__ import annotations

import json
from typing import Any

import httpx
import orjson
import pytest
from starlette.testclient import TestClient

import specmodel
from mockserver.__main__ import build_config, config_from_args, main, parser
from mockserver.engine.app import MockApp
from mockserver.engine.config import ADMIN_SPEC
from mockserver.engine.faults import MAX_RETRY_AFTER
from mockserver.engine.plugin import VendorPlugin
from mockserver.engine.plugins import RegisteredApi, registered
from mockserver.engine.seeding import (
    MAX_ON_DEMAND_SIZE,
    MAX_SIZE,
    MAX_TOTAL_SIZE,
    UnknownSizeError,
    default_sizes,
    resolve_sizes,
    size_limits,
)
from tests.helpers.mock import EV, EV_ADMIN, SMALL_SIZES, MockProcess

INT64_MAX = 2**63 - 1
CALLS_MAX = size_limits()["ev_calls"]  # the calls are computed on demand: their plugin's maximum
# JSON a client can send that no bounded field accepts (NaN is not JSON: a 400 for malformed JSON)
ABSURD: list[bytes] = [b"1e20", b"100000000000000000000", b"1e300", b"-1e300", b"NaN", b'"12"', b"true", b"[1]"]


def send(client: TestClient, method: str, path: str, body: bytes) -> Any:
    return client.request(method, path, content=body, headers={"content-type": "application/json"})


def usable(client: TestClient) -> None:
    """Every admin read and a reset still answer 200, and so does the API."""
    for method, path in (("GET", "/__mock__/state"), ("GET", "/__mock__/config"), ("POST", "/__mock__/reset")):
        r = client.request(method, path)
        assert r.status_code == 200, (path, r.text)
    assert client.get(f"{EV}/users", auth=EV_ADMIN).status_code == 200
    token = client.post("/__mock__/tokens", json={"clientId": "acme-client"})
    assert token.status_code == 200 and token.json()["expires_in"] >= 1


def reseed_body(**fields: Any) -> dict[str, Any]:
    """A reseed that keeps the test's small sizes (a size not sent takes its plugin default)."""
    return {"seed": 7, **fields, "sizes": {**SMALL_SIZES, **fields.get("sizes", {})}}


# (name, method, path, body with the value at {}): each bounded field and its edges
FIELDS: list[tuple[str, str, str, str, list[str], list[str]]] = [
    ("reseed seed", "POST", "/__mock__/reseed", "reseed:seed", ["0", str(INT64_MAX)], ["-1", str(INT64_MAX + 1)]),
    ("reseed size", "POST", "/__mock__/reseed", "reseed:size", [str(MAX_SIZE)], ["-1", str(MAX_SIZE + 1)]),
    ("reseed on-demand size", "POST", "/__mock__/reseed", "reseed:calls", [str(CALLS_MAX)], ["-1", str(CALLS_MAX + 1)]),
    (
        "tokenTtlSeconds",
        "PATCH",
        "/__mock__/config",
        '{"tokenTtlSeconds": %s}',
        ["1", "31536000", "3600.0"],
        ["0", "31536001", "0.5"],
    ),
    ("errorRate", "PUT", "/__mock__/faults", '{"errorRate": %s}', ["0", "1"], ["-0.01", "1.01"]),
    ("latencyRate", "PUT", "/__mock__/faults", '{"latencyRate": %s}', ["0", "1"], ["-0.01", "1.01"]),
    ("dropRate", "PUT", "/__mock__/faults", '{"dropRate": %s}', ["0", "1"], ["-0.01", "1.01"]),
    ("latencyMs", "PUT", "/__mock__/faults", '{"latencyMs": %s}', ["0", "30000"], ["-1", "30001", "600001"]),
    ("retryAfter", "PUT", "/__mock__/faults", '{"retryAfter": %s}', ["0", "86400", "null"], ["-1", "86401"]),
    ("statuses", "PUT", "/__mock__/faults", '{"statuses": [%s]}', ["400", "599"], ["399", "600", "200"]),
    ("fault seed", "PUT", "/__mock__/faults", '{"seed": %s}', ["0", str(INT64_MAX)], ["-1", str(INT64_MAX + 1)]),
    ("config faults", "PATCH", "/__mock__/config", '{"faults": {"latencyMs": %s}}', ["30000"], ["30001"]),
    (
        "rps",
        "PUT",
        "/__mock__/rate-limit",
        '{"mode": "fixed", "rps": %s}',
        ["0.001", "1000000"],
        ["0", "0.0009", "1000001"],
    ),
    (
        "queueTimeoutSeconds",
        "PUT",
        "/__mock__/rate-limit",
        '{"mode": "vendor", "queueTimeoutSeconds": %s}',
        ["0.5", "3600"],
        ["0", "3600.5"],
    ),
    ("config rps", "PATCH", "/__mock__/config", '{"rateLimit": {"mode": "fixed", "rps": %s}}', ["2"], ["0"]),
]


def body_of(template: str, value: bytes) -> bytes:
    if template == "reseed:seed":
        return orjson.dumps(reseed_body()).replace(b'"seed":7', b'"seed":' + value)
    if template == "reseed:size":
        return orjson.dumps(reseed_body(sizes={"ev_kpis": 1})).replace(b'"ev_kpis":1', b'"ev_kpis":' + value)
    if template == "reseed:calls":
        return orjson.dumps(reseed_body(sizes={"ev_calls": 1})).replace(b'"ev_calls":1', b'"ev_calls":' + value)
    return (template % value.decode()).encode()


CASES = [
    pytest.param(method, path, template, value, ok, id=f"{name}={value}")
    for name, method, path, template, inside, outside in FIELDS
    for value, ok in [(v, True) for v in inside] + [(v, False) for v in outside] + [(a.decode(), False) for a in ABSURD]
]


@pytest.mark.parametrize(("method", "path", "template", "value", "ok"), CASES)
def test_bounded_field(client: TestClient, method: str, path: str, template: str, value: str, ok: bool) -> None:
    before = client.get("/__mock__/config").json()
    r = send(client, method, path, body_of(template, value.encode()))
    if ok:
        assert r.status_code == 200, r.text
        client.put("/__mock__/faults", json={})  # an error rate of 1 or a tiny rps would stop the API
        client.put("/__mock__/rate-limit", json={"mode": "off"})
    else:
        assert r.status_code == 400, r.text
        assert set(r.json()) == {"error", "message"} and r.json()["error"] == "bad_request"
        assert client.get("/__mock__/config").json() == before  # nothing was applied
    usable(client)


def test_a_reseed_with_an_absurd_seed_leaves_everything_working(client: TestClient) -> None:
    state = client.get("/__mock__/state").json()
    for raw in (b'{"seed": 100000000000000000000}', b'{"seed": 1e20}', b'{"seed": 1e300}', b'{"seed": "1e20"}'):
        assert send(client, "POST", "/__mock__/reseed", raw).status_code == 400
        assert client.get("/__mock__/state").json() == state
        usable(client)


def test_token_ttl_is_whole_seconds(client: TestClient) -> None:
    assert client.patch("/__mock__/config", json={"tokenTtlSeconds": 1}).json()["tokenTtlSeconds"] == 1
    assert client.post("/__mock__/tokens", json={"clientId": "acme-client"}).json()["expires_in"] == 1
    assert client.patch("/__mock__/config", json={"tokenTtlSeconds": 0.5}).status_code == 400
    assert client.post("/__mock__/tokens", json={"clientId": "acme-client"}).json()["expires_in"] == 1


def test_sizes_add_up_to_at_most_the_total(client: TestClient) -> None:
    small = resolve_sizes(SMALL_SIZES)
    big = {"ev_kpis": MAX_SIZE, "ev_topics": MAX_SIZE}
    counted = {name: value for name, value in small.items() if name not in size_limits()}  # eager sizes only
    rest = sum(counted.values()) - small["ev_kpis"] - small["ev_topics"] - small["ev_days"]
    fill = MAX_TOTAL_SIZE - 2 * MAX_SIZE - rest
    assert 0 <= fill <= MAX_SIZE
    r = client.post("/__mock__/reseed", json=reseed_body(sizes={**big, "ev_days": fill + 1}))
    assert r.status_code == 400 and str(MAX_TOTAL_SIZE) in r.json()["message"]
    r = client.post("/__mock__/reseed", json=reseed_body(sizes={**big, "ev_days": fill}))
    assert r.status_code == 200 and sum(r.json()["sizes"].values()) - small["ev_calls"] == MAX_TOTAL_SIZE
    # a size computed on demand is not counted: at its maximum beside a full total
    r = client.post("/__mock__/reseed", json=reseed_body(sizes={**big, "ev_days": fill, "ev_calls": CALLS_MAX}))
    assert r.status_code == 200, r.text
    assert r.json()["counts"]["ev.calls"] == CALLS_MAX
    usable(client)


def test_resolve_sizes_bounds_every_caller() -> None:
    assert resolve_sizes({"ev_listens": MAX_SIZE})["ev_listens"] == MAX_SIZE
    assert MAX_SIZE < CALLS_MAX <= MAX_ON_DEMAND_SIZE
    big = {"ev_calls": CALLS_MAX, "ev_listens": MAX_SIZE, "ev_days": MAX_SIZE}  # the calls are not counted
    assert resolve_sizes(big) == {**default_sizes(), **big}
    for bad in (
        {"ev_listens": MAX_SIZE + 1},
        {"ev_calls": CALLS_MAX + 1},
        {"ev_calls": -1},
        {"ev_listens": MAX_SIZE, "ev_days": MAX_SIZE, "ev_feedback": MAX_SIZE},
    ):
        with pytest.raises(UnknownSizeError):
            resolve_sizes(bad)
    assert sum(default_sizes().values()) - sum(default_sizes()[name] for name in size_limits()) <= MAX_TOTAL_SIZE


@pytest.mark.parametrize(
    "declared",
    [{"nope": MAX_SIZE}, {"n": MAX_SIZE - 1}, {"n": MAX_ON_DEMAND_SIZE + 1}],
    ids=["not-its-size", "below-the-eager-bound", "over-the-ceiling"],
)
def test_a_plugin_declares_on_demand_sizes_of_its_own_within_the_ceiling(declared: dict[str, int]) -> None:
    api = RegisteredApi(registered()[0].entry, VendorPlugin(handlers={}, sizes={"n": 5}, on_demand_sizes=declared))
    with pytest.raises(ValueError, match="on-demand size"):
        size_limits([api])
    ceiling = VendorPlugin(handlers={}, sizes={"n": 5}, on_demand_sizes={"n": MAX_ON_DEMAND_SIZE})
    good = RegisteredApi(api.entry, ceiling)
    assert resolve_sizes({"n": MAX_ON_DEMAND_SIZE}, [good]) == {"n": MAX_ON_DEMAND_SIZE}


def test_a_config_patch_applies_nothing_unless_every_field_is_valid(client: TestClient) -> None:
    before = client.get("/__mock__/config").json()
    for bad in (
        {"tokenTtlSeconds": 10, "lastIdBug": False, "rateLimit": {"mode": "fixed"}},  # fixed needs rps
        {"tokenTtlSeconds": 10, "lastIdBug": False, "faults": {"latencyMs": 30001}},  # over the latency cap
        {"tokenTtlSeconds": 10, "lastIdBug": False, "faults": {"retryAfter": 86401}},
        {"tokenTtlSeconds": 0, "lastIdBug": False},
    ):
        r = client.patch("/__mock__/config", json=bad)
        assert r.status_code == 400, bad
        assert client.get("/__mock__/config").json() == before, bad
    good = {"tokenTtlSeconds": 10, "lastIdBug": False, "rateLimit": {"mode": "fixed", "rps": 3}}
    after = client.patch("/__mock__/config", json=good).json()
    assert (after["tokenTtlSeconds"], after["lastIdBug"], after["rateLimit"]["rps"]) == (10, False, 3)


def test_client_id_is_bounded(client: TestClient) -> None:
    assert client.post("/__mock__/tokens", json={"clientId": "x" * 256}).status_code == 400  # unknown, in range
    r = client.post("/__mock__/tokens", json={"clientId": "x" * 257})
    assert r.status_code == 400 and "invalid request body" in r.json()["message"]


def admin_schema(name: str) -> dict[str, Any]:
    return specmodel.load(ADMIN_SPEC)["components"]["schemas"][name]  # type: ignore[no-any-return]


def test_the_code_bounds_are_the_documents(app: MockApp) -> None:
    assert admin_schema("Reseed")["properties"]["sizes"]["additionalProperties"]["maximum"] == MAX_SIZE
    assert f"{MAX_TOTAL_SIZE:,}" in admin_schema("Reseed")["properties"]["sizes"]["description"]
    assert f"{MAX_SIZE:,}" in admin_schema("Reseed")["properties"]["sizes"]["description"]
    # the document the app validates admin bodies against gives each on-demand size its own maximum
    served = next(spec.doc for spec in app.specs if spec.name == "admin")["components"]["schemas"]["Reseed"]
    named = served["properties"]["sizes"]["properties"]
    assert {name: schema["maximum"] for name, schema in named.items()} == size_limits() == {"ev_calls": CALLS_MAX}
    assert admin_schema("Faults")["properties"]["retryAfter"]["maximum"] == MAX_RETRY_AFTER


@pytest.mark.parametrize(
    "argv",
    [
        ["--token-ttl", "0"],
        ["--token-ttl", "31536001"],
        ["--token-ttl", "0.5"],
        ["--token-ttl", "1e300"],
        ["--token-ttl", "nan"],
        ["--seed", "-1"],
        ["--seed", str(INT64_MAX + 1)],
        ["--seed", "1e20"],
        ["--max-fault-latency", "-1"],
        ["--max-fault-latency", "600.5"],
        ["--max-fault-latency", "nan"],
        ["--max-fault-latency", "inf"],
        ["--rate-limit", "0.0009"],
        ["--rate-limit", "1000001"],
        ["--rate-limit", "nan"],
        ["--rate-limit", "inf"],
    ],
)
def test_cli_flags_take_the_same_bounds(argv: list[str]) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(argv)


def test_cli_flags_at_their_bounds() -> None:
    argv = ["--token-ttl", "31536000", "--seed", str(INT64_MAX), "--max-fault-latency", "600"]
    config = build_config(json.loads(json.dumps(config_from_args(parser().parse_args(argv)))))  # as workers get it
    assert (config.token_ttl, config.seed, config.max_fault_latency) == (31536000, INT64_MAX, 600.0)
    low = build_config(config_from_args(parser().parse_args(["--token-ttl", "1", "--seed", "0"])))
    assert (low.token_ttl, low.seed, low.max_fault_latency) == (1, 0, 30.0)


@pytest.mark.parametrize(
    "sizes",
    [
        [f"ev_listens={MAX_SIZE + 1}"],
        [f"ev_calls={CALLS_MAX + 1}"],
        ["ev_nope=1"],
        [f"ev_feedback={MAX_SIZE}", f"ev_listens={MAX_SIZE}", f"ev_days={MAX_SIZE}"],  # over the total
    ],
)
def test_cli_sizes_out_of_bounds_are_a_usage_error(sizes: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([arg for size in sizes for arg in ("--size", size)])  # refused before anything is built or served
    assert exited.value.code == 2 and "size" in capsys.readouterr().err


def test_the_cli_starts_a_tenant_of_a_million_calls_computed_on_demand() -> None:
    with MockProcess("--size", f"ev_calls={CALLS_MAX}") as mock:
        state = httpx.get(mock.url + "/__mock__/state").json()
        assert state["sizes"]["ev_calls"] == state["counts"]["ev.calls"] == CALLS_MAX == 1_000_000
        page = httpx.get(mock.url + f"{EV}/calls", params={"since": "2020-01-01T00:00Z", "limit": 5}, auth=EV_ADMIN)
        assert page.status_code == 200 and len(page.json()) == 5

"""a) set-up: start our mock (1 process and N workers) and Prism once, build the scenarios."""

from __future__ import annotations

from pathlib import Path

import httpx

from benchmarks.results import PartResult
from benchmarks.servers import Server, free_port, mock_healthy, mock_server, prism_bin, running, wrk_bin
from benchmarks.throughput import (
    CRESTA_CLIENT,
    CRESTA_SECRET,
    EV_BASIC,
    Scenario,
    Target,
    part,
)

WORKERS = 2
EV_BASE = "/api/ev/2"  # the server URL's path: Prism strips it, our mock serves under it
SINCE = "2000-01-01T00:00:00Z"
CALLS = f"/calls?since={SINCE}&limit=100"
CONVERSATION = "/v1/customers/acme/profiles/default/conversations/conv-1"


def _prism(binary: Path, spec: str, host: str) -> Server:
    port = free_port(host)
    argv = [str(binary), "mock", "-h", host, "-p", str(port), "-v", "error", spec]
    return Server(f"prism {spec}", argv, f"http://{host}:{port}")


def _prism_healthy(client: httpx.Client) -> bool:
    client.get("/")  # any HTTP answer means it listens
    return True


def token(server: Server) -> str:
    response = httpx.post(
        server.url + "/v1/oauth/regionalToken",
        json={"grant_type": "client_credentials"},
        auth=(CRESTA_CLIENT, CRESTA_SECRET),
        timeout=10.0,
    )
    response.raise_for_status()
    return str(response.json()["access_token"])


def scenarios(ours: Server, workers: Server, prism_ev: Server, prism_cresta: Server) -> list[Scenario]:
    basic = {"Authorization": EV_BASIC}
    ours_label, workers_label = "ours, 1 process", f"ours, --workers {WORKERS}"
    out = []
    for name, path in ((f"GET {EV_BASE}/users", "/users"), (f"GET {EV_BASE}{CALLS}", CALLS)):
        out.append(
            Scenario(
                name,
                [
                    Target(ours_label, ours, EV_BASE + path, basic),
                    Target("Prism 5.14.2", prism_ev, path, basic),
                    Target(workers_label, workers, EV_BASE + path, basic),
                ],
            )
        )
    bearer = {"Authorization": f"Bearer {token(ours)}"}
    out.append(
        Scenario(
            "GET /v1/…/conversations/{id} (bearer)",
            [
                Target(ours_label, ours, CONVERSATION, bearer),
                Target("Prism 5.14.2", prism_cresta, CONVERSATION, {"Authorization": "Bearer any-token"}),
                Target(workers_label, workers, CONVERSATION, {"Authorization": f"Bearer {token(workers)}"}),
            ],
        )
    )
    return out


NOTES = [
    f"a) Prism serves paths relative to the spec's server URL and strips its path: ExecVision requests go to "
    f"`/users` and `/calls?…` on Prism and to `{EV_BASE}/users` and `{EV_BASE}/calls?…` on our mock (Cresta's "
    "server URL has no path, so both get the same `/v1/…`). Prism accepts any bearer token; ours gets one from "
    "its token endpoint. Prism answers the spec's static examples (1 call for `/calls`), ours the seeded data "
    "(100 calls, about 140 kB): the `sample` in each row gives the status and size of one request sent just "
    "before each timed run; a non-200, an `sl-violations` header or a non-2xx in wrk makes the row invalid.",
    "a) Our mock runs with request validation on (the default) and strict response validation off; "
    f"`--workers {WORKERS}` runs uvicorn workers, each with its own data; Cresta tokens are signed, so the token "
    "one worker issued is accepted by the others.",
    f"a) Each round runs ours (1 process), Prism, ours (--workers {WORKERS}) in turn after a warm-up of each; "
    "wrk, the servers and the rest of the machine share the same 2 cores.",
]


def run(host: str, runs: int, seconds: float, warmup: float) -> PartResult:
    wrk = wrk_bin()
    prism = prism_bin()
    ours = mock_server("mock", host)
    workers = mock_server("mock --workers", host, "--workers", str(WORKERS))
    prism_ev = _prism(prism, "spec/execvision.yaml", host)
    prism_cresta = _prism(prism, "spec/cresta.yaml", host)
    servers = [(ours, mock_healthy), (workers, mock_healthy), (prism_ev, _prism_healthy)]
    with running([*servers, (prism_cresta, _prism_healthy)]):
        result = part(scenarios(ours, workers, prism_ev, prism_cresta), wrk, runs, seconds, warmup)
    result.notes += NOTES
    return result

"""a) set-up: start our mock (1 process and N workers) and one Prism per API, build the scenarios.

The requests and credentials come from the vendor plugins (`benchmarks.vendors.<api>.THROUGHPUT`,
`CREDENTIALS`); the spec file, base path and auth kind from the registry.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import httpx

from benchmarks import ROOT, auth
from benchmarks.results import PartResult
from benchmarks.servers import (
    BenchSetupError,
    Server,
    free_port,
    mock_healthy,
    mock_server,
    prism_bin,
    running,
    wrk_bin,
)
from benchmarks.throughput import Request, Scenario, Target, part
from benchmarks.vendors import Plugin, contributions

WORKERS = 2
PRISM_LABEL = "Prism 5.14.2"


def _prism(binary: Path, spec: Path, host: str) -> Server:
    shown = str(spec.relative_to(ROOT)) if spec.is_relative_to(ROOT) else str(spec)
    port = free_port(host)
    argv = [str(binary), "mock", "-h", host, "-p", str(port), "-v", "error", shown]
    return Server(f"prism {shown}", argv, f"http://{host}:{port}")


def _prism_healthy(client: httpx.Client) -> bool:
    client.get("/")  # any HTTP answer means it listens
    return True


def _target(label: str, server: Server, path: str, plugin: Plugin, headers: dict[str, str]) -> Target:
    return Target(label, server, path, headers, auth.shown(plugin.api, plugin.get("CREDENTIALS"), headers))


def scenarios(
    ours: Server, workers: Server, prisms: Sequence[tuple[Plugin, Sequence[Request], Server]]
) -> list[Scenario]:
    ours_label, workers_label = "ours, 1 process", f"ours, --workers {WORKERS}"
    out = []
    for plugin, requests, prism in prisms:
        api, creds = plugin.api, plugin.get("CREDENTIALS")
        sent = (
            auth.headers(api, creds, ours.url),
            auth.prism_headers(api, creds),
            auth.headers(api, creds, workers.url),
        )
        for request in requests:
            ours_path = api.base_path + request.path  # Prism strips the server URL's path; ours serves under it
            out.append(
                Scenario(
                    request.label or f"GET {ours_path}",
                    [
                        _target(ours_label, ours, ours_path, plugin, sent[0]),
                        _target(PRISM_LABEL, prism, request.path, plugin, sent[1]),
                        _target(workers_label, workers, ours_path, plugin, sent[2]),
                    ],
                )
            )
    return out


def _shown_paths(paths: Sequence[str]) -> str:
    return " and ".join(f"`{path.split('?')[0]}{'?…' if '?' in path else ''}`" for path in paths)


def notes(contributed: Sequence[tuple[Plugin, Sequence[Request]]]) -> list[str]:
    paths = []
    for plugin, requests in contributed:
        api, relative = plugin.api, [request.path for request in requests]
        if api.base_path:
            based = [api.base_path + path for path in relative]
            paths.append(
                f"{api.name} requests go to {_shown_paths(relative)} on Prism and to {_shown_paths(based)} on ours"
            )
        else:
            paths.append(f"{api.name}'s server URL has no path, so both get the same {_shown_paths(relative)}")
    first = [f"a) Prism serves paths relative to the spec's server URL and strips its path: {'; '.join(paths)}."]
    if any(plugin.api.auth != "basic" for plugin, _ in contributed):
        first.append("Prism accepts any bearer token; ours gets one from its token endpoint.")
    first += [note for plugin, _ in contributed for note in plugin.get("THROUGHPUT_NOTES", [])]
    first.append(
        "The `sample` in each row gives the status and size of one request sent just before each timed run; "
        "a non-200, an `sl-violations` header or a non-2xx in wrk makes the row invalid."
    )
    return [
        " ".join(first),
        "a) Our mock runs with request validation on (the default) and strict response validation off; "
        f"`--workers {WORKERS}` runs uvicorn workers that share one state (a SQLite file each request "
        "first checks for changes).",
        f"a) Each round runs ours (1 process), Prism, ours (--workers {WORKERS}) in turn after a warm-up of each; "
        "wrk, the servers and the rest of the machine share the same 2 cores.",
    ]


def run(host: str, runs: int, seconds: float, warmup: float) -> PartResult:
    contributed = contributions("THROUGHPUT")
    if not contributed:
        raise BenchSetupError("no vendor plugin in benchmarks/vendors/ contributes THROUGHPUT requests")
    wrk = wrk_bin()
    prism = prism_bin()
    ours = mock_server("mock", host)
    workers = mock_server("mock --workers", host, "--workers", str(WORKERS))
    prisms = [(plugin, requests, _prism(prism, plugin.api.spec_path, host)) for plugin, requests in contributed]
    servers = [(ours, mock_healthy), (workers, mock_healthy)] + [(server, _prism_healthy) for *_, server in prisms]
    with running(servers):
        result = part(scenarios(ours, workers, prisms), wrk, runs, seconds, warmup)
    result.notes += notes(contributed)
    return result

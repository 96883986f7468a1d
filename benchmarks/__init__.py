"""`python -m benchmarks`: the performance suite behind `make bench`.

Measures, side by side in one run (never as timed unit tests): a) the mock's throughput
against Stoplight Prism, b) the client's decode cost on a large page, c) paginated listing
under the mock's fixed-rate limiter, d) the wall time of generating every client, e) the
pytest plugin in-process against a socket, f) the mock at tenant scale (start-up, RSS, a
page, reset/reseed and a full export as the data grows).
Prints one table, rewrites README.md between the bench markers and writes reports/bench.json.

The engine (this package) knows no vendor: the APIs, their specs and client packages come
from the registry (`specmodel.apis()`), and what is vendor-specific in a), b), c), e) and f) from the
plugins in `benchmarks/vendors/<api>` (see `benchmarks.vendors`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import specmodel

ROOT = Path(__file__).resolve().parents[1]
CLIENT_DIRS = tuple(ROOT / "generated" / api.client.distribution for api in specmodel.apis())

for _path in CLIENT_DIRS:  # the generated clients, importable without installing (PYTHONPATH wins)
    if str(_path) not in sys.path:
        sys.path.append(str(_path))

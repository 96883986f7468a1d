"""`python -m benchmarks`: the performance suite behind `make bench`.

Measures, side by side in one run (never as timed unit tests): a) the mock's throughput
against Stoplight Prism, b) the client's decode cost on a large calls page, c) paginated
listing under the mock's fixed-rate limiter, d) the wall time of generating both clients.
Prints one table, rewrites README.md between the bench markers and writes reports/bench.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLIENT_DIRS = (ROOT / "generated" / "execvision-client", ROOT / "generated" / "cresta-client")

for _path in CLIENT_DIRS:  # the generated clients, importable without installing (PYTHONPATH wins)
    if str(_path) not in sys.path:
        sys.path.append(str(_path))

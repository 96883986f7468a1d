"""`python -m benchmarks.gen_once`: one full generation of both clients into a temporary directory.

The same pipeline as `make generate FORCE=1` (`generator.pipeline.build` per API: spec check,
openapi-python-client, overrides, stamp, ruff), minus replacing generated/, which other
engineers' work trees rely on; the replaced copy is a few milliseconds of file copying.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import specmodel
from generator.paths import ApiPaths
from generator.pipeline import build

APIS = specmodel.names()


def main() -> int:
    for api in APIS:
        with tempfile.TemporaryDirectory(prefix=f"bench-gen-{api}-") as tmp:
            build(ApiPaths(api), Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

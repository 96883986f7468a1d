"""pytest's view of the repository: the generated clients are importable from their generated
directories, as the registry (spec/apis.yaml) lists them, without installing them."""

from __future__ import annotations

import sys
from pathlib import Path

import specmodel

pytest_plugins = ["pytester"]  # tests/plugin drive the pytest plugin in sub-sessions

ROOT = Path(__file__).resolve().parent

for _api in specmodel.apis():
    _path = str(ROOT / "generated" / _api.client.distribution)
    if _path not in sys.path:
        sys.path.insert(1, _path)

"""Step 4c: the SDK surface, generated. The facade classes (the registry's `facade` and `async_facade`) with
one method per operation, `iter_*` for every `x-pagination` operation, the constructors, and
`_spec_rules.py`, from the spec and the API registry (both read through specmodel) and the
per-API policy table `overrides/<api>/facade.yaml`.

parser (`parser.py`, `constructor.py`, `spec_rules.py`) -> model (`model.py`) -> renderer
(`render.py` + `templates/`), as openapi-python-client is built.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import specmodel
from generator.facades import render
from generator.facades.context import FacadeError
from generator.facades.model import Facade
from generator.facades.parser import parse
from generator.facades.policy import PolicyError, load_policy
from specmodel import ApiEntry

__all__ = ["Facade", "FacadeError", "PolicyError", "emit", "load_policy", "model"]


def model(entry: ApiEntry, doc: dict[str, Any], overrides: Path, package: Path) -> Facade:
    """The facade model of one API: what `emit` renders (the publisher's code samples read it too).
    `package` is the generated package with the policy modules in it."""
    policy = load_policy(overrides, {op.operation_id for op in specmodel.operations(doc)})
    return parse(entry, doc, policy, package)


def emit(api: str, spec_path: Path, overrides: Path, package: Path) -> list[Path]:
    """Write the facade modules of `api` into `package` (generated, with the policy modules copied in)."""
    return render.write(model(specmodel.get(api), specmodel.load(spec_path), overrides, package), package)

"""Code samples: ``x-codeSamples`` on every operation of the working spec (Redocly's convention,
``[{lang, label, source}]``), generated, never hand-written.

- ``curl`` (``lang: shell``): ``samples_curl``, from the spec and the registry
  (``samples_request``: variables, auth, values);
- ``Python SDK`` (``lang: python``): ``samples_python``, the blocking facade's method, from the
  generator's facade model of the generated client. An API whose client package is not
  generated (a registry entry without ``generated/<distribution>/<package>``) gets curl only.

``tests/publish/test_samples.py`` runs every sample of the built ``dist/`` against the mock.
"""

from __future__ import annotations

import copy
from pathlib import Path

from generator import facades
from generator.facades.model import Facade
from generator.paths import GENERATED_DIR
from publisher import samples_curl, samples_python
from publisher.samples_request import SampleError, request_of
from publisher.specs import Spec, operations
from specmodel import ApiEntry

__all__ = ["EXTENSION", "SampleError", "annotate", "client_package"]

EXTENSION = "x-codeSamples"
CURL = {"lang": "shell", "label": "curl"}
PYTHON = {"lang": "python", "label": "Python SDK"}


def client_package(entry: ApiEntry, generated: Path = GENERATED_DIR) -> Path:
    """The generated client package of *entry* (``generated/<distribution>/<package>``)."""
    return generated / entry.client.distribution / entry.client.package


def _facade(entry: ApiEntry, spec: Spec, generated: Path) -> Facade | None:
    package = client_package(entry, generated)
    if not (package / "_client.py").is_file():
        return None
    try:
        return facades.model(entry, spec, entry.overrides_path, package)
    except (facades.FacadeError, facades.PolicyError) as exc:
        raise SampleError(f"{entry.name}: the facade model of {package} cannot be read ({exc}); make generate") from exc


def annotate(spec: Spec, entry: ApiEntry, generated: Path = GENERATED_DIR) -> Spec:
    """A copy of *spec* with ``x-codeSamples`` on every operation (SampleError when the spec
    does not say enough to write one)."""
    out = copy.deepcopy(spec)
    facade = _facade(entry, spec, generated)
    for method, path, operation in operations(out):
        if path not in (out.get("paths") or {}):
            continue  # a webhook: nothing to call
        request = request_of(entry, spec, method, path)
        found = [{**CURL, "source": samples_curl.render(request)}]
        if facade is not None:
            found.append({**PYTHON, "source": samples_python.render(request, facade, entry.client.package)})
        operation[EXTENSION] = found
    return out

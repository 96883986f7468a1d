"""The spec model: the one door through which every product reads the specs and finds the APIs.

- `loader`: the one YAML loader (`load`, `parse`), cached, timestamps kept as strings.
- `operations`: `HTTP_METHODS` and the `operations()` iterator.
- `extensions`: typed accessors for every `x-` extension, and their JSON Schema.
- `strictness`: the two strictness levels, `x-assumed` marks and the docs-only view of a spec.
- `registry`: the API registry (`spec/apis.yaml`): name, spec file, client package and facade
  names, base path, auth kind, error style, mock plugin, live-fuzzing environment.

It interprets nothing: it reads. The generated clients never import it (they ship alone).
"""

from specmodel.loader import SpecError, load, parse
from specmodel.operations import HTTP_METHODS, Operation, operation_by_id, operations
from specmodel.registry import ApiEntry, apis, get, names
from specmodel.strictness import Level, assumptions, docs_only

__all__ = [
    "HTTP_METHODS",
    "ApiEntry",
    "Operation",
    "Level",
    "SpecError",
    "apis",
    "assumptions",
    "docs_only",
    "get",
    "load",
    "names",
    "operation_by_id",
    "operations",
    "parse",
]

"""The spec model: the one door through which every product reads the specs and finds the APIs.

- `loader`: the one YAML loader (`load`, `parse`), cached, timestamps kept as strings.
- `operations`: `HTTP_METHODS` and the `operations()` iterator.
- `extensions`: typed accessors for every `x-` extension, and their JSON Schema.
- `registry`: the API registry (`spec/apis.yaml`): name, spec file, client package and facade
  names, base path, auth kind, error style, mock plugin, live-fuzzing environment.

It interprets nothing: it reads. The generated clients never import it (they ship alone).
"""

from specmodel.loader import SpecError, load, parse
from specmodel.operations import HTTP_METHODS, Operation, operation_by_id, operations
from specmodel.registry import ApiEntry, apis, get, names

__all__ = [
    "HTTP_METHODS",
    "ApiEntry",
    "Operation",
    "SpecError",
    "apis",
    "get",
    "load",
    "names",
    "operation_by_id",
    "operations",
    "parse",
]

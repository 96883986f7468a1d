"""The vendors' bench plugins, found by the registry's API names: `benchmarks.vendors.<api>`.

The engine (the rest of `benchmarks/`) knows no vendor. Each registered API may have a plugin
module or package here, named exactly like the API in `spec/apis.yaml`; what it defines is
what it contributes (every attribute is optional):

- `CREDENTIALS` (`benchmarks.auth.Credentials`): what the mock's seed data accepts; how they
  become headers follows from the API's auth kind in the registry;
- `THROUGHPUT` (a list of `benchmarks.throughput.Request`) and `THROUGHPUT_NOTES`: part a);
- `DECODE` (`benchmarks.decode.DecodeCase`): part b);
- `PAGING` (`benchmarks.paging.PagingCase`): part c);
- `FIXTURE_CALL` (the name of a blocking facade method that takes no argument): part e);
- `SCALE` (`benchmarks.scale.ScaleCase`): part f), a size the mock computes on demand.

Part d) needs no plugin: it generates every registered API.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import specmodel
from specmodel import ApiEntry

__all__ = ["Plugin", "plugins"]


@dataclass(frozen=True)
class Plugin:
    api: ApiEntry
    module: ModuleType

    def get(self, name: str, default: Any = None) -> Any:
        return getattr(self.module, name, default)


def plugins() -> list[Plugin]:
    """The plugin of every registered API that has one, in registry order."""
    found = []
    for api in specmodel.apis():
        module_name = f"{__name__}.{api.name}"
        if importlib.util.find_spec(module_name) is not None:  # an API without a plugin contributes nothing
            found.append(Plugin(api, importlib.import_module(module_name)))
    return found


def contributions(attribute: str) -> list[tuple[Plugin, Any]]:
    """(plugin, value) for every plugin that defines `attribute`."""
    return [(plugin, value) for plugin in plugins() if (value := plugin.get(attribute)) is not None]

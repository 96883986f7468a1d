"""Registration: the APIs come from the registry, each with the plugin its entry names.

`specmodel.apis()` lists the APIs (`spec/apis.yaml`, plus the files in CONTRACT_KIT_APIS);
each entry's `mock_plugin` is a module path (any importable module, in this package or not)
whose `PLUGIN` is a VendorPlugin.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

import specmodel
from mockserver.engine.plugin import Quirk, VendorPlugin
from specmodel import ApiEntry


class PluginError(ValueError):
    """A registered plugin module is missing, has no PLUGIN, or clashes with another."""


@dataclass(frozen=True)
class RegisteredApi:
    entry: ApiEntry
    plugin: VendorPlugin

    @property
    def name(self) -> str:
        return self.entry.name


def load_plugin(module_name: str) -> VendorPlugin:
    module = importlib.import_module(module_name)
    plugin = getattr(module, "PLUGIN", None)
    if not isinstance(plugin, VendorPlugin):
        raise PluginError(f"{module_name}: no PLUGIN (a mockserver.engine.plugin.VendorPlugin)")
    return plugin


def registered() -> list[RegisteredApi]:
    """Every registered API with its plugin, in registry order."""
    found = [RegisteredApi(entry, load_plugin(entry.mock_plugin)) for entry in specmodel.apis()]
    _unique("operationId", [(api.name, op_id) for api in found for op_id in api.plugin.handlers])
    _unique("size", [(api.name, size) for api in found for size in api.plugin.sizes])
    _unique("quirk", [(api.name, quirk.name) for api in found for quirk in api.plugin.quirks])
    return found


def quirks(apis: list[RegisteredApi]) -> tuple[Quirk, ...]:
    return tuple(quirk for api in apis for quirk in api.plugin.quirks)


def _unique(what: str, owned: list[tuple[str, str]]) -> None:
    owner: dict[str, str] = {}
    for api, name in owned:
        if name in owner:
            raise PluginError(f"{what} {name} is claimed by the plugins of {owner[name]} and {api}")
        owner[name] = api

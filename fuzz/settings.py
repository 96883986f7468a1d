"""Live-mode settings from the environment, checked up front with clear messages.

The runner (`python -m fuzz`) validates them and passes them on to the schemathesis CLI
process, whose hooks module (`fuzz.live_hooks`) reads them again. Which variables an API needs,
and what each is for, is the registry's `live.env` (spec/apis.yaml).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from fuzz.apis import ApiEntry, apis
from specmodel.registry import Identity, Role

API_VAR = "FUZZ_API"  # set by the runner for the hooks module
WRITES_VAR = "ALLOW_WRITES"


class SettingsError(Exception):
    """A missing or malformed setting; the message says what to set."""


@dataclass(frozen=True)
class LiveSettings:
    api: ApiEntry
    values: dict[str, str]
    allow_writes: bool

    def __getitem__(self, name: str) -> str:
        return self.values[name]

    def role(self, role: Role, identity: Identity = "main") -> str:
        """The value of the variable that plays `role` (SettingsError if the API has none)."""
        var = self.api.live.by_role(role, identity)
        if var is None or var.name not in self.values:
            raise SettingsError(f"{self.api.name}: the registry names no {identity} {role} variable")
        return self.values[var.name]

    @property
    def has_second_identity(self) -> bool:
        """Whether the optional second identity (another tenant) is set."""
        return any(var.identity == "second" and var.name in self.values for var in self.api.live.env)

    @property
    def pinned_parameters(self) -> dict[str, str]:
        """Path parameters pinned to the caller's own tenant, from the registry's `pin`s."""
        return {param: self.values[var] for param, var in self.api.live.pins.items()}


def allow_writes(env: Mapping[str, str]) -> bool:
    value = env.get(WRITES_VAR, "").strip().lower()
    if value in ("", "0", "false", "no"):
        return False
    if value in ("1", "true", "yes"):
        return True
    raise SettingsError(f"{WRITES_VAR} must be 1 (writes allowed) or 0/unset (read-only), got {value!r}")


def from_env(api_name: str, env: Mapping[str, str] | None = None) -> LiveSettings:
    env = os.environ if env is None else env
    known = apis()
    api = known.get(api_name)
    if api is None:
        raise SettingsError(f"unknown API {api_name!r}: use one of {', '.join(sorted(known))}")
    main = [var for var in api.live.env if var.identity == "main"]
    second = [var for var in api.live.env if var.identity == "second"]
    missing = [var for var in main if not env.get(var.name, "").strip()]
    given = [var for var in second if env.get(var.name, "").strip()]
    if given:  # the second identity is optional, but all of it or none
        missing += [var for var in second if var not in given]
    if missing:
        lines = "\n".join(f"  {var.name}: {var.help}" for var in missing)
        raise SettingsError(f"{api.name}: missing environment variable(s):\n{lines}")
    values = {var.name: env[var.name].strip() for var in [*main, *given]}
    url_var = api.live.by_role("token_url")
    if url_var is not None and not values[url_var.name].startswith(("http://", "https://")):
        raise SettingsError(f"{url_var.name} must be an http(s) URL, got {values[url_var.name]!r}")
    return LiveSettings(api=api, values=values, allow_writes=allow_writes(env))

"""Live-mode settings from the environment, checked up front with clear messages.

The runner (`python -m fuzz`) validates them and passes them on to the schemathesis CLI
process, whose hooks module (`fuzz.live_hooks`) reads them again.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from fuzz.apis import APIS, Api

API_VAR = "FUZZ_API"  # set by the runner for the hooks module
WRITES_VAR = "ALLOW_WRITES"

HELP = {
    "EXECVISION_USER": "the ExecVision API user id (HTTP Basic user name)",
    "EXECVISION_PASSWORD": "the password ExecVision provisioned for that user id",
    "CRESTA_CLIENT_ID": "the OAuth client id",
    "CRESTA_CLIENT_SECRET": "the OAuth client secret",
    "CRESTA_TOKEN_URL": "the regional token endpoint, e.g. https://auth.us-west-2.cresta.ai/v1/oauth/regionalToken",
    "CRESTA_CUSTOMER": "your customer id: the fuzzer only addresses customers/$CRESTA_CUSTOMER/...",
    "CRESTA_PROFILE": "your profile id: the fuzzer only addresses .../profiles/$CRESTA_PROFILE/...",
}


class SettingsError(Exception):
    """A missing or malformed setting; the message says what to set."""


@dataclass(frozen=True)
class LiveSettings:
    api: Api
    values: dict[str, str]
    allow_writes: bool

    def __getitem__(self, name: str) -> str:
        return self.values[name]


def allow_writes(env: Mapping[str, str]) -> bool:
    value = env.get(WRITES_VAR, "").strip().lower()
    if value in ("", "0", "false", "no"):
        return False
    if value in ("1", "true", "yes"):
        return True
    raise SettingsError(f"{WRITES_VAR} must be 1 (writes allowed) or 0/unset (read-only), got {value!r}")


def from_env(api_name: str, env: Mapping[str, str] | None = None) -> LiveSettings:
    env = os.environ if env is None else env
    api = APIS.get(api_name)
    if api is None:
        raise SettingsError(f"unknown API {api_name!r}: use one of {', '.join(sorted(APIS))}")
    missing = [name for name in api.env if not env.get(name, "").strip()]
    if missing:
        lines = "\n".join(f"  {name}: {HELP[name]}" for name in missing)
        raise SettingsError(f"{api.name}: missing environment variable(s):\n{lines}")
    values = {name: env[name].strip() for name in api.env}
    if api.name == "cresta" and not values["CRESTA_TOKEN_URL"].startswith(("http://", "https://")):
        raise SettingsError(f"CRESTA_TOKEN_URL must be an http(s) URL, got {values['CRESTA_TOKEN_URL']!r}")
    return LiveSettings(api=api, values=values, allow_writes=allow_writes(env))

"""The API registry: which APIs exist, and per API its spec, client, mock plugin and live settings.

The table is data (`spec/apis.yaml`), read and checked here with msgspec; a user or a test
adds APIs with more registry files named in `CONTRACT_KIT_APIS` (os.pathsep-separated), so a
new API touches no code outside its own files. Nothing here interprets an API: the products
decide what an auth kind or an error style means.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import msgspec

from specmodel.loader import SpecError, load

__all__ = [
    "EXTRA_REGISTRIES_VAR",
    "REGISTRY_FILE",
    "ApiEntry",
    "ClientNames",
    "LiveEnvVar",
    "LiveSettings",
    "apis",
    "get",
    "names",
]

ROOT = Path(__file__).resolve().parents[1]
# An installed distribution (the mock's wheel) carries spec/ inside this package as `specs/`;
# in a checkout the registry is the repository's spec/.
PACKAGED_SPEC_DIR = Path(__file__).resolve().parent / "specs"
SPEC_DIR = PACKAGED_SPEC_DIR if (PACKAGED_SPEC_DIR / "apis.yaml").is_file() else ROOT / "spec"
REGISTRY_FILE = SPEC_DIR / "apis.yaml"
EXTRA_REGISTRIES_VAR = "CONTRACT_KIT_APIS"

AuthKind = Literal["basic", "bearer", "oauth2-client-credentials"]
Role = Literal["user", "password", "client_id", "client_secret", "token_url", "token"]
Identity = Literal["main", "second"]


class ClientNames(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    distribution: str  # the pip name: "<api>-client"
    package: str  # the import name
    facade: str  # the blocking SDK class
    async_facade: str  # its asyncio twin


class LiveEnvVar(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One environment variable of live fuzzing: a credential (role) or a pinned path parameter."""

    name: str
    help: str
    role: Role | None = None
    pin: str | None = None  # the path parameter this variable pins, e.g. customerId
    # "second": a credential of another tenant, optional; with it the tenancy check runs live
    identity: Identity = "main"


class LiveSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    env: list[LiveEnvVar]
    preflight: str | None = None  # a read-only GET that proves the credentials first

    def by_role(self, role: Role, identity: Identity = "main") -> LiveEnvVar | None:
        found = next((var for var in self.env if var.role == role and var.identity == identity), None)
        if found is None and identity == "second":  # shared by both identities, e.g. the token URL
            return self.by_role(role)
        return found

    @property
    def pins(self) -> dict[str, str]:
        """Path parameter -> the environment variable that pins it."""
        return {var.pin: var.name for var in self.env if var.pin}


class ApiEntry(msgspec.Struct, frozen=True, forbid_unknown_fields=True, dict=True):
    name: str
    spec: str  # relative to the registry file
    client: ClientNames
    base_path: str  # the path of the server URL the operations hang off ("" for none)
    auth: AuthKind
    error_style: str  # the vendor plugin renders errors in this shape
    mock_plugin: str  # the module of the mock's vendor plugin
    live: LiveSettings
    fuzz_rules: str | None = None  # a module of positive-case rules the schema cannot say
    overrides: str | None = None  # the client's hand-written policy (default: overrides/<name>)
    registry_dir: str = ""  # filled in by the loader: where `spec` is relative to

    @property
    def spec_path(self) -> Path:
        return Path(self.registry_dir) / self.spec

    @property
    def overrides_path(self) -> Path:
        """The client's hand-written policy: the entry's `overrides`, else `overrides/<name>`."""
        if self.overrides is not None:
            return Path(self.registry_dir) / self.overrides
        return ROOT / "overrides" / self.name

    @cached_property
    def doc(self) -> dict[str, Any]:
        """The spec document (cached; do not mutate)."""
        return load(self.spec_path)

    @property
    def title(self) -> str:
        return str(self.doc["info"]["title"])


class _Registry(msgspec.Struct, forbid_unknown_fields=True):
    apis: list[ApiEntry]


def _read(path: Path) -> list[ApiEntry]:
    try:
        raw = load(path, require_openapi=False)
        table = msgspec.convert(raw, _Registry)
    except msgspec.ValidationError as exc:
        raise SpecError(f"{path}: not a valid API registry: {exc}") from exc
    return [msgspec.structs.replace(entry, registry_dir=str(path.parent)) for entry in table.apis]


def registry_files(main: Path = REGISTRY_FILE) -> list[Path]:
    extra = [Path(p) for p in os.environ.get(EXTRA_REGISTRIES_VAR, "").split(os.pathsep) if p.strip()]
    return [main, *extra]


def apis(main: Path = REGISTRY_FILE) -> list[ApiEntry]:
    """Every registered API, in registry order: the main file's (this repository's by default,
    another checkout's when given), then those of the files in CONTRACT_KIT_APIS."""
    found: dict[str, ApiEntry] = {}
    for path in registry_files(main):
        for entry in _read(path):
            if entry.name in found:
                raise SpecError(f"{path}: API {entry.name!r} is registered twice")
            found[entry.name] = entry
    return list(found.values())


def names() -> list[str]:
    """The names of every registered API, in registry order."""
    return [entry.name for entry in apis()]


def get(name: str) -> ApiEntry:
    """The API called name, or a SpecError naming the registered ones."""
    entries = apis()
    for entry in entries:
        if entry.name == name:
            return entry
    known = ", ".join(e.name for e in entries) or "none"
    raise SpecError(f"unknown API {name!r} (registered: {known})")

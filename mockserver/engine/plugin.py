"""What a vendor plugin gives the engine: one `VendorPlugin` value, `PLUGIN` in its module.

The API registry (`spec/apis.yaml`, read by `specmodel`) names each API's plugin module
(`mock_plugin`); plugins.py imports it. A minimal plugin is its handlers, a seed function, a
credential check and an error shape; everything else has a default:

    PLUGIN = VendorPlugin(
        handlers={"listWidgets": list_widgets},
        seed=populate,                      # populate(store, *, seed, sizes, now)
        authenticate=check,                 # AuthRequest -> Principal, or raise ApiError
        errors={"my-style": error_body},    # the registry's error_style -> ApiError -> body
    )
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from mockserver.engine.context import ApiError, Handler, Principal
from mockserver.engine.specs import Operation
from mockserver.engine.store import Store
from mockserver.engine.tokens import TokenIssuer

ErrorBody = Callable[[ApiError], dict[str, Any]]


class SeedFunction(Protocol):
    def __call__(self, store: Store, *, seed: int, sizes: Mapping[str, int], now: datetime) -> None: ...


@dataclass(frozen=True)
class AuthRequest:
    """One security alternative of an operation to check against the request's credentials."""

    scheme: str  # "basic" or "bearer" (oauth2 and openIdConnect schemes are bearer)
    header: str  # the Authorization header, "" when absent
    accounts: Mapping[str, Any]  # the API's accounts (plugin defaults or MockConfig.accounts)
    tokens: TokenIssuer  # bearer: `tokens.lookup(token)` -> (subject, reason)


CredentialCheck = Callable[[AuthRequest], Principal]
Authorize = Callable[[Operation, Principal, Mapping[str, Any]], None]


def no_seed(store: Store, *, seed: int, sizes: Mapping[str, int], now: datetime) -> None:
    """The seed of a plugin without data."""


@dataclass(frozen=True)
class Quirk:
    """A switchable vendor behaviour: a MockConfig quirk, a CLI flag and an admin config field.

    Handlers read it from the store: `settings(ctx.store)[quirk.json_name]` (settings.py).
    """

    name: str  # snake_case: MockConfig.quirks key and CLI flag (`--no-<name>` when on by default)
    json_name: str  # camelCase: the admin config field and the settings key
    default: bool
    help: str


@dataclass(frozen=True)
class VendorPlugin:
    handlers: Mapping[str, Handler]  # operationId -> handler
    seed: SeedFunction = no_seed
    authenticate: CredentialCheck | None = None  # None: every secured operation answers 401
    errors: Mapping[str, ErrorBody] = field(default_factory=dict)  # error style -> renderer
    sizes: Mapping[str, int] = field(default_factory=dict)  # data size name -> default count
    test_sizes: Mapping[str, int] = field(default_factory=dict)  # small sizes for fast tests
    # size name -> its maximum, for sizes whose objects the seed does not build but computes on
    # demand (their start-up cost does not grow with them); every other size is bounded by
    # seeding.MAX_SIZE, and all of those together by seeding.MAX_TOTAL_SIZE
    on_demand_sizes: Mapping[str, int] = field(default_factory=dict)
    accounts: Mapping[str, Any] = field(default_factory=dict)  # default credentials: subject -> record
    authorize: Authorize | None = None  # extra checks once the caller is known (e.g. tenancy)
    documents: tuple[Path, ...] = ()  # more OpenAPI documents this API serves (its operations)
    quirks: tuple[Quirk, ...] = ()
    # the default caller's credentials, by the registry's live-env roles (user, password,
    # client_id, client_secret, token_url: a path on the mock): what the pytest plugin's
    # ready-made clients and the README use
    caller: Mapping[str, str] = field(default_factory=dict)

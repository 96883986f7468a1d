"""Wiring: the registered APIs and their plugins, the specs, the state, and the pipeline.

`create_app(MockConfig(...))` returns a `MockApp`: an ASGI callable (asgi.py over the
request pipeline, pipeline.py) with a small Python API for tests (`issue_token`, `reset`,
`reseed`, `restore`, `set_quirk`, `set_rate_limit`, and the `store`, `tokens`, `clock`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from mockserver.engine.admin import AdminApi, admin_credentials, admin_spec
from mockserver.engine.asgi import Response, serve
from mockserver.engine.auth import ApiCredentials, Authenticator
from mockserver.engine.config import MockConfig, RateLimitConfig
from mockserver.engine.context import ApiError, Handler
from mockserver.engine.endpoint import ADMIN, Endpoint
from mockserver.engine.errors import ENGINE_STYLES, REASON_STYLE
from mockserver.engine.faults import FaultInjector
from mockserver.engine.limits import RESOURCE_EXHAUSTED
from mockserver.engine.overlay import OverlayStore
from mockserver.engine.pipeline import Pipeline
from mockserver.engine.plugin import ErrorBody
from mockserver.engine.plugins import PluginError, RegisteredApi, registered
from mockserver.engine.ratelimit import RateLimiter
from mockserver.engine.reference import ReferenceDocs
from mockserver.engine.router import Router
from mockserver.engine.seeding import size_limits
from mockserver.engine.snapshot import Snapshot
from mockserver.engine.specs import ApiSpec, Operation, load_spec, spec_path
from mockserver.engine.state import MockState
from mockserver.engine.tokens import TokenIssuer


def _specs(apis: list[RegisteredApi], config: MockConfig) -> list[ApiSpec]:
    specs = []
    for api in apis:
        specs.append(load_spec(spec_path(api.entry, config.spec_dir), api.name, config.strictness))
        specs.extend(load_spec(path, api.name, config.strictness) for path in api.plugin.documents)
    return specs


def _error_styles(api: RegisteredApi) -> dict[str, ErrorBody]:
    styles = {**ENGINE_STYLES, **api.plugin.errors}
    if api.entry.error_style not in styles:
        raise PluginError(f"{api.name}: no renderer for its error style {api.entry.error_style!r}")
    return styles


def _error_body(op: Operation, styles: Mapping[str, ErrorBody], default: ErrorBody) -> ErrorBody:
    name = op.extensions.get("x-mock-error-style")
    if not name:
        return default
    if name not in styles:
        raise PluginError(f"{op.operation_id}: unknown x-mock-error-style {name!r}")
    return styles[name]


class MockApp:
    def __init__(self, config: MockConfig) -> None:
        apis = registered()
        self.apis = apis
        self.config = config
        self.specs = _specs(apis, config)
        limiters = {
            spec.name: RateLimiter(spec.doc["x-rate-limit"], config.rate_limit, config.clock)
            for spec in self.specs
            if "x-rate-limit" in spec.doc
        }
        self.state = MockState(config, apis, limiters)
        credentials = {
            api.name: ApiCredentials(api.plugin.authenticate, self.state.accounts[api.name], api.plugin.authorize)
            for api in apis
        }
        self.handlers: dict[str, Handler] = {}
        for api in apis:
            self.handlers.update(api.plugin.handlers)
        if config.admin:  # --no-admin: the /__mock__ paths are unknown (404)
            limits = tuple(sorted(size_limits(apis).items()))
            self.specs.append(admin_spec(config.admin_spec, self.state.quirk_specs, bool(config.admin_token), limits))
            self.handlers.update(AdminApi(self.state).handlers())
            if config.admin_token:
                credentials[ADMIN] = admin_credentials(config.admin_token)
        self.auth = Authenticator(credentials, self.state.tokens, self.state.auth_cache)
        styles: dict[str, dict[str, ErrorBody]] = {api.name: _error_styles(api) for api in apis}
        defaults = {api.name: styles[api.name][api.entry.error_style] for api in apis}
        engine_default = ENGINE_STYLES[REASON_STYLE]
        operations = self.operations()
        self.router = Router(operations)
        self.endpoints: dict[int, Endpoint] = {
            id(op): Endpoint(
                op,
                self.handlers.get(op.operation_id),
                limiters.get(op.api),
                config.strict,
                _error_body(op, styles.get(op.api, ENGINE_STYLES), defaults.get(op.api, engine_default)),
            )
            for op in operations
        }
        prefixes = [(p, defaults.get(s.name, engine_default)) for s in self.specs for p in s.error_prefixes]
        self.pipeline = Pipeline(self.state, self.router, self.endpoints, self.auth, prefixes, engine_default)
        if config.admin and config.docs:  # the API references (reference.py) live under /__mock__ too
            self.pipeline.pages = ReferenceDocs(apis, self.specs, self.state.accounts).page
        self.state.start(config.seed_data)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        await serve(self.pipeline.handle, scope, receive, send)

    # ---- for the HTTP server's protocol (protocol.py): answers before the app is called ----
    @property
    def max_header_bytes(self) -> int:
        return self.config.limits.max_header_bytes

    def early_response(self, path: str, status: int, message: str) -> Response:
        """An error for a request the HTTP parser refused, in the shape of the API of `path`."""
        grpc_code = RESOURCE_EXHAUSTED if status == 431 else None
        return self.pipeline.error_for_path(path, ApiError(status, message, grpc_code=grpc_code))

    # ---- Python API (for tests) ---------------------------------------------------------
    def operations(self) -> list[Operation]:
        return [op for spec in self.specs for op in spec.operations]

    @property
    def clock(self) -> Any:
        return self.state.clock

    @property
    def store(self) -> OverlayStore:
        return self.state.store

    @property
    def tokens(self) -> TokenIssuer:
        return self.state.tokens

    @property
    def faults(self) -> FaultInjector:
        return self.state.faults

    @property
    def limiters(self) -> dict[str, RateLimiter]:
        return self.state.limiters

    @property
    def seed(self) -> int:
        return self.state.seed

    @property
    def sizes(self) -> dict[str, int]:
        return self.state.sizes

    @property
    def quirks(self) -> dict[str, bool]:
        return self.state.quirks

    def reseed(self, seed: int, sizes: Mapping[str, int] | None = None) -> None:
        self.state.reseed(seed, sizes)

    def restore(self, snapshot: Snapshot) -> None:
        self.state.restore(snapshot)

    def reset(self) -> None:
        self.state.reset()

    def set_quirk(self, name: str, enabled: bool) -> None:
        self.state.set_quirk(name, enabled)

    def set_rate_limit(self, config: RateLimitConfig) -> None:
        self.state.set_rate_limit(config)

    def __getattr__(self, name: str) -> Callable[[bool], None]:
        """`set_<quirk name>(enabled)`: set_quirk for one quirk (e.g. from a plugin's Quirk)."""
        state, quirk = self.__dict__.get("state"), name.removeprefix("set_")
        if name.startswith("set_") and isinstance(state, MockState) and quirk in state.quirks:
            return partial(self.set_quirk, quirk)
        raise AttributeError(name)

    def issue_token(self, client_id: str) -> str:
        return self.state.issue_token(client_id)


def create_app(config: MockConfig | None = None) -> MockApp:
    return MockApp(config or MockConfig())

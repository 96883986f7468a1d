"""The ASGI application: spec-driven routing, validation, auth, faults, handlers, strict mode.

`create_app(MockConfig(...))` returns a `MockApp`, a plain ASGI callable that also offers a
small Python API for tests (`issue_token`, `reset`, `reseed`, `store`, `tokens`).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Mapping
from typing import Any

import orjson

from mockserver.admin import AdminApi
from mockserver.auth import Authenticator, authorize
from mockserver.config import MockConfig, RateLimitConfig
from mockserver.context import ApiError, RawJson, Reply, RequestContext
from mockserver.endpoint import Endpoint, error_style
from mockserver.errors import render_error
from mockserver.faults import Fault, FaultInjector, FaultSyntaxError
from mockserver.handlers import load_handlers
from mockserver.params import ParamError
from mockserver.ratelimit import RateLimiter
from mockserver.router import Router
from mockserver.seed import populate_all, resolve_sizes
from mockserver.settings import write_settings
from mockserver.specs import ApiSpec, load_specs
from mockserver.store import MemoryStore
from mockserver.strict import violation_report
from mockserver.tokens import TokenIssuer

log = logging.getLogger("mockserver")

Headers = list[tuple[bytes, bytes]]
Response = tuple[int, Headers, bytes]
JSON_HEADERS: Headers = [(b"content-type", b"application/json")]
DROP = object()


class MockApp:
    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.clock = config.clock
        self.specs: list[ApiSpec] = load_specs(config.spec_dir, config.admin_spec)
        self.store = MemoryStore()
        self.tokens = TokenIssuer(config.clock, config.token_ttl)
        self.auth = Authenticator(config, self.tokens)
        self.faults = FaultInjector(config.faults)
        self.limiters: dict[str, RateLimiter] = {}
        for spec in self.specs:
            if "x-rate-limit" in spec.doc:
                self.limiters[spec.name] = RateLimiter(spec.doc["x-rate-limit"], config.rate_limit, config.clock)
        self.handlers = {**load_handlers(), **AdminApi(self).handlers()}
        operations = [op for spec in self.specs for op in spec.operations]
        self.router = Router(operations)
        self.endpoints: dict[int, Endpoint] = {
            id(op): Endpoint(op, self.handlers.get(op.operation_id), self.limiters.get(op.api), config.strict)
            for op in operations
        }
        prefixes = [(p, error_style(s.name)) for s in self.specs for p in s.error_prefixes]
        self.error_prefixes = sorted(prefixes, key=lambda x: len(x[0]), reverse=True)
        self.sizes = resolve_sizes(config.sizes)
        self.seed = config.seed
        self.last_id_bug = config.last_id_bug
        self._snapshot: bytes | None = None
        if config.seed_data:
            self.reseed(config.seed, config.sizes)
        else:
            self._write_settings()

    # ---- Python API -------------------------------------------------------------------
    def operations(self) -> list[Any]:
        return [op for spec in self.specs for op in spec.operations]

    def _write_settings(self) -> None:
        write_settings(self.store, seed=self.seed, lastIdBug=self.last_id_bug)

    def reseed(self, seed: int, sizes: Mapping[str, int] | None = None) -> None:
        resolved = resolve_sizes(sizes or {})
        with self.store.transaction():
            self.store.clear()
            populate_all(self.store, seed=seed, sizes=resolved, now=self.clock())
            self.seed, self.sizes = seed, resolved
            self._snapshot = self.store.snapshot()
            self._write_settings()

    def restore(self, snapshot: bytes) -> None:
        """Replace the data with a snapshot (MemoryStore.snapshot) of the same seed/sizes."""
        with self.store.transaction():
            self.store.restore(snapshot)
            self._snapshot = snapshot
            self._write_settings()

    def set_last_id_bug(self, enabled: bool) -> None:
        self.last_id_bug = enabled
        self._write_settings()

    def set_rate_limit(self, config: RateLimitConfig) -> None:
        self.config.rate_limit = config
        for limiter in self.limiters.values():
            limiter.configure(config)

    def reset(self) -> None:
        """Back to the seeded data: every change (deletes, creations) is undone."""
        if self._snapshot is not None:
            self.restore(self._snapshot)
        else:
            self.reseed(self.seed, self.sizes)

    def issue_token(self, client_id: str) -> str:
        if client_id not in self.config.cresta_clients:
            raise KeyError(client_id)
        return self.tokens.issue(client_id)[0]

    # ---- ASGI -------------------------------------------------------------------------
    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> Any:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return None
        if scope["type"] != "http":
            return None
        result = await self._handle(scope, receive)
        if result is DROP:
            return await _drop(send)
        assert isinstance(result, tuple)
        status, headers, body = result
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
        return None

    def _style_for_path(self, path: str) -> str:
        for prefix, style in self.error_prefixes:
            if path.startswith(prefix) or path + "/" == prefix:
                return style
        return "admin"

    async def _handle(self, scope: dict[str, Any], receive: Any) -> Response | object:
        raw = scope.get("raw_path")
        path = raw.split(b"?", 1)[0].decode("latin-1") if raw else scope["path"]
        match = self.router.match(scope["method"], path)
        if match is None:
            return render_error(self._style_for_path(path), ApiError(404, f"no such path {path}"))
        if match.operation is None:
            err = ApiError(405, f"method {scope['method']} not allowed on {match.route.template}")
            err.headers["Allow"] = match.route.allow
            return render_error(self._style_for_path(path), err)
        ep = self.endpoints[id(match.operation)]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            result = await self._run(ep, scope, receive, headers, match.path_params)
        except ApiError as err:
            result = render_error(ep.style, err)
        except ParamError as err:
            result = render_error(ep.style, ApiError(400, str(err)))
        except Exception as exc:  # a handler bug: loud, but still in the API's shape
            log.exception("unhandled error in %s", ep.op.operation_id)
            result = render_error(ep.style, ApiError(500, f"mock internal error: {exc!r}"))
        if ep.checker is not None and isinstance(result, tuple):
            result = self._strict(ep, result)
        return result

    def _strict(self, ep: Endpoint, response: Response) -> Response:
        status, _, data = response
        try:
            parsed = orjson.loads(data) if data else None
        except orjson.JSONDecodeError:
            problems = ["the body is not JSON"]
        else:
            assert ep.checker is not None
            problems = ep.checker.violations(status, parsed, bool(data))
        if not problems:
            return response
        report = violation_report(ep.op, status, problems)
        return render_error(ep.style, ApiError(500, report["message"]))

    async def _run(
        self,
        ep: Endpoint,
        scope: dict[str, Any],
        receive: Any,
        headers: dict[str, str],
        raw_params: dict[str, str],
    ) -> Response | object:
        op = ep.op
        if ep.faultable:
            fault = self._fault(headers.get("x-mock-fault"))
            if fault is not None:
                if fault.latency:
                    await asyncio.sleep(fault.latency)
                if fault.drop:
                    return DROP
                if fault.status is not None:
                    extra = {"Retry-After": fault.retry_after} if fault.retry_after else None
                    raise ApiError(fault.status, fault.message, headers=extra)
        principal = self.auth.authenticate(op, headers)
        path_params = ep.path_plan.values(raw_params)
        query = ep.query_plan.query(scope.get("query_string", b""))
        if ep.has_header_params:
            ep.header_plan.values(headers)
        body = None
        if op.body is not None:
            body = ep.parse_body(headers.get("content-type"), await self._read_body(headers, receive))
        authorize(op, principal, path_params)
        if ep.limiter is not None:
            await ep.limiter.acquire(principal.subject)
        if ep.handler is None:
            raise ApiError(501, f"operation {op.operation_id} is not implemented by the mock")
        ctx = RequestContext(
            operation_id=op.operation_id,
            api=op.api,
            path_params=path_params,
            query=query,
            body=body,
            headers=headers,
            principal=principal,
            store=self.store,
            now=self.clock,
            extensions=ep.extensions,
        )
        result = ep.handler(ctx)
        if inspect.isawaitable(result):
            result = await result
        return self._render(result)

    def _fault(self, header: str | None) -> Fault | None:
        try:
            return self.faults.decide(header)
        except FaultSyntaxError as exc:
            raise ApiError(400, f"X-Mock-Fault: {exc}") from exc

    async def _read_body(self, headers: dict[str, str], receive: Any) -> bytes:
        limit = self.config.max_body_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise ApiError(413, f"request body larger than {limit} bytes")
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise ApiError(413, f"request body larger than {limit} bytes")
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    @staticmethod
    def _render(result: Any) -> Response:
        status, extra, body = 200, {}, result
        if isinstance(result, Reply):
            status, extra, body = result.status, result.headers, result.body
        if body is None:
            data = b""
            headers: Headers = []
        elif isinstance(body, RawJson):
            data, headers = body.data, list(JSON_HEADERS)
        else:
            data, headers = orjson.dumps(body), list(JSON_HEADERS)
        headers.extend((k.lower().encode(), str(v).encode()) for k, v in extra.items())
        return status, headers, data


async def _drop(send: Any) -> Any:
    """Close the connection without a response (see faults.py)."""
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is not None:  # uvicorn: close the socket; it then skips its own 500
        transport.close()
        for _ in range(3):
            await asyncio.sleep(0)
        return None
    try:
        import httpx
    except ImportError:  # pragma: no cover
        raise ConnectionResetError("mock fault: connection dropped") from None
    raise httpx.RemoteProtocolError("Server disconnected without sending a response.")


def create_app(config: MockConfig | None = None) -> MockApp:
    return MockApp(config or MockConfig())

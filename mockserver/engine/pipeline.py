"""The request pipeline: route -> authenticate -> faults -> validate -> rate limit -> handler -> strict.

Faults come after authentication: an unauthenticated request gets its 401 at once, so
`X-Mock-Fault: latency=...` cannot be used to hold connections open without credentials.

A `Prefer` header (Prism's, prefer.py) takes the handler's place; HEAD runs the GET operation
and sends its status and headers without the body.

Every step that fails answers in the operation's error shape (its Endpoint's renderer);
an unknown path answers in the shape of the API whose path prefix it has.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable, Sequence
from typing import Any

import orjson

from mockserver.engine.asgi import DROP, Headers, Response, read_body
from mockserver.engine.auth import Authenticator
from mockserver.engine.context import ApiError, MockError, RawJson, Reply, RequestContext
from mockserver.engine.endpoint import Endpoint
from mockserver.engine.errors import render_error
from mockserver.engine.faults import Fault, FaultSyntaxError
from mockserver.engine.limits import (
    RESOURCE_EXHAUSTED,
    LimitedStore,
    LimitExceeded,
    StoreUsage,
    check_fields,
    head_size,
    limit_error,
)
from mockserver.engine.params import ParamError
from mockserver.engine.plugin import ErrorBody
from mockserver.engine.prefer import answer as preferred_answer
from mockserver.engine.router import Router
from mockserver.engine.state import MockState
from mockserver.engine.strict import violation_report

log = logging.getLogger("mockserver")

JSON_HEADERS: Headers = [(b"content-type", b"application/json")]


class Pipeline:
    def __init__(
        self,
        state: MockState,
        router: Router,
        endpoints: dict[int, Endpoint],
        auth: Authenticator,
        error_prefixes: Sequence[tuple[str, ErrorBody]],
        default_error: ErrorBody,
    ) -> None:
        self.state = state
        self.router = router
        self.endpoints = endpoints
        self.auth = auth
        self.error_prefixes = sorted(error_prefixes, key=lambda x: len(x[0]), reverse=True)
        self.default_error = default_error
        self.usage = StoreUsage()
        # pages answered before the routes (the API references, reference.py): (method, path) ->
        # a response, or None for a path that is not theirs
        self.pages: Callable[[str, str], Response | None] | None = None

    def error_for_path(self, path: str, err: ApiError) -> Response:
        """`err` in the error shape of the API whose path prefix `path` has."""
        return render_error(self._error_body_for_path(path), err)

    def _error_body_for_path(self, path: str) -> ErrorBody:
        for prefix, body in self.error_prefixes:
            if path.startswith(prefix) or path + "/" == prefix:
                return body
        return self.default_error

    async def handle(self, scope: dict[str, Any], receive: Any) -> Response | object:
        raw = scope.get("raw_path")
        path = raw.split(b"?", 1)[0].decode("latin-1") if raw else scope["path"]
        too_large = self._head_too_large(scope)
        if too_large is not None:
            return render_error(self._error_body_for_path(path), too_large)
        if self.pages is not None and (page := self.pages(scope["method"], scope["path"])) is not None:
            return page
        match = self.router.match(scope["method"], path)
        if match is None:
            return render_error(self._error_body_for_path(path), ApiError(404, f"no such path {path}"))
        if match.operation is None:
            err = ApiError(405, f"method {scope['method']} not allowed on {match.route.template}")
            err.headers["Allow"] = match.route.allow
            return render_error(self._error_body_for_path(path), err)
        ep = self.endpoints[id(match.operation)]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        own = False
        try:
            result = await self._run(ep, scope, receive, headers, match.path_params)
        except ApiError as err:
            result, own = render_error(ep.error_body, err), isinstance(err, MockError)
        except ParamError as err:
            result = render_error(ep.error_body, ApiError(400, str(err)))
        except LimitExceeded as err:
            result, own = render_error(ep.error_body, limit_error(ep.op, str(err))), True
        except Exception as exc:  # a handler bug: loud, but still in the API's shape
            log.exception("unhandled error in %s", ep.op.operation_id)
            result = render_error(ep.error_body, ApiError(500, f"mock internal error: {exc!r}"))
        limit = self.state.config.limits.max_response_bytes
        if isinstance(result, tuple) and len(result[2]) > limit:
            message = f"the response would be {len(result[2])} bytes, more than the mock sends ({limit}); ask for less"
            result, own = render_error(ep.error_body, limit_error(ep.op, message)), True
        # the mock's own answer (an injected fault, a 501) is checked only where it is declared
        if ep.checker is not None and isinstance(result, tuple) and (not own or ep.checker.declares(result[0])):
            result = self._strict(ep, result)
        if match.head and isinstance(result, tuple):
            status, out_headers, data = result
            result = status, [*out_headers, (b"content-length", str(len(data)).encode())], b""
        return result

    def _head_too_large(self, scope: dict[str, Any]) -> ApiError | None:
        """431 for a request head over the limit (the HTTP server's protocol, protocol.py, refuses
        one that is still arriving; this is the one that came in whole)."""
        limit = self.state.config.limits.max_header_bytes
        target = scope.get("raw_path") or scope["path"].encode()
        if scope.get("query_string"):
            target += b"?" + scope["query_string"]
        version = str(scope.get("http_version", "1.1")).encode()
        size = head_size(scope["method"].encode(), target, version, scope["headers"])
        if size <= limit:
            return None
        message = f"the request head is {size} bytes; at most {limit} are accepted"
        return ApiError(431, message, grpc_code=RESOURCE_EXHAUSTED)

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
        return render_error(ep.error_body, ApiError(500, report["message"]))

    async def _run(
        self,
        ep: Endpoint,
        scope: dict[str, Any],
        receive: Any,
        headers: dict[str, str],
        raw_params: dict[str, str],
    ) -> Response | object:
        op = ep.op
        if self.state.shared is not None:  # take in what the other processes changed
            await self.state.sync()
        principal = self.auth.authenticate(op, headers)
        if ep.faultable:
            fault = self._fault(headers.get("x-mock-fault"))
            if fault is not None:
                if fault.latency:
                    await asyncio.sleep(fault.latency)
                if fault.drop:
                    return DROP
                if fault.status is not None:
                    extra = {"Retry-After": fault.retry_after} if fault.retry_after else None
                    raise MockError(fault.status, fault.message, headers=extra)
        path_params = ep.path_plan.values(raw_params)
        query = ep.query_plan.query(scope.get("query_string", b""))
        if ep.has_header_params:
            ep.header_plan.values(headers)
        body = None
        if op.body is not None:
            raw_body = await self._read_body(headers, receive)
            body = ep.parse_body(headers.get("content-type"), raw_body)
            too_long = check_fields(body, len(raw_body), self.state.config.limits.max_field_bytes)
            if too_long is not None:
                raise MockError(400, too_long)
        self.auth.authorize(op, principal, path_params)
        if ep.limiter is not None:
            await ep.limiter.acquire(principal.subject)
        prefer = headers.get("prefer")
        if prefer:
            reply = preferred_answer(op, prefer)
            if reply is not None:
                return render(reply)
        if ep.handler is None:
            raise MockError(501, f"operation {op.operation_id} is not implemented by the mock")
        ctx = RequestContext(
            operation_id=op.operation_id,
            api=op.api,
            path_params=path_params,
            query=query,
            body=body,
            headers=headers,
            principal=principal,
            store=LimitedStore(self.state.store, self.state.config.limits, self.usage),
            now=self.state.clock,
            extensions=ep.extensions,
            secret=self.state.secret,
            tokens=self.state.tokens,
            assumed_rules=ep.assumed_rules,
            enforce_assumed=self.state.config.strictness != "docs",
        )
        result = ep.handler(ctx)
        if inspect.isawaitable(result):
            result = await result
        return render(result)

    def _fault(self, header: str | None) -> Fault | None:
        try:
            return self.state.faults.decide(header)
        except FaultSyntaxError as exc:
            raise MockError(400, f"X-Mock-Fault: {exc}") from exc

    async def _read_body(self, headers: dict[str, str], receive: Any) -> bytes:
        limit = self.state.config.max_body_bytes

        def too_large() -> ApiError:
            return ApiError(413, f"request body larger than {limit} bytes")

        return await read_body(receive, headers.get("content-length", ""), limit, too_large)


def render(result: Any) -> Response:
    """A handler's answer (a body, a Reply, RawJson or None) as (status, headers, bytes)."""
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

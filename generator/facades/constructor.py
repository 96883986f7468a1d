"""The constructors' part of the facade model: from the registry's auth kind, the spec's
servers, error responses and `x-rate-limit`, and the policy's constructor options."""

from __future__ import annotations

import re

from generator.facades.context import Context, FacadeError
from generator.facades.model import Argument, ConstructorParam, Facade, Method, SpecRules
from specmodel import extensions as ext
from specmodel import operations

__all__ = ["facade"]

CORE = "._core"
# The auth kinds of the registry: the constructor's credential arguments (with the registry's
# live-env role each takes), the expression building the httpx.Auth, and how the docstring says it.
AUTH_KINDS: dict[str, tuple[list[tuple[Argument, str | None]], str, str]] = {
    "oauth2-client-credentials": (
        [
            (Argument(name, annotation, "None", True), role)
            for name, annotation, role in [
                ("client_id", "str | None", "client_id"),
                ("client_secret", "str | None", "client_secret"),
                ("token_url", "str | None", "token_url"),
                ("token", "str | None", "token"),
                ("auth", "httpx.Auth | None", None),
            ]
        ],
        "{make_auth}(client_id=client_id, client_secret=client_secret, token_url=token_url, token=token, auth=auth)",
        "`client_id` + `client_secret` + `token_url` (OAuth2 client credentials: the token is cached until "
        "shortly before it expires and refreshed once on a 401), or `token` (a static bearer token), or any "
        "`auth` (an httpx.Auth).",
    ),
    "basic": (
        [(Argument("user_id", "str"), "user"), (Argument("password", "str"), "password")],
        "httpx.BasicAuth(user_id, password)",
        "`user_id` / `password`: the HTTP Basic credentials.",
    ),
}


def _error_model(ctx: Context) -> str:
    found = set()
    for op in operations(ctx.spec.doc):
        for code, response in (op.node.get("responses") or {}).items():
            if str(code).startswith("2"):
                continue
            name = ctx.spec.ref_name(ctx.spec.json_schema(response))
            if name is not None:
                found.add(name)
    if len(found) != 1:
        raise FacadeError(f"{ctx.entry.name}: the error responses need one schema, found {sorted(found)}")
    (name,) = found
    return ctx.imports.add(".models", name)


def _base_url(ctx: Context) -> str:
    servers = ctx.spec.doc.get("servers") or [{"url": "/"}]
    server = servers[0]
    variables = server.get("variables") or {}
    return re.sub(r"\{(\w+)\}", lambda m: str(variables[m.group(1)]["default"]), str(server["url"]))


def facade(ctx: Context, methods: list[Method], rules: SpecRules) -> Facade:
    entry, imports = ctx.entry, ctx.imports
    if entry.auth not in AUTH_KINDS:
        raise FacadeError(f"{entry.name}: no constructor for auth kind {entry.auth!r} (known: {', '.join(AUTH_KINDS)})")
    credentials, auth, auth_doc = AUTH_KINDS[entry.auth]
    if "{make_auth}" in auth:
        auth = auth.format(make_auth=imports.add("._oauth", "make_auth"))
    imports.add("httpx", "")
    imports.add("collections.abc", "Mapping")
    for name in ("DEFAULT_MAX_RETRIES", "RetryPolicy", "TimeoutTypes"):
        imports.add(CORE, name)
    imports.add(CORE, "AsyncAPIClient")
    imports.add(CORE, "SyncAPIClient")
    imports.add(CORE, "RequestOptions")
    imports.add(CORE, "check_options")
    imports.add(CORE, "raw_response_wrapper")
    imports.add(CORE, "raw_response_wrapper_async")
    imports.add("typing", "Unpack")
    imports.add("._spec_rules", "IDEMPOTENT_OPERATIONS")
    if any(method.paging for method in methods):
        imports.add("collections.abc", "AsyncIterator")
        imports.add("collections.abc", "Iterator")
        imports.add(CORE, "iterate")
        imports.add(CORE, "iterate_async")
    params = [ConstructorParam(arg, role=role) for arg, role in credentials]
    params += [
        ConstructorParam(Argument("base_url", "str", "DEFAULT_BASE_URL", True)),
        ConstructorParam(Argument("timeout", "TimeoutTypes", "DEFAULT_TIMEOUT", True)),
        ConstructorParam(Argument("max_retries", "int", "DEFAULT_MAX_RETRIES", True)),
        ConstructorParam(Argument("retry", "RetryPolicy | None", "None", True)),
    ]
    throttle = None
    limit = ext.rate_limit(ctx.spec.doc)
    timeout = "httpx.Timeout(60.0, connect=10.0)"
    timeout_comment = ""
    if limit is not None:
        option = ctx.policy.constructor.rate_limiter
        if option is None:
            raise FacadeError(f"{entry.name}: the spec has x-rate-limit; the policy needs constructor.rate_limiter")
        params.append(ConstructorParam(Argument("rate_limiter", imports.ref(option.type), option.default, True)))
        throttle = f"{imports.ref(option.adapter)}(rate_limiter)"
        if limit.over_limit == "queue" and limit.queue_timeout_seconds is not None:
            imports.add("._spec_rules", "X_RATE_LIMIT")
            timeout = 'httpx.Timeout(float(X_RATE_LIMIT["queueTimeoutSeconds"]) + 30.0, connect=10.0)'
            timeout_comment = "Over-limit requests are queued before an answer: the read timeout outlasts the queue."
    params.append(
        ConstructorParam(
            Argument("http_client", "", "None", True),
            sync_annotation="httpx.Client | None",
            async_annotation="httpx.AsyncClient | None",
        )
    )
    params.append(ConstructorParam(Argument("headers", "Mapping[str, str] | None", "None", True)))
    return Facade(
        api=entry.name,
        title=entry.title,
        facade=entry.client.facade,
        async_facade=entry.client.async_facade,
        error_model=_error_model(ctx),
        base_url=_base_url(ctx),
        timeout=timeout,
        timeout_comment=timeout_comment,
        auth_doc=auth_doc,
        auth=auth,
        throttle=throttle,
        constructor=params,
        imports=sorted(imports.names),
        methods=methods,
        rules=rules,
    )

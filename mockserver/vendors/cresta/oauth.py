"""The OAuth2 client-credentials token endpoint (oauth.yaml): tokens for the API's bearer auth."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mockserver.engine.context import Handler, RequestContext
from mockserver.vendors.cresta.errors import OAuthError

DOCUMENT = Path(__file__).resolve().parent / "oauth.yaml"


def create_regional_token(ctx: RequestContext) -> dict[str, Any]:
    grant = (ctx.body or {}).get("grant_type")
    if grant != "client_credentials":
        raise OAuthError(400, "unsupported_grant_type", f"grant_type {grant!r} is not supported")
    assert ctx.tokens is not None
    return ctx.tokens.response(ctx.principal.subject)


HANDLERS: dict[str, Handler] = {"createRegionalToken": create_regional_token}

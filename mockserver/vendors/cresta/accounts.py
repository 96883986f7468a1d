"""Cresta's credentials: OAuth clients (id, secret, customers, admin), their check, and tenancy.

- Basic (the token endpoint, oauth.yaml): client id and secret; a failure is RFC 6749 invalid_client.
- Bearer (the API): a token the engine issued to a client (tokens.py); 401 UNAUTHENTICATED.
- Tenancy: a path parameter `customerId` must be one of the caller's customers (403 PERMISSION_DENIED).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mockserver.engine.auth import bearer_token, parse_basic
from mockserver.engine.context import ApiError, Principal
from mockserver.engine.plugin import AuthRequest
from mockserver.engine.specs import Operation
from mockserver.vendors.cresta.errors import OAuthError

API = "cresta"
WWW_AUTHENTICATE = {"WWW-Authenticate": 'Bearer realm="cresta"'}


@dataclass(frozen=True)
class CrestaClient:
    secret: str
    customers: frozenset[str]
    admin: bool = False


DEFAULT_CLIENTS: dict[str, CrestaClient] = {
    "acme-client": CrestaClient("acme-secret", frozenset({"acme"}), admin=True),
    "acme-agent": CrestaClient("acme-agent-secret", frozenset({"acme"}), admin=False),
    "globex-client": CrestaClient("globex-secret", frozenset({"globex"}), admin=False),
}


def _principal(client_id: str, client: CrestaClient) -> Principal:
    return Principal(API, client_id, customers=client.customers, admin=client.admin)


def authenticate(request: AuthRequest) -> Principal:
    clients: Mapping[str, CrestaClient] = request.accounts
    if request.scheme == "basic":
        creds = parse_basic(request.header)
        client = clients.get(creds[0]) if creds else None
        if creds is None or client is None or client.secret != creds[1]:
            raise OAuthError(401, "invalid_client", "client authentication failed")
        return _principal(creds[0], client)
    token = bearer_token(request.header)
    if token is None:
        raise ApiError(401, "missing bearer access token", grpc_code=16, headers=WWW_AUTHENTICATE)
    client_id, reason = request.tokens.lookup(token)
    client = clients.get(client_id or "")
    if client_id is None or client is None:
        raise ApiError(401, reason or "unknown client", grpc_code=16, headers=WWW_AUTHENTICATE)
    return _principal(client_id, client)


def authorize(op: Operation, principal: Principal, path_params: Mapping[str, Any]) -> None:
    customer = path_params.get("customerId")
    if customer is not None and customer not in principal.customers:
        raise ApiError(403, f"permission denied on customer {customer!r}", grpc_code=7)

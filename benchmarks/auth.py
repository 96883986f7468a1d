"""Request headers for an API, by its auth kind in the registry, from a plugin's credentials."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from specmodel import ApiEntry

PRISM_BEARER = "Bearer any-token"  # Prism checks that a bearer token is there, not what it is


@dataclass(frozen=True)
class Credentials:
    """What the mock's seed accepts: a Basic user and password, an OAuth client id and secret, or
    (auth kind `bearer`) a token as `secret`."""

    user: str
    secret: str

    @property
    def basic(self) -> str:
        return "Basic " + base64.b64encode(f"{self.user}:{self.secret}".encode()).decode()


def token_path(api: ApiEntry) -> str:
    """The path of the spec's OAuth client-credentials token URL (our mock serves it there)."""
    for scheme in api.doc.get("components", {}).get("securitySchemes", {}).values():
        flow = scheme.get("flows", {}).get("clientCredentials") if scheme.get("type") == "oauth2" else None
        if flow:
            return urlsplit(str(flow["tokenUrl"])).path
    raise ValueError(f"{api.spec_path}: auth {api.auth!r} but no oauth2 clientCredentials flow")


def token(api: ApiEntry, creds: Credentials, server_url: str) -> str:
    response = httpx.post(
        server_url + token_path(api),
        json={"grant_type": "client_credentials"},
        auth=(creds.user, creds.secret),
        timeout=10.0,
    )
    response.raise_for_status()
    return str(response.json()["access_token"])


def headers(api: ApiEntry, creds: Credentials, server_url: str) -> dict[str, str]:
    """Headers our mock at server_url accepts (a client-credentials token is fetched from it)."""
    if api.auth == "basic":
        return {"Authorization": creds.basic}
    if api.auth == "bearer":
        return {"Authorization": f"Bearer {creds.secret}"}
    return {"Authorization": f"Bearer {token(api, creds, server_url)}"}


def prism_headers(api: ApiEntry, creds: Credentials) -> dict[str, str]:
    return {"Authorization": creds.basic if api.auth == "basic" else PRISM_BEARER}


def shown(api: ApiEntry, creds: Credentials, sent: dict[str, str]) -> dict[str, str]:
    """Secret header values -> how to obtain them, for the commands the table shows."""
    value = sent.get("Authorization", "")
    if api.auth == "basic":
        return {value: f"Basic <base64 {creds.user}:{creds.secret}>"}
    if api.auth == "oauth2-client-credentials" and value != PRISM_BEARER:
        return {value: f"Bearer <access_token from POST {token_path(api)}>"}
    return {}

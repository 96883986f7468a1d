"""The mock's own API reference: Swagger UI for every registered API, try-it-out aimed at the mock.

    GET /__mock__/docs/                      index: every registered API, with links
    GET /__mock__/docs/<api>                 Swagger UI over the spec below
    GET /__mock__/docs/<api>/openapi.json    the spec the mock serves, `servers` = the mock
    GET /__mock__/docs/assets/<file>         swagger-ui-bundle-v2's JS and CSS, reference.js

The spec is the one the mock routes and validates with (its ApiSpec, the docs-only view under
`--docs-only`), with `servers` set to the API's base path on the mock and every OAuth2
client-credentials `tokenUrl` set to the token endpoint the plugin's `caller` names (a path on
the mock); the page makes them absolute against its own origin. The plugin's default caller
is pre-filled when it is one of the API's accounts: HTTP Basic schemes are pre-authorized
(`ui.preauthorizeBasic`), OAuth2 client-credentials schemes get the client id and secret in
the Authorize dialog (`ui.initOAuth`). When the token operation takes JSON only, the page sends
the token request as JSON (Swagger UI posts a form).

Nothing is loaded from the network: the assets come from the installed package, and the
Content-Security-Policy allows scripts, styles and connections to the mock's own origin only.
The pages hold no state and need no credentials, also with `--admin-token` (the credentials
they pre-fill are the plugin's published defaults); `--no-admin` and `--no-docs` turn them off.
GET and HEAD (without the body) are served; another method is 405 with `Allow`, any other path
under the prefix 404, in the admin error shape.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from functools import cache
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import orjson
import swagger_ui_bundle

from mockserver.engine.asgi import Headers, Response
from mockserver.engine.context import ApiError
from mockserver.engine.errors import reason_body, render_error
from mockserver.engine.plugins import PluginError, RegisteredApi
from mockserver.engine.specs import ApiSpec, Operation

PREFIX = "/__mock__/docs"
ASSETS = f"{PREFIX}/assets"
ALLOW = "GET, HEAD"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_OWN_ASSETS = Path(__file__).resolve().parent
# file name -> (directory, content type)
_ASSET_FILES: dict[str, tuple[Path, str]] = {
    **{
        name: (Path(str(swagger_ui_bundle.swagger_ui_path)), kind)
        for name, kind in (
            ("swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
            ("swagger-ui-bundle.js.map", "application/json"),
            ("swagger-ui.css", "text/css; charset=utf-8"),
            ("swagger-ui.css.map", "application/json"),
        )
    },
    "reference.js": (_OWN_ASSETS, "text/javascript; charset=utf-8"),
}
_PAGE_STYLE = (
    "body{margin:0;font-family:sans-serif}.mock-note{margin:0;padding:.6rem 1.25rem;background:#fff8e1;"
    "border-bottom:1px solid #e0d5a8;font-size:14px}"
)
_INDEX_STYLE = (
    "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
    "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;"
    "border-bottom:1px solid #ddd}code{font-size:.9em}"
)


@cache
def _asset(name: str) -> bytes:
    directory, _ = _ASSET_FILES[name]
    return (directory / name).read_bytes()


def _json_only(content_types: Sequence[str]) -> bool:
    media = [t.split(";", 1)[0].strip().lower() for t in content_types]
    return bool(media) and all(m == "application/json" or m.endswith("+json") for m in media)


class ApiReference:
    """What the reference of one API serves: its spec for the browser and the page's settings."""

    def __init__(
        self,
        api: RegisteredApi,
        spec: ApiSpec,
        accounts: Mapping[str, Any],
        operations: Sequence[Operation],
    ) -> None:
        self.name = api.name
        self.title = str((spec.doc.get("info") or {}).get("title") or api.name)
        self.version = str((spec.doc.get("info") or {}).get("version") or "")
        self.base_path = spec.prefix or "/"
        caller = api.plugin.caller
        known = caller.get("user") in accounts or caller.get("client_id") in accounts
        token_url = caller.get("token_url")
        doc = copy.deepcopy(spec.doc)  # the loaded document is shared: never change it
        doc["servers"] = [{"url": self.base_path, "description": "this mock"}]
        basic: list[dict[str, str]] = []
        oauth: dict[str, Any] | None = None
        for scheme_name, scheme in ((doc.get("components") or {}).get("securitySchemes") or {}).items():
            kind, flow = scheme.get("type"), (scheme.get("flows") or {}).get("clientCredentials")
            if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic" and known and "user" in caller:
                user, password = caller["user"], caller.get("password", "")
                basic.append({"scheme": scheme_name, "username": user, "password": password})
            elif kind == "oauth2" and flow is not None and token_url:
                flow["tokenUrl"] = token_url
                if known and "client_id" in caller:
                    oauth = {"clientId": caller["client_id"], "clientSecret": caller.get("client_secret", "")}
        json_token = any(
            op.method == "POST" and op.full_path == urlsplit(token_url).path and _json_only(op.body.content_types)
            for op in operations
            if token_url and op.api == api.name and op.body is not None
        )
        self.spec_json = orjson.dumps(doc)
        self.settings = {
            "specUrl": f"{PREFIX}/{self.name}/openapi.json",
            "basic": basic,
            "oauth": oauth,
            "jsonTokenRequest": json_token,
        }
        self.credentials = [f"{b['username']} (HTTP Basic)" for b in basic]
        if oauth is not None:
            self.credentials.append(f"{oauth['clientId']} (OAuth2 client credentials: click Authorize)")
        self.page = self._page()

    def _page(self) -> bytes:
        settings = escape(orjson.dumps(self.settings).decode(), quote=True)
        note = (
            f"Served by the mock: try-it-out calls this mock at <code>{escape(self.base_path)}</code>. "
            + (f"Credentials pre-filled: {escape(', '.join(self.credentials))}. " if self.credentials else "")
            + f'<a href="{PREFIX}/">All APIs</a> &middot; '
            f'<a href="{PREFIX}/{escape(self.name)}/openapi.json">openapi.json</a>'
        )
        return (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(self.title)} {escape(self.version)} (mock reference)</title>\n"
            '<link rel="icon" href="data:,">\n'
            f'<link rel="stylesheet" href="{ASSETS}/swagger-ui.css">\n<style>{_PAGE_STYLE}</style>\n'
            f'</head>\n<body>\n<p class="mock-note">{note}</p>\n'
            f'<div id="swagger-ui" data-settings="{settings}"></div>\n'
            f'<script src="{ASSETS}/swagger-ui-bundle.js"></script>\n'
            f'<script src="{ASSETS}/reference.js"></script>\n'
            "</body>\n</html>\n"
        ).encode()


class ReferenceDocs:
    """The /__mock__/docs pages of every registered API (see the module docstring)."""

    def __init__(
        self,
        apis: Sequence[RegisteredApi],
        specs: Sequence[ApiSpec],
        accounts: Mapping[str, Mapping[str, Any]],
    ) -> None:
        main: dict[str, ApiSpec] = {}
        for spec in specs:  # an API's own spec comes before the plugin's further documents
            main.setdefault(spec.name, spec)
        operations = [op for spec in specs for op in spec.operations]
        if "assets" in main:
            raise PluginError(f"an API named 'assets' would hide the reference's assets ({ASSETS})")
        self.apis = {
            api.name: ApiReference(api, main[api.name], accounts.get(api.name, {}), operations) for api in apis
        }

    def page(self, method: str, path: str) -> Response | None:
        """The answer for a docs path (the pipeline asks first, after its request-head check);
        None for any other path."""
        if path.startswith(PREFIX) and (len(path) == len(PREFIX) or path[len(PREFIX)] == "/"):
            return self.answer(method, path)
        return None

    def answer(self, method: str, path: str) -> Response:
        found = self._resource(unquote(path) if "%" in path else path)
        if found is None:
            return render_error(reason_body, ApiError(404, f"no such path {path}"))
        if method not in ("GET", "HEAD"):
            err = ApiError(405, f"method {method} not allowed on {path}", headers={"Allow": ALLOW})
            return render_error(reason_body, err)
        content_type, body = found
        headers: Headers = [
            (b"content-type", content_type.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"cache-control", b"no-cache"),
        ]
        if content_type.startswith("text/html"):
            headers.append((b"content-security-policy", CSP.encode()))
        if method == "HEAD":
            return 200, [*headers, (b"content-length", str(len(body)).encode())], b""
        return 200, headers, body

    def _resource(self, path: str) -> tuple[str, bytes] | None:
        """(content type, body) of a docs path, None if there is none."""
        if path in (PREFIX, PREFIX + "/"):
            return "text/html; charset=utf-8", self.index()
        rest = path.removeprefix(PREFIX + "/")
        if rest.startswith("assets/"):
            name = rest.removeprefix("assets/")
            if name not in _ASSET_FILES:
                return None
            return _ASSET_FILES[name][1], _asset(name)
        api, _, tail = rest.partition("/")
        reference = self.apis.get(api)
        if reference is None:
            return None
        if tail == "":
            return "text/html; charset=utf-8", reference.page
        if tail == "openapi.json":
            return "application/json", reference.spec_json
        return None

    def index(self) -> bytes:
        rows = "\n".join(
            f'<tr><td><a href="{PREFIX}/{escape(r.name)}">{escape(r.title)}</a></td>'
            f"<td><code>{escape(r.version)}</code></td><td><code>{escape(r.base_path)}</code></td>"
            f'<td><a href="{PREFIX}/{escape(r.name)}/openapi.json">openapi.json</a></td>'
            f"<td>{escape(', '.join(r.credentials)) or '&mdash;'}</td></tr>"
            for r in self.apis.values()
        )
        return (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<title>Mock API reference</title>\n<link rel="icon" href="data:,">\n'
            f"<style>{_INDEX_STYLE}</style>\n</head>\n<body>\n<h1>Mock API reference</h1>\n"
            "<p>The current reference of every API this mock serves. Try-it-out sends its requests "
            "to this mock, with its default credentials pre-filled.</p>\n"
            "<table>\n<thead><tr><th>API</th><th>Spec version</th><th>Base path</th><th>Spec</th>"
            f"<th>Pre-filled credentials</th></tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>\n"
            "</body>\n</html>\n"
        ).encode()

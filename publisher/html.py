"""HTML pages: one self-contained, offline Swagger UI reference per API, and the index.

The reference inlines Swagger UI 5 (``swagger-ui-bundle-v2``: ``swagger-ui-bundle.js``
and ``swagger-ui.css``) and the spec. It loads nothing: there is no ``url:`` (the spec is
an inline object), ``validatorUrl`` is null (no validator badge), try-it-out is off and a
Content-Security-Policy forbids every fetch, so the browser itself enforces "offline".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

import swagger_ui_bundle

from publisher.specs import Spec

CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'"
)
_CONFIG = """{
  spec: JSON.parse(document.getElementById("spec").textContent),
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
  tryItOutEnabled: false,
  supportedSubmitMethods: [],
  docExpansion: "list",
  defaultModelsExpandDepth: 1,
  presets: [SwaggerUIBundle.presets.apis],
  plugins: PLUGINS,
  layout: "BaseLayout"
}"""
# Swagger UI plugins: `assets/<name>.js` defines `<name>Plugin` (a plugin function), inlined in name order.
ASSETS = Path(__file__).parent / "assets"


class HtmlError(Exception):
    """An asset cannot be inlined safely."""


def _asset(name: str) -> str:
    path = Path(str(swagger_ui_bundle.swagger_ui_path)) / name
    return path.read_text(encoding="utf-8")


def _strip_source_map(text: str) -> str:
    """Drop ``sourceMappingURL`` comments (dev tools would fetch the map)."""
    return re.sub(r"/[*/]# sourceMappingURL=[^\n]*", "", text).rstrip() + "\n"


def inline_js(js: str) -> str:
    """JS made safe inside ``<script>``: ``<!--``, ``<script`` and ``</script`` become
    ``\\x3C...``, which means the same inside the string and regex literals they occur in."""
    for match in re.finditer(r"<(?=/?script|!--)", js, flags=re.IGNORECASE):
        if match.start() > 0 and js[match.start() - 1] == "\\":
            raise HtmlError(f"cannot inline JS: escaped '<' at offset {match.start()}")
    return re.sub(r"<(?=/?script|!--)", r"\\x3C", js, flags=re.IGNORECASE)


def inline_css(css: str) -> str:
    """CSS made safe inside ``<style>`` (refuses a ``</style`` sequence)."""
    if re.search(r"</style", css, flags=re.IGNORECASE):
        raise HtmlError("cannot inline CSS: it contains '</style'")
    return css


def inline_json(spec: Spec) -> str:
    """The spec as JSON that cannot end its ``<script>`` element early."""
    text = json.dumps(spec, ensure_ascii=False, separators=(",", ":"))
    for char, code in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, code)
    return text


def _base_uri_shim(api: str) -> str:
    """Give Swagger UI an http(s) base URI for the inline spec.

    Swagger UI resolves ``$ref`` against ``document.baseURI``; its OpenAPI 3.1 resolver
    cannot dereference even same-document refs under a ``file://`` base ("Could not
    resolve reference: Evaluation failed on URI", swagger-js PR #4258). A reserved
    ``.invalid`` host (RFC 2606) can never be fetched, and the CSP forbids fetching anyway.
    """
    base = json.dumps(f"https://reference.invalid/{api}.openapi.json")
    return f'Object.defineProperty(document, "baseURI", {{value: {base}}});\n'


def plugins() -> tuple[str, str]:
    """(the inlined sources, the ``plugins`` list) of the Swagger UI plugins in ``assets/``."""
    files = sorted(ASSETS.glob("*.js"))
    source = "".join(inline_js(path.read_text(encoding="utf-8")) for path in files)
    return source, "[" + ", ".join(f"{path.stem}Plugin" for path in files) + "]"


def reference_page(spec: Spec, api: str, internal: bool = False) -> str:
    """The self-contained Swagger UI page for one API (*internal*: the internal build's)."""
    info = spec.get("info") or {}
    kind = "internal reference" if internal else "reference"
    title = f"{info.get('title') or api} {info.get('version', '')} {kind}".strip()
    css = inline_css(_strip_source_map(_asset("swagger-ui.css")))
    js = inline_js(_strip_source_map(_asset("swagger-ui-bundle.js")))
    plugin_js, plugin_list = plugins()
    config = _CONFIG.replace("PLUGINS", plugin_list)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{escape(title)}</title>\n<link rel="icon" href="data:,">\n'
        f"<style>\n{css}</style>\n<style>body{{margin:0}}</style>\n</head>\n<body>\n"
        '<div id="swagger-ui"></div>\n'
        f'<script id="spec" type="application/json">{inline_json(spec)}</script>\n'
        f"<script>\n{js}</script>\n"
        f"<script>\n{_base_uri_shim(api)}{plugin_js}window.ui = SwaggerUIBundle({config});\n</script>\n"
        "</body>\n</html>\n"
    )


@dataclass(frozen=True)
class IndexRow:
    """What the index says about one API."""

    name: str
    title: str
    version: str
    last_release: str | None
    operations: int
    breaking: int
    nonbreaking: int


_STYLE = (
    "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
    "padding:0 1rem;color:#222}table{border-collapse:collapse;width:100%}"
    "th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd}"
    ".warn{color:#a40000;font-weight:600}code{font-size:.9em}"
)


def _status(row: IndexRow) -> str:
    if row.last_release is None:
        return "not released yet"
    if row.breaking:
        return f'<span class="warn">{row.breaking} unreleased breaking change(s)</span> &mdash; see the changelog'
    if row.nonbreaking:
        return f"{row.nonbreaking} unreleased non-breaking change(s)"
    return "no unreleased changes"


INTERNAL_NOTE = (
    "<p><strong>Internal build:</strong> it includes the operations marked "
    "<code>x-internal: true</code>. Do not publish it; the public reference leaves them out.</p>\n"
)


def index_page(rows: list[IndexRow], internal: bool = False) -> str:
    """``index.html``: links to every reference, spec file and the changelog (*internal*: the
    internal build's, which says so)."""
    heading = "Internal API reference" if internal else "API reference"
    body = []
    for row in rows:
        name = escape(row.name)
        released = escape(row.last_release) if row.last_release else "&mdash;"
        body.append(
            f'<tr><td><a href="{name}.html">{escape(row.title)}</a></td>'
            f"<td><code>{escape(row.version)}</code></td><td>{released}</td>"
            f"<td>{row.operations}</td>"
            f'<td><a href="{name}.openapi.yaml">YAML</a> &middot; '
            f'<a href="{name}.openapi.json">JSON</a></td><td>{_status(row)}</td></tr>'
        )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        f'<title>{heading}</title>\n<link rel="icon" href="data:,">\n'
        f"<style>{_STYLE}</style>\n</head>\n<body>\n<h1>{heading}</h1>\n"
        + (INTERNAL_NOTE if internal else "")
        + "<p>Each reference page works offline. The spec files are normalised OpenAPI 3.1 "
        'for code generators. Read the <a href="CHANGELOG.md">changelog</a> before '
        "upgrading: breaking changes are listed there before they are released.</p>\n"
        "<table>\n<thead><tr><th>API</th><th>Spec version</th><th>Last release</th>"
        "<th>Operations</th><th>Spec files</th><th>Status</th></tr></thead>\n<tbody>\n"
        + "\n".join(body)
        + "\n</tbody>\n</table>\n</body>\n</html>\n"
    )

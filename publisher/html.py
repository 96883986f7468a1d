"""HTML pages: one self-contained, offline Swagger UI reference per spec, and what every
page of the site shares (the CSP, the style, safe inlining).

The reference inlines Swagger UI 5 (``swagger-ui-bundle-v2``: ``swagger-ui-bundle.js``
and ``swagger-ui.css``), our Swagger UI plugins (``publisher/assets/<name>.js``, each
defining one plugin object ``<name>Plugin``, listed in ``plugins`` by name) and the spec.
It loads nothing: there is no ``url:`` (the spec is an inline object), ``validatorUrl``
is null (no validator badge), try-it-out is off and a Content-Security-Policy forbids every
fetch, so the browser itself enforces "offline".
"""

from __future__ import annotations

import json
import re
from functools import cache
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
  filter: true,
  plugins: [PLUGINS],
  validatorUrl: null,
  tryItOutEnabled: false,
  supportedSubmitMethods: [],
  docExpansion: "list",
  defaultModelsExpandDepth: 1,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout"
}"""


ASSETS = Path(__file__).parent / "assets"


class HtmlError(Exception):
    """An asset cannot be inlined safely."""


@cache
def _asset(name: str) -> str:
    path = Path(str(swagger_ui_bundle.swagger_ui_path)) / name
    return path.read_text(encoding="utf-8")


@cache
def _plugins() -> tuple[tuple[str, str], ...]:
    """``(<name>Plugin, source)`` of every ``assets/<name>.js``, sorted by name."""
    return tuple((f"{p.stem}Plugin", p.read_text(encoding="utf-8")) for p in sorted(ASSETS.glob("*.js")))


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


NAV_STYLE = (
    ".kit-nav{display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:baseline;padding:.5rem 1rem;"
    "background:#1b1b1b;color:#eee;font:14px/1.5 system-ui,sans-serif}.kit-nav a{color:#9cf}"
    ".kit-nav .kit-versions a{margin-right:.5rem}.kit-nav a[aria-current=page]{color:#fff;"
    "font-weight:700;text-decoration:none;border-bottom:2px solid #fff}.kit-nav .kit-api{font-weight:600}"
)


def reference_page(spec: Spec, api: str, internal: bool = False, *, nav: str = "") -> str:
    """The self-contained Swagger UI page for one API (*internal*: the internal build's),
    with *nav* (the version switcher, HTML) above the reference."""
    info = spec.get("info") or {}
    kind = "internal reference" if internal else "reference"
    title = f"{info.get('title') or api} {info.get('version', '')} {kind}".strip()
    css = inline_css(_strip_source_map(_asset("swagger-ui.css")))
    js = inline_js(_strip_source_map(_asset("swagger-ui-bundle.js")))
    plugins = _plugins()
    plugin_js = "".join(inline_js(source) for _, source in plugins)
    config = _CONFIG.replace("[PLUGINS]", "[" + ", ".join(name for name, _ in plugins) + "]")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{escape(title)}</title>\n<link rel="icon" href="data:,">\n'
        f"<style>\n{css}</style>\n<style>body{{margin:0}}{NAV_STYLE}</style>\n</head>\n<body>\n"
        f'{nav}<div id="swagger-ui"></div>\n'
        f'<script id="spec" type="application/json">{inline_json(spec)}</script>\n'
        f"<script>\n{js}</script>\n"
        f"<script>\n{plugin_js}{_base_uri_shim(api)}window.ui = SwaggerUIBundle({config});\n</script>\n"
        "</body>\n</html>\n"
    )


STYLE = (
    "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
    "padding:0 1rem;color:#222}table{border-collapse:collapse;width:100%}"
    "th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}"
    ".warn{color:#a40000;font-weight:600}code{font-size:.9em}.breaking h3{color:#a40000}"
)
INTERNAL_NOTE = (
    "<p><strong>Internal build:</strong> it includes the operations marked "
    "<code>x-internal: true</code>. Do not publish it; the public reference leaves them out.</p>\n"
)


def plain_page(title: str, body: str) -> str:
    """A page of the site other than a reference (index, changelog): same CSP, no script."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{escape(title)}</title>\n<link rel="icon" href="data:,">\n'
        f"<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )

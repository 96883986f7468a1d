"""The published site: where each page goes, the version switcher every reference carries,
and the index of every API.

```
index.html                          every API: title, latest version, links
<api>/latest/index.html             reference of the working spec (+ <api>.openapi.yaml|json)
<api>/<version>/index.html          one per release in spec/releases/<api>/ (+ spec files)
<api>/changelog.html                releases and unreleased changes, breaking / non-breaking
```

Links are relative and name ``index.html`` (the pages work from ``file://``). A page cannot
fetch a list of versions (it loads nothing), so each embeds its own: the latest page lists
every release; a release page lists ``latest`` and the releases up to itself, so adding a
release never changes the bytes of an older release's page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from publisher import versions
from publisher.html import INTERNAL_NOTE, plain_page

LATEST = "latest"


def reference(api: str, version: str = LATEST) -> str:
    """``<api>/<version>/index.html``."""
    return f"{api}/{version}/index.html"


def spec_file(api: str, version: str, extension: str) -> str:
    """``<api>/<version>/<api>.openapi.<extension>`` (``yaml`` or ``json``)."""
    return f"{api}/{version}/{api}.openapi.{extension}"


def changelog(api: str) -> str:
    """``<api>/changelog.html``."""
    return f"{api}/changelog.html"


def listed(current: str, releases: Sequence[str]) -> list[str]:
    """The versions the switcher of *current* (``latest`` or a release) lists, newest first:
    ``latest``, then every release (from ``latest``) or the releases up to *current*."""
    ordered = sorted(releases, key=versions.parse, reverse=True)
    if current != LATEST:
        ordered = [v for v in ordered if versions.parse(v) <= versions.parse(current)]
    return [LATEST, *ordered]


def switcher(api: str, title: str, current: str, releases: Sequence[str]) -> str:
    """The bar above a reference page (at ``<api>/<current>/index.html``): every API, the
    versions (*current* marked), the changelog and this version's spec files."""
    links = []
    for version in listed(current, releases):
        mark = ' aria-current="page"' if version == current else ""
        links.append(f'<a href="../{escape(version)}/index.html"{mark}>{escape(version)}</a>')
    name = escape(api)
    return (
        '<nav class="kit-nav" aria-label="Versions">'
        '<a href="../../index.html">All APIs</a>'
        f'<span class="kit-api">{escape(title)}</span>'
        f'<span class="kit-versions">Version: {"".join(links)}</span>'
        '<a href="../changelog.html">Changelog</a>'
        f'<span>Spec: <a href="{name}.openapi.yaml">YAML</a> &middot; <a href="{name}.openapi.json">JSON</a></span>'
        "</nav>\n"
    )


@dataclass(frozen=True)
class IndexRow:
    """What the index says about one API."""

    name: str
    title: str
    version: str
    releases: Sequence[str]  # oldest first
    operations: int
    breaking: int
    nonbreaking: int


def _status(row: IndexRow) -> str:
    if not row.releases:
        return "not released yet"
    if row.breaking:
        return f'<span class="warn">{row.breaking} unreleased breaking change(s)</span> &mdash; see the changelog'
    if row.nonbreaking:
        return f"{row.nonbreaking} unreleased non-breaking change(s)"
    return "no unreleased changes"


def _row(row: IndexRow) -> str:
    older = " ".join(f'<a href="{escape(reference(row.name, v))}">{escape(v)}</a>' for v in reversed(row.releases))
    return (
        f'<tr><td><a href="{escape(reference(row.name))}">{escape(row.title)}</a></td>'
        f"<td><code>{escape(row.version)}</code></td><td>{older or '&mdash;'}</td>"
        f"<td>{row.operations}</td>"
        f'<td><a href="{escape(spec_file(row.name, LATEST, "yaml"))}">YAML</a> &middot; '
        f'<a href="{escape(spec_file(row.name, LATEST, "json"))}">JSON</a></td>'
        f'<td><a href="{escape(changelog(row.name))}">changelog</a>: {_status(row)}</td></tr>'
    )


def index_page(rows: Sequence[IndexRow], internal: bool = False) -> str:
    """``index.html``: every API's latest reference, its releases, spec files and changelog
    (*internal*: the internal build's, which says so)."""
    heading = "Internal API reference" if internal else "API reference"
    body = (
        f"<h1>{heading}</h1>\n"
        + (INTERNAL_NOTE if internal else "")
        + "<p>Each reference page works offline and has a version switcher and a search box "
        "(operation id, path, summary, description, tag). The spec files are normalised OpenAPI 3.1 "
        "for code generators. Read an API's changelog before upgrading: breaking changes are "
        "listed there before they are released.</p>\n"
        "<table>\n<thead><tr><th>API (latest)</th><th>Spec version</th><th>Releases</th>"
        "<th>Operations</th><th>Spec files</th><th>Changes</th></tr></thead>\n<tbody>\n"
        + "\n".join(_row(row) for row in rows)
        + "\n</tbody>\n</table>\n"
    )
    return plain_page(heading, body)

"""``<api>/changelog.html``: the reader's changelog of one API.

Newest first: the unreleased changes of the working spec (against the last release), then
every release with its date and hand-written prose (from ``spec/releases/<api>/CHANGELOG.md``)
and its changes, recomputed by ``breaking.diff`` between the release and the one before
it (in the build's view: public or internal), grouped breaking / non-breaking.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from publisher import markdown, site
from publisher.changes import BREAKING, NON_BREAKING, Change
from publisher.html import INTERNAL_NOTE, plain_page

_GENERATED_INITIAL = re.compile(r"Initial release: \d+ operations?\.")


@dataclass(frozen=True)
class Release:
    """One release as the changelog shows it."""

    version: str
    date: str | None  # None: the release has no changelog entry
    prose: str  # Markdown, the entry's text before its change lists
    changes: Sequence[Change] | None  # against the previous release; None for the first one
    operations: int


@dataclass(frozen=True)
class Unreleased:
    """The working spec against the last release."""

    version: str
    last_release: str | None
    changes: Sequence[Change]


def grouped(changes: Sequence[Change], level: int) -> str:
    """*changes* as HTML under "Breaking (n)" / "Non-breaking (n)" headings (``class`` =
    the kind, so a reader and a test find each group)."""
    if not changes:
        return "<p>No interface changes.</p>\n"
    parts = []
    for kind, title in ((BREAKING, "Breaking"), (NON_BREAKING, "Non-breaking")):
        selected = [c for c in changes if c.kind == kind]
        if selected:
            items = "".join(f"<li><code>{escape(c.location)}</code>: {escape(c.message)}</li>" for c in selected)
            parts.append(
                f'<section class="{kind}"><h{level}>{title} ({len(selected)})</h{level}>\n<ul>{items}</ul></section>\n'
            )
    return "".join(parts)


def _unreleased(u: Unreleased) -> str:
    head = '<section id="unreleased"><h2>Unreleased</h2>\n'
    if u.last_release is None:
        return f"{head}<p>Not released yet (working spec <code>{escape(u.version)}</code>).</p></section>\n"
    if not u.changes and u.version == u.last_release:
        return ""
    warning = ""
    if any(c.kind == BREAKING for c in u.changes):
        warning = (
            '<p class="warn">The next release of this API has breaking changes: '
            "adapt your clients before it lands.</p>\n"
        )
    return (
        f'{head}<p>Working spec <a href="{site.LATEST}/index.html"><code>{escape(u.version)}</code></a> '
        f"against release {escape(u.last_release)}.</p>\n{warning}{grouped(u.changes, 3)}</section>\n"
    )


def _release(r: Release) -> str:
    version = escape(r.version)
    date = f" &ndash; {escape(r.date)}" if r.date else ""
    prose = "" if _GENERATED_INITIAL.fullmatch(r.prose) else markdown.to_html(r.prose)
    initial = f"<p>Initial release: {r.operations} operations.</p>\n"
    changes = initial if r.changes is None else grouped(r.changes, 3)
    return (
        f'<section id="v{version}"><h2><a href="{version}/index.html">{version}</a>{date}</h2>\n'
        + (f"{prose}\n" if prose else "")
        + f"{changes}</section>\n"
    )


def page(title: str, unreleased: Unreleased, releases: Sequence[Release], internal: bool = False) -> str:
    """The changelog page (*releases* newest first)."""
    kind = "internal changelog" if internal else "changelog"
    heading = f"{title}: {kind}"
    body = (
        '<nav><a href="../index.html">All APIs</a> &middot; '
        f'<a href="{site.LATEST}/index.html">latest reference</a></nav>\n'
        f"<h1>{escape(heading)}</h1>\n"
        + (INTERNAL_NOTE if internal else "")
        + "<p>Newest first. Breaking changes need a new major version; they are listed under "
        "<em>Unreleased</em> before they land.</p>\n" + _unreleased(unreleased) + "".join(_release(r) for r in releases)
    )
    return plain_page(heading, body)

"""The little Markdown the changelog entries use, as HTML: paragraphs, ``- `` bullet lists,
`` `code` `` and ``**bold**``. Everything else is text (escaped): an entry can never inject
markup into a published page."""

from __future__ import annotations

import re
from html import escape

_INLINE = re.compile(r"`([^`]+)`|\*\*([^*]+)\*\*")


def inline(text: str) -> str:
    """One line or paragraph of Markdown text as escaped HTML with its code and bold spans."""
    out: list[str] = []
    last = 0
    for match in _INLINE.finditer(text):
        out.append(escape(text[last : match.start()]))
        code, bold = match.groups()
        out.append(f"<code>{escape(code)}</code>" if code is not None else f"<strong>{escape(bold)}</strong>")
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def to_html(markdown: str) -> str:
    """Blocks separated by blank lines: a block of ``- `` lines is a list, any other a paragraph."""
    blocks: list[str] = []
    for block in re.split(r"\n[ \t]*\n", markdown.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        if all(line.startswith("- ") for line in lines):
            items = "".join(f"<li>{inline(line[2:])}</li>" for line in lines)
            blocks.append(f"<ul>{items}</ul>")
        else:
            blocks.append(f"<p>{inline(' '.join(lines))}</p>")
    return "\n".join(blocks)

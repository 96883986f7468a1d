"""`python -m specmodel schema`: print the JSON Schema of our x- extensions (spec/extensions.schema.json).

`python -m specmodel docs-only SPEC [OUT]`: write the docs-only view of SPEC (every rule marked
`x-assumed` removed, see specmodel/strictness.py) as JSON to OUT, or to standard output.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from specmodel.extensions import extensions_schema
from specmodel.loader import load
from specmodel.strictness import docs_only

USAGE = "usage: python -m specmodel schema | python -m specmodel docs-only SPEC [OUT]"


def render() -> str:
    return json.dumps(extensions_schema(), indent=2, sort_keys=True) + "\n"


def render_docs_only(spec: Path) -> str:
    return json.dumps(docs_only(load(spec)), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    if argv == ["schema"]:
        sys.stdout.write(render())
        return 0
    if argv[:1] == ["docs-only"] and len(argv) in (2, 3):
        text = render_docs_only(Path(argv[1]))
        if len(argv) == 3:
            Path(argv[2]).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    print(USAGE, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

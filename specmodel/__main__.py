"""`python -m specmodel schema`: print the JSON Schema of our x- extensions (spec/extensions.schema.json)."""

from __future__ import annotations

import json
import sys

from specmodel.extensions import extensions_schema


def render() -> str:
    return json.dumps(extensions_schema(), indent=2, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    if argv != ["schema"]:
        print("usage: python -m specmodel schema", file=sys.stderr)
        return 2
    sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

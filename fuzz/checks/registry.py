"""The registry of semantic checks: checks that read the meaning of a response, not its shape.

schemathesis' own checks ask whether each response fits the spec. A server can fit it and still
be wrong: a list that skips an item at every page boundary, a filter it ignores, another
tenant's data. The checks here catch those. Each is derived from the spec's `x-` extensions
(`x-pagination`, `x-filter`, `x-order`, `x-list-get`) or from its schemas, never listed per
operation, and is registered with schemathesis (`schemathesis.check`), so the in-process suite
(`case.call_and_validate()`) and the live runner (the CLI, through `fuzz.live_hooks`) run the
same checks.

`@semantic_check(...)` registers one:
- `probes=N`: the check sends requests of its own (read-only ones: it replays a read with other
  page sizes, another identity, the item's get). It returns True when it had something to
  judge (items to page through, say); it judges at most N distinct requests per operation in a
  run (looking at no more than 4 N), and remembers its verdict per request, so that Hypothesis'
  replay of a failing case fails again (a check out of budget would make it "flaky").
- `assumed=True`: it checks a rule the spec marks `x-assumed`; a docs-only run
  (`FUZZ_STRICTNESS=docs`) skips it. Checks that read an extension need no flag: a docs-only
  schema has no assumed `x-filter`/`x-order`/`x-list-get` (specmodel.strictness).

A failure is an AssertionError whose message starts with `[<check name>]`; schemathesis
reports it as "Custom check failed: `<check name>`".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import schemathesis

from fuzz.checks.calls import Call
from fuzz.rules import include_assumed

__all__ = ["CHECKS", "CheckFailed", "CheckSpec", "reset_budgets", "semantic_check"]


class CheckFailed(AssertionError):
    """A semantic check's verdict: the server got something wrong."""


@dataclass(frozen=True)
class CheckSpec:
    name: str
    summary: str  # the first line of the check's docstring
    probes: int
    assumed: bool


CHECKS: dict[str, CheckSpec] = {}
_spent: Counter[tuple[str, str]] = Counter()  # (check, operation) -> distinct requests checked
_tried: Counter[tuple[str, str]] = Counter()  # (check, operation) -> requests it looked at
_verdicts: dict[tuple[str, str], str | None] = {}  # (check, request signature) -> failure or None
ATTEMPTS = 4  # a probing check looks at up to probes * ATTEMPTS requests to find `probes` to judge


def reset_budgets() -> None:
    """Forget budgets and verdicts (a new run against changed data)."""
    _spent.clear()
    _tried.clear()
    _verdicts.clear()


CheckFunction = Callable[[Call], bool | None]


def semantic_check(*, probes: int = 0, assumed: bool = False) -> Callable[[CheckFunction], Callable[..., Any]]:
    def register(func: CheckFunction) -> Callable[..., Any]:
        name = func.__name__
        doc = (func.__doc__ or "").strip().splitlines()
        CHECKS[name] = CheckSpec(name, doc[0] if doc else name, probes, assumed)

        def check(ctx: Any, response: Any, case: Any) -> bool | None:
            if assumed and not include_assumed():
                return None
            call = Call(ctx, response, case)
            try:
                return run(call)
            except CheckFailed as exc:
                message = str(exc)
                raise CheckFailed(message if message.startswith("[") else f"[{name}] {message}") from None

        def run(call: Call) -> bool | None:
            label = call.case.operation.label
            if not probes:
                func(call)
                return None
            key = (name, call.signature())
            if key in _verdicts:
                failure = _verdicts[key]
                if failure is not None:
                    raise CheckFailed(f"[{name}] {failure}")
                return None
            judged, tried = _spent[(name, label)], _tried[(name, label)]
            if judged >= probes or tried >= probes * ATTEMPTS or not call.wants_probes():
                return None
            _tried[(name, label)] += 1
            try:
                if func(call):
                    _spent[(name, label)] += 1
            except CheckFailed as exc:
                _verdicts[key] = str(exc)
                raise
            _verdicts[key] = None
            return None

        check.__name__ = check.__qualname__ = name
        check.__doc__ = func.__doc__
        schemathesis.check(check)
        return check

    return register

"""Prism's `Prefer` request header, for users switching from Prism: `Prefer: code=404` answers
the operation's declared 404, `Prefer: example=<name>` one of the spec's named response
examples; both together pick that example of that status.

- `code=` the handler's usual status (its lowest 2xx) without `example=`: the handler runs as
  usual, so the answer is the mock's state, not a canned example.
- Another declared status is answered with its example (the named one, else its first). A
  declared error status without an example is the API's own error body for that status.
- An undeclared status, an unknown example or an unreadable header is a 400 in the API's shape
  naming what is declared. Prism's `dynamic=true` is accepted and ignored (the mock is always
  "dynamic": its answers come from its state).

It runs after validation, authentication and the rate limit, as Prism's mock step runs after
its security step, so an unauthenticated `Prefer: code=200` is still a 401.
"""

from __future__ import annotations

from dataclasses import dataclass

from mockserver.engine.context import ApiError, MockError, Reply
from mockserver.engine.specs import Operation

_KEYS = ("code", "example", "dynamic")


@dataclass(frozen=True)
class Preference:
    code: str | None = None
    example: str | None = None


def parse(header: str) -> Preference:
    values: dict[str, str] = {}
    for part in header.replace(";", ",").split(","):
        key, sep, value = part.strip().partition("=")
        key, value = key.strip().lower(), value.strip().strip('"')
        if not key:
            continue
        if not sep or not value:
            raise MockError(400, f"Prefer: expected key=value, got {part.strip()!r}")
        if key in _KEYS:
            values[key] = value
    code = values.get("code")
    if code is not None and not (code.isdigit() and len(code) == 3):
        raise MockError(400, f"Prefer: code must be an HTTP status, got {code!r}")
    return Preference(code=code, example=values.get("example"))


def answer(op: Operation, header: str) -> Reply | None:
    """The preferred answer, or None to let the handler answer as usual."""
    pref = parse(header)
    if pref.code is None and pref.example is None:
        return None
    if pref.code is not None:
        return _by_code(op, pref.code, pref.example)
    assert pref.example is not None
    for status, response in sorted(op.responses.items(), key=lambda item: (not item[0].startswith("2"), item[0])):
        if pref.example in response.examples and status.isdigit():
            return Reply(body=response.examples[pref.example], status=int(status))
    raise MockError(400, f"Prefer: example={pref.example} is not an example of {op.operation_id}; {_catalogue(op)}")


def _by_code(op: Operation, code: str, example: str | None) -> Reply | None:
    response = op.responses.get(code)
    if response is None:
        declared = ", ".join(s for s in op.responses if s.isdigit())
        raise MockError(400, f"Prefer: code={code} is not declared for {op.operation_id} (declared: {declared})")
    if example is None and code == _usual_status(op):
        return None
    if example is not None:
        if example not in response.examples:
            raise MockError(400, f"Prefer: {op.operation_id} {code} has no example {example!r}; {_catalogue(op)}")
        return Reply(body=response.examples[example], status=int(code))
    if response.examples:
        return Reply(body=next(iter(response.examples.values())), status=int(code))
    if int(code) >= 400:
        raise ApiError(int(code), f"Prefer: code={code}")
    raise MockError(400, f"Prefer: {op.operation_id} declares {code} without an example to answer with")


def _usual_status(op: Operation) -> str:
    return min((s for s in op.responses if s.startswith("2")), default="200")


def _catalogue(op: Operation) -> str:
    named = [f"{status}: {', '.join(r.examples)}" for status, r in op.responses.items() if r.examples]
    return "examples: " + ("; ".join(named) if named else "none")

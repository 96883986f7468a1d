"""Typed accessors for every `x-` extension of our specs (spec/CONVENTIONS.md lists them).

Each extension is declared once below: its value type (a msgspec Struct or a plain type) and
the places it may stand. From that one declaration come
- the JSON Schema of our extensions (`extensions_schema()`, committed as
  `spec/extensions.schema.json` for other tools; a test keeps the two equal),
- the validation of a document (`problems(doc)`: an unknown extension, one in the wrong
  place, or a value of the wrong shape), and
- the typed accessors (`pagination(op)`, `rate_limit(doc)`, ...), which convert with msgspec.

msgspec does the conversion and writes the schema, so no shape is written twice; jsonschema_rs
(the fastest 2020-12 validator, see tooling notes) checks documents against that schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal, TypeVar

import jsonschema_rs
import msgspec

from specmodel.operations import HTTP_METHODS, Operation

__all__ = [
    "EXTENSIONS",
    "Filter",
    "LimitWhen",
    "ListGet",
    "Order",
    "Pagination",
    "RateLimit",
    "RateWindow",
    "ScoreRow",
    "extensions_schema",
    "filter_of",
    "flag",
    "list_get",
    "max_effective_items",
    "max_limit_when",
    "order",
    "pagination",
    "problems",
    "rate_limit",
    "scoring_table",
]

Place = Literal["root", "info", "server", "operation", "parameter", "schema"]
T = TypeVar("T")


class Pagination(msgspec.Struct, frozen=True, forbid_unknown_fields=True, rename="camel"):
    """`x-pagination` on a list operation."""

    style: Literal["pageToken", "sinceLastId", "since"]
    # pageToken: the request's token field, the response's next token and items fields
    token_param: str | None = None
    next_field: str | None = None
    items_field: str | None = None
    # since / sinceLastId: the item field the next `since` comes from, and its granularity
    since_field: str | None = None
    fallback_since_field: str | None = None
    since_granularity: Literal["minute", "second"] | None = None
    id_field: str | None = None  # sinceLastId: the item field sent back as last_id
    repeats_last_id: bool = False  # sinceLastId: the item named by last_id comes back again
    # the smallest page size that always brings a new item (a repeat can fill a smaller page)
    min_progress_limit: Annotated[int, msgspec.Meta(ge=1)] | None = None
    key: list[str] | None = None  # the item fields that identify an item (since: de-duplication)
    size_param: str | None = None  # the page size field (default: `limit`, pageToken style `pageSize`)

    @property
    def page_size_param(self) -> str:
        return self.size_param or ("pageSize" if self.style == "pageToken" else "limit")


FilterMatch = Literal["in", "equals", "notBefore", "before", "containsText"]


class Filter(msgspec.Struct, frozen=True, forbid_unknown_fields=True, rename="camel"):
    """`x-filter` on a query parameter or a request-body property: which item field the filter
    constrains, and how every returned item relates to the value sent."""

    field: str  # a dotted path into the item
    match: FilterMatch  # in: item value is one of the sent values; notBefore/before: >= / < (times)


class Order(msgspec.Struct, frozen=True, forbid_unknown_fields=True, rename="camel"):
    """`x-order` on a list operation: the documented order of the items."""

    field: str
    direction: Literal["ascending", "descending"] = "ascending"
    then: str | None = None  # the tie-breaker field, if the docs give one


class ListGet(msgspec.Struct, frozen=True, forbid_unknown_fields=True, rename="camel"):
    """`x-list-get` on a list operation: the operation that reads one listed item, and how."""

    operation_id: str
    parameters: dict[str, str]  # the get's path parameter -> the item field that fills it
    response_field: str | None = None  # where the object sits in the get's response (None: the body)
    ignore: list[str] = []  # item fields the docs say differ between list and get


class RateWindow(msgspec.Struct, frozen=True, forbid_unknown_fields=True, rename="camel"):
    start: str
    end: str
    requests_per_second: int


class RateLimit(msgspec.Struct, frozen=True, forbid_unknown_fields=True, rename="camel"):
    """`x-rate-limit` at the root: local wall-clock windows [start, end) in `timezone`."""

    timezone: str
    windows: list[RateWindow]
    over_limit: Literal["queue", "reject"]
    queue_timeout_seconds: int | None = None


class ScoreRow(msgspec.Struct, frozen=True, forbid_unknown_fields=True, rename="camel"):
    answer: int | str
    raw_answer: int
    percentage: int


@dataclass(frozen=True)
class LimitWhen:
    """`x-max-limit-when`: when every query parameter in `when` has its value, `limit` <= maximum."""

    when: dict[str, Any]
    maximum: int


@dataclass(frozen=True)
class Extension:
    name: str
    type: Any
    places: frozenset[Place]
    meaning: str


def _ext(name: str, typ: Any, places: str, meaning: str) -> Extension:
    return Extension(name, typ, frozenset(places.split()), meaning)  # type: ignore[arg-type]


ANY_NODE = "root info server operation parameter schema"
EXTENSIONS: dict[str, Extension] = {
    e.name: e
    for e in (
        _ext("x-doc-discrepancy", str, ANY_NODE, '"<what the docs say> vs <what we chose>"'),
        _ext("x-inferred", bool, "schema", "the field is not documented; we inferred it"),
        _ext(
            "x-assumed",
            str | dict[str, str],
            ANY_NODE,
            "not in the docs: our assumption. What and why, for the whole node, or per keyword / rule "
            "(see specmodel/strictness.py)",
        ),
        _ext("x-rate-limit", RateLimit, "root", "the vendor's rate limit"),
        _ext("x-pagination", Pagination, "operation", "how the list operation pages"),
        _ext("x-filter", Filter, "parameter schema", "the item field a filter constrains, and how"),
        _ext("x-order", Order, "operation", "the documented order of a list's items"),
        _ext("x-deterministic", bool, "operation", "the same request always gets the same answer (documented)"),
        _ext("x-list-get", ListGet, "operation", "the operation that reads one listed item"),
        _ext("x-computed-nightly", bool, "operation", "data only up to the previous day"),
        _ext("x-limit-counts", Literal["scorecardResults"], "operation", "what `limit` counts"),
        _ext("x-max-limit-when", dict[str, bool | int | str], "operation", "a lower limit maximum under a condition"),
        _ext("x-admin-only", bool, "operation", "only admins may call it"),
        _ext("x-idempotent", bool, "operation", "a POST the client may retry"),
        _ext("x-read-only", bool, "operation", "a POST that only reads: live fuzzing may call it read-only"),
        _ext(
            "x-internal",
            bool,
            "operation",
            "not for the public reference: the publisher leaves it out of the public build",
        ),
        _ext("x-default-page-size", int, "operation", "the page size when none is sent"),
        _ext("x-known-values", list[str], "schema", "the values of an open enum known today"),
        _ext("x-effectively-required", bool, "parameter", "optional in the docs, rejected when absent"),
        _ext("x-max-effective-items", int, "parameter", "how many items the server accepts"),
        _ext("x-scoring-table", dict[str, list[ScoreRow]], "schema", "answer -> rawAnswer -> percentage"),
        _ext(
            "x-token-url-template",
            str,
            "schema",
            "on an OAuth flow: its token URL with `{name}` placeholders for the variables of the first server "
            "(`tokenUrl` is the template filled with their defaults)",
        ),
        # the mock's own admin document (mockserver/admin.yaml)
        _ext("x-mock-error-style", str, "operation", "the mock renders this operation's errors in that style"),
        _ext("x-mock-faults", bool, "operation", "fault injection applies to this admin operation"),
    )
}


@cache
def extensions_schema() -> dict[str, Any]:
    """A JSON Schema (2020-12) with one `$defs` entry per extension value."""
    names = sorted(EXTENSIONS)
    schemas, components = msgspec.json.schema_components(
        [EXTENSIONS[n].type for n in names], ref_template="#/$defs/{name}"
    )
    defs: dict[str, Any] = dict(components)
    for name, schema in zip(names, schemas, strict=True):
        defs[name] = {**schema, "description": EXTENSIONS[name].meaning}
    defs["x-max-limit-when"]["required"] = ["maximum"]
    defs["x-max-limit-when"]["properties"] = {"maximum": {"type": "integer", "minimum": 1}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://contract-kit.invalid/spec/extensions.schema.json",
        "title": "The x- extensions of the contract kit's OpenAPI documents",
        "$defs": defs,
    }


@cache
def _validators() -> dict[str, Any]:
    root = extensions_schema()
    return {name: jsonschema_rs.Draft202012Validator({**root, "$ref": f"#/$defs/{name}"}) for name in EXTENSIONS}


def _walk(node: Any, where: str, place: Place) -> Iterator[tuple[str, Place, dict[str, Any]]]:
    """node and every mapping below it; items of a `parameters` list or map are parameters."""
    if isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}", place)
        return
    if not isinstance(node, dict):
        return
    yield where, place, node
    for key, value in node.items():
        if key.startswith("x-"):
            continue
        if key == "parameters" and isinstance(value, list | dict) and place != "parameter":
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for sub, param in items:
                yield from _walk(param, f"{where}/parameters/{sub}", "parameter")
            continue
        yield from _walk(value, f"{where}/{key}", "schema")


def _nodes(doc: dict[str, Any]) -> Iterator[tuple[str, Place, dict[str, Any]]]:
    """Every mapping of the document with the kind of place it is (JSON pointer, place, node)."""
    yield "#", "root", doc
    if isinstance(doc.get("info"), dict):
        yield "#/info", "info", doc["info"]
    for index, server in enumerate(doc.get("servers") or []):
        if isinstance(server, dict):
            yield f"#/servers/{index}", "server", server
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        base = f"#/paths/{path.replace('~', '~0').replace('/', '~1')}"
        for key, value in item.items():
            if key in HTTP_METHODS and isinstance(value, dict):
                yield from _walk(value, f"{base}/{key}", "operation")
            elif key == "parameters":
                yield from _walk({"parameters": value}, base, "schema")
    yield from _walk(doc.get("components") or {}, "#/components", "schema")


def problems(doc: dict[str, Any]) -> list[str]:
    """Unknown extensions, extensions out of place, and values not of their declared shape."""
    found: list[str] = []
    seen: set[tuple[str, str]] = set()
    validators = _validators()
    for where, place, node in _nodes(doc):
        for key, value in node.items():
            if not (isinstance(key, str) and key.startswith("x-")) or (where, key) in seen:
                continue
            seen.add((where, key))
            ext = EXTENSIONS.get(key)
            if ext is None:
                found.append(f"{where}: unknown extension {key} (declare it in specmodel/extensions.py)")
                continue
            if place not in ext.places:
                found.append(f"{where}: {key} may stand only on: {', '.join(sorted(ext.places))} (found on {place})")
            for error in validators[key].iter_errors(value):
                found.append(f"{where}/{key}: {error.message}")
    return found


def _convert(value: Any, typ: type[T]) -> T:
    return msgspec.convert(value, typ)


def _node(op: Operation | dict[str, Any]) -> dict[str, Any]:
    return op.node if isinstance(op, Operation) else op


def pagination(op: Operation | dict[str, Any]) -> Pagination | None:
    raw = _node(op).get("x-pagination")
    return None if raw is None else _convert(raw, Pagination)


def filter_of(node: dict[str, Any]) -> Filter | None:
    """`x-filter` of a parameter or a request-body property."""
    raw = node.get("x-filter")
    return None if raw is None else _convert(raw, Filter)


def order(op: Operation | dict[str, Any]) -> Order | None:
    raw = _node(op).get("x-order")
    return None if raw is None else _convert(raw, Order)


def list_get(op: Operation | dict[str, Any]) -> ListGet | None:
    raw = _node(op).get("x-list-get")
    return None if raw is None else _convert(raw, ListGet)


def rate_limit(doc: dict[str, Any]) -> RateLimit | None:
    raw = doc.get("x-rate-limit")
    return None if raw is None else _convert(raw, RateLimit)


def max_limit_when(op: Operation) -> LimitWhen | None:
    raw = op.node.get("x-max-limit-when")
    if raw is None:
        return None
    when = {k: v for k, v in raw.items() if k != "maximum"}
    return LimitWhen(when=when, maximum=int(raw["maximum"]))


def scoring_table(node: dict[str, Any]) -> dict[str, list[ScoreRow]] | None:
    raw = node.get("x-scoring-table")
    return None if raw is None else _convert(raw, dict[str, list[ScoreRow]])


def flag(node: dict[str, Any], name: str) -> bool:
    """A boolean extension of an operation, parameter or schema node (`x-idempotent`,
    `x-effectively-required`, `x-read-only`, ...): True only when it is set to true."""
    if EXTENSIONS[name].type is not bool:
        raise KeyError(f"{name} is not a boolean extension")
    return node.get(name) is True


def max_effective_items(param: dict[str, Any]) -> int | None:
    """`x-max-effective-items` of a parameter: how many items the server accepts."""
    raw = param.get("x-max-effective-items")
    return None if raw is None else int(raw)

"""Edge shapes: values of patterned strings at the edges of their patterns, drawn on purpose.

Hypothesis draws a patterned string from the whole language of its regex, so the shapes a
server trips on (a second separator, `metadata.a.b`; a non-ASCII letter; the maximum length) turn
up by chance, if at all. For every string with a `pattern` in a positive case (path, query,
body, and the property names of an object parameter) this draws, one time in four, a value made
from the spec's own examples of it:
- the example with one and two more segments (`metadata.company.company`), with a
  doubled separator, with a separator at either end;
- with a non-ASCII letter, a CJK word and an emoji in place of its first letter and at its end;
- padded to the maximum length, and cut to the minimum;
- two examples joined by the separator.
Only candidates the pattern and length bounds accept are kept, so the case stays positive.
The examples phase also sends the first example of each operation once with each of the first
edge values of each patterned field (`before_add_examples`), so a small budget meets them too.
Importing the module registers both hooks (pytest and CLI alike).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

import schemathesis
from hypothesis import strategies as st
from schemathesis import HookContext
from schemathesis.auths import AuthContext, set_on_case

from fuzz.rules import AnyCase, is_positive
from specmodel.refs import resolve

SEPARATORS = re.compile(r"[^0-9A-Za-z]+")
NON_ASCII = ("é", "ß", "日本", "😀")
MAX_EDGES = 24
MAX_DEPTH = 6


def _examples(node: Mapping[str, Any]) -> list[Any]:
    """A node's `example`, `default` and `examples` values (lists flattened)."""
    found: list[Any] = [node[key] for key in ("example", "default") if key in node]
    for value in node.get("examples") or []:
        found.append(value.get("value") if isinstance(value, Mapping) and "value" in value else value)
    out: list[Any] = []
    for value in found:
        out.extend(value if isinstance(value, list) else [value])
    return out


def _shapes(example: str, max_length: int | None, min_length: int) -> Iterable[str]:
    """The edge shapes of one example, the likeliest to trip a parser first (Hypothesis draws
    the first elements of a sampled list more often)."""
    words = [w for w in SEPARATORS.split(example) if w]
    for sep in dict.fromkeys(SEPARATORS.findall(example)):
        last = words[-1] if words else "x"
        yield example + sep + last
        yield example + sep + last + sep + last
        yield example.replace(sep, sep * 2, 1)
        yield sep + example
        yield example + sep
    for letter in NON_ASCII:
        yield letter + example[1:]
        yield example + letter
    if max_length:
        yield (example * (max_length // max(len(example), 1) + 1))[:max_length]
        yield example + example[-1] * max(0, max_length - len(example))
    if min_length:
        yield example[:min_length]


@cache
def _edges(schema_key: tuple[str, int | None, int], examples: tuple[str, ...]) -> tuple[str, ...]:
    pattern, max_length, min_length = schema_key
    try:
        regex = re.compile(pattern)
    except re.error:
        return ()
    candidates: dict[str, None] = {}
    for example in examples:
        for shape in _shapes(example, max_length, min_length):
            candidates[shape] = None
    for a in examples:
        for sep in list(dict.fromkeys(SEPARATORS.findall(a)))[:1]:
            for b in examples:
                candidates[a + sep + b] = None
    kept = [
        c
        for c in candidates
        if c not in examples
        and regex.search(c)
        and len(c) >= min_length
        and (max_length is None or len(c) <= max_length)
    ]
    return tuple(kept[:MAX_EDGES])


def edges_of(schema: Mapping[str, Any], extra_examples: Iterable[Any] = ()) -> tuple[str, ...]:
    """The edge values of a patterned string schema (empty without a pattern or examples)."""
    pattern = schema.get("pattern")
    if not isinstance(pattern, str):
        return ()
    strings = [e for e in [*_examples(schema), *extra_examples] if isinstance(e, str) and e]
    examples = tuple(dict.fromkeys(strings))
    if not examples:
        return ()
    key = (pattern, schema.get("maxLength"), int(schema.get("minLength", 0)))
    return _edges(key, examples)


def _maybe(value: Any, edges: tuple[str, ...]) -> st.SearchStrategy[Any]:
    """The value three times in four, an edge value one time in four."""
    return st.one_of(st.just(value), st.just(value), st.just(value), st.sampled_from(edges))


def _value_strategy(doc: dict[str, Any], schema: Any, value: Any, examples: list[Any], depth: int) -> Any:
    """A strategy for `value` with edge values mixed into its patterned strings, or None."""
    schema = resolve(doc, schema)
    if depth > MAX_DEPTH or not isinstance(schema, Mapping):
        return None
    if isinstance(value, str):
        edges = edges_of(schema, examples)
        pattern = schema.get("pattern")
        if edges and isinstance(pattern, str) and re.search(pattern, value):
            return _maybe(value, edges)
        return None
    if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        parts = [_value_strategy(doc, schema["items"], v, examples, depth + 1) for v in value]
        if all(p is None for p in parts):
            return None
        return st.tuples(*[st.just(v) if p is None else p for p, v in zip(parts, value, strict=True)]).map(list)
    if isinstance(value, Mapping):
        return _mapping_strategy(doc, schema, value, examples, depth)
    return None


def _mapping_strategy(
    doc: dict[str, Any], schema: Mapping[str, Any], value: Mapping[str, Any], examples: list[Any], depth: int
) -> Any:
    props = schema.get("properties") or {}
    parts = {k: _value_strategy(doc, props.get(k, {}), v, [], depth + 1) for k, v in value.items()}
    names = resolve(doc, schema.get("propertyNames"))
    key_edges: tuple[str, ...] = ()
    if isinstance(names, Mapping):
        key_examples = [k for e in [*_examples(schema), *examples] if isinstance(e, Mapping) for k in e]
        key_edges = edges_of(names, key_examples)
    if all(p is None for p in parts.values()) and not key_edges:
        return None
    fixed = st.fixed_dictionaries({k: st.just(v) if parts[k] is None else parts[k] for k, v in value.items()})
    if not key_edges or len(value) != 1:
        return fixed.map(dict)
    (only_key,) = value
    return st.tuples(fixed, _maybe(only_key, key_edges)).map(lambda pair: {pair[1]: pair[0][only_key]})


def _parameters(case: AnyCase, location: str) -> dict[str, dict[str, Any]]:
    doc = case.operation.schema.raw_schema
    raw = case.operation.definition.raw
    out: dict[str, dict[str, Any]] = {}
    for param in (raw.get("parameters") if isinstance(raw, dict) else None) or []:
        param = resolve(doc, param)
        if isinstance(param, dict) and param.get("in") == location:
            out[str(param["name"])] = param
    return out


def _exploded_object(params: dict[str, dict[str, Any]], container: Mapping[str, Any]) -> tuple[str, Any] | None:
    """(name, value) of the one exploded object parameter whose properties fill the query."""
    objects = [
        name
        for name, param in params.items()
        if (param.get("schema") or {}).get("type") == "object" and param.get("explode", True)
    ]
    rest = {k: v for k, v in container.items() if k not in params}
    if len(objects) != 1 or not rest:
        return None
    return objects[0], rest


def case_strategy(case: AnyCase) -> st.SearchStrategy[AnyCase]:
    """`case`, or the case with edge values in some of its patterned strings."""
    doc = case.operation.schema.raw_schema
    plans: dict[str, Any] = {}
    for attr, location in (("path_parameters", "path"), ("query", "query")):
        container = getattr(case, attr)
        if not isinstance(container, Mapping):
            continue
        params = _parameters(case, location)
        exploded = _exploded_object(params, container)
        if exploded is not None:  # an object parameter spread over the query (`field=value` pairs)
            name, value = exploded
            strategy = _value_strategy(doc, params[name].get("schema"), value, _examples(params[name]), 0)
            if strategy is not None:
                plans[f"{attr}\0\0{name}"] = strategy
        for name, value in container.items():
            param = params.get(name)
            if param is None:
                continue
            strategy = _value_strategy(doc, param.get("schema"), value, _examples(param), 0)
            if strategy is not None:
                plans[f"{attr}\0{name}"] = strategy
    raw = case.operation.definition.raw
    body_schema = None
    if isinstance(raw, dict) and isinstance(case.body, Mapping):
        content = (resolve(doc, raw.get("requestBody")) or {}).get("content") or {}
        body_schema = (content.get("application/json") or {}).get("schema")
    body = _value_strategy(doc, body_schema, case.body, [], 0) if body_schema is not None else None
    if not plans and body is None:
        return st.just(case)

    def apply(drawn: tuple[dict[str, Any], Any]) -> AnyCase:
        values, new_body = drawn
        for attr in ("path_parameters", "query"):
            container = getattr(case, attr)
            if isinstance(container, Mapping):
                updated = dict(container)
                for key, value in values.items():
                    where, _, name = key.partition("\0")
                    if where != attr:
                        continue
                    if name.startswith("\0"):  # the exploded object: its pairs replace the query's
                        for old in [k for k in updated if k not in _parameters(case, "query")]:
                            del updated[old]
                        updated.update(value)
                    else:
                        updated[name] = value
                setattr(case, attr, updated)
        if body is not None:
            case.body = new_body
        return case

    return st.tuples(st.fixed_dictionaries(plans), body or st.just(None)).map(apply)


@schemathesis.hook
def flatmap_case(context: HookContext, case: AnyCase) -> st.SearchStrategy[AnyCase]:
    if not is_positive(case):
        return st.just(case)
    return case_strategy(case)


# ---- the examples phase: the edge values of every patterned field, each sent once ---------
EDGES_PER_FIELD = 3  # the first edge shapes of each field (the likeliest to trip a parser)
MAX_VARIANTS = 12  # per operation


def _body_targets(doc: dict[str, Any], schema: Any, value: Any, path: tuple[Any, ...], depth: int) -> list[Any]:
    """(path into the body, edge values) of every patterned string of a body value."""
    schema = resolve(doc, schema)
    if depth > MAX_DEPTH or not isinstance(schema, Mapping):
        return []
    if isinstance(value, str):
        pattern, edges = schema.get("pattern"), edges_of(schema)
        return [(path, edges)] if edges and isinstance(pattern, str) and re.search(pattern, value) else []
    if isinstance(value, Mapping):
        props = schema.get("properties") or {}
        return [t for k, v in value.items() for t in _body_targets(doc, props.get(k, {}), v, (*path, k), depth + 1)]
    if isinstance(value, list) and value and isinstance(schema.get("items"), Mapping):
        return _body_targets(doc, schema["items"], value[0], (*path, 0), depth + 1)
    return []


def _with(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, list):
        return [_with(v, rest, new) if i == head else v for i, v in enumerate(value)]
    return {**value, head: _with(value[head], rest, new)}


def variants(case: AnyCase) -> list[dict[str, Any]]:
    """Copies of an example case's parts (path_parameters, query, body), each with one
    patterned field set to one of its first edge values."""
    doc = case.operation.schema.raw_schema
    out: list[dict[str, Any]] = []
    for attr, location in (("path_parameters", "path"), ("query", "query")):
        container = getattr(case, attr)
        if not isinstance(container, Mapping):
            continue
        params = _parameters(case, location)
        exploded = _exploded_object(params, container)
        if exploded is not None:
            name, value = exploded
            names = resolve(doc, (params[name].get("schema") or {}).get("propertyNames"))
            key_examples = [k for e in _examples(params[name]) if isinstance(e, Mapping) for k in e]
            if isinstance(names, Mapping) and len(value) == 1:
                ((key, item),) = value.items()
                rest = {k: v for k, v in container.items() if k in params}
                for edge in edges_of(names, [key, *key_examples])[:EDGES_PER_FIELD]:
                    out.append({attr: {**rest, edge: item}})
        for name, value in container.items():
            param = params.get(name)
            schema = resolve(doc, param.get("schema")) if param else None
            if not isinstance(value, str) or not isinstance(schema, Mapping):
                continue
            pattern = schema.get("pattern")
            if isinstance(pattern, str) and re.search(pattern, value):
                for edge in edges_of(schema, [value, *_examples(param or {})])[:EDGES_PER_FIELD]:
                    out.append({attr: {**container, name: edge}})
    raw = case.operation.definition.raw
    if isinstance(raw, dict) and isinstance(case.body, Mapping):
        content = (resolve(doc, raw.get("requestBody")) or {}).get("content") or {}
        schema = (content.get("application/json") or {}).get("schema")
        for path, edges in _body_targets(doc, schema, case.body, (), 0):
            for edge in edges[:EDGES_PER_FIELD]:
                out.append({"body": _with(case.body, path, edge)})
    return out[:MAX_VARIANTS]


@schemathesis.hook
def before_add_examples(context: HookContext, examples: list[AnyCase]) -> None:
    """The first example of each operation, once per edge value of each patterned field."""
    if not examples or context.operation is None:
        return
    first, operation = examples[0], context.operation
    for change in variants(first):
        case = operation.Case(
            path_parameters=dict(change.get("path_parameters", first.path_parameters) or {}),
            query=dict(change.get("query", first.query) or {}),
            headers={k: v for k, v in (first.headers or {}).items() if k.lower() != "authorization"},
            body=change.get("body", first.body),
            media_type=first.media_type,
        )
        # the run's credentials, set as on a generated case (schemathesis' own refresh_auth does so)
        set_on_case(case, AuthContext(operation=operation, app=operation.app), None)
        examples.append(case)

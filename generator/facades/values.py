"""How a spec value becomes a facade argument: its annotation and the conversion to what the
generated `_get_kwargs` takes (`format: uuid` -> `UUID | str`, a resource-name `pattern` ->
`str | <Singular>Name`, arrays -> `Sequence[...]`, `$ref` objects -> the generated model)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.facades.context import Context, FacadeError, Spec

__all__ = ["Value", "model_of", "name_class", "pattern_name", "singular", "value_of"]

CORE = "._core"


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def name_class(ctx: Context, collection: str) -> str:
    names = ctx.policy.resource_names
    assert names is not None
    cls = singular(collection)
    cls = cls[:1].upper() + cls[1:] + "Name"
    if cls not in ctx.name_classes:
        raise FacadeError(f"{collection}: no resource-name class {cls} in {names.module}")
    return ctx.imports.add(f".{names.module}", cls)


def pattern_name(ctx: Context, pattern: Any) -> str | None:
    """The name class of a string pattern that is a resource name, e.g.
    `^customers/[A-Za-z0-9][A-Za-z0-9_-]*/profiles/[A-Za-z0-9][A-Za-z0-9_-]*$` -> ProfileName."""
    if ctx.policy.resource_names is None or not isinstance(pattern, str):
        return None
    body = pattern.removeprefix("^").removesuffix("$")
    if body.startswith("(") and body.endswith(")?"):
        body = body[1:-2]
    parts = body.split("/")
    if len(parts) < 2 or len(parts) % 2:
        return None
    literals, ids = parts[0::2], parts[1::2]
    if not all(re.fullmatch(r"[A-Za-z]+", lit) for lit in literals) or not all(i.startswith("[") for i in ids):
        return None
    return name_class(ctx, literals[-1])


@dataclass
class Value:
    """How one spec value becomes a facade argument."""

    annotation: str
    convert: str = "{}"  # the value as the generated code takes it
    list_adapter: bool = False  # converted by the policy's list adapter (None and one value included)


def value_of(ctx: Context, schema: Any, *, one_of_many: bool = False) -> Value:
    ref = Spec.ref_name(schema)
    schema = ctx.spec.resolve(schema) or {}
    kind, fmt = schema.get("type"), schema.get("format")
    if ref is not None and kind in (None, "object"):
        return Value(model_of(ctx, ref))
    if kind == "string":
        if fmt == "uuid":
            return Value(ctx.imports.add("uuid", "UUID") + " | str", "UUID(str({}))")
        if fmt == "date-time":
            ctx.imports.add("datetime", "")
            return Value("datetime.datetime")
        name = pattern_name(ctx, schema.get("pattern"))
        return Value("str") if name is None else Value(f"str | {name}", "str({})")
    if kind in ("integer", "number", "boolean"):
        return Value({"integer": "int", "number": "float", "boolean": "bool"}[kind])
    if kind == "array":
        item = value_of(ctx, schema.get("items") or {})
        ctx.imports.add("collections.abc", "Sequence")
        resources = ctx.policy.resource_names
        if item.convert == "str({})" and resources is not None and resources.list_adapter:
            adapter = ctx.imports.ref(resources.list_adapter)
            one = f" | {item.annotation}" if one_of_many else ""
            return Value(f"Sequence[{item.annotation}]{one}", f"{adapter}({{}})", list_adapter=True)
        if item.convert != "{}":
            raise FacadeError(f"array of converted items ({item.annotation}) needs a list adapter")
        return Value(f"Sequence[{item.annotation}]", "list({})")
    raise FacadeError(f"schema {schema!r}: no facade type")


def model_of(ctx: Context, name: str) -> str:
    if name not in ctx.models:
        raise FacadeError(f"{name}: not a generated model")
    return ctx.imports.add(".models", name)

"""Step 4c's parser: the spec (through specmodel), the API registry and the policy table in,
the facade model out. All decisions are made here; the templates only render.

The rules, each read from the spec:
- one method per operation, named for its operationId; its return annotation is the 2xx
  schema (a one-field response object is unwrapped to that field, checked for presence only
  when the schema leaves it optional; an empty one is `None`);
- with `resource_names` in the policy, the path template is a resource name: the method takes
  one `name` (or `parent`, for a collection) argument, parsed by the hand-written name class;
  other path parameters are positional arguments (`format: uuid` takes `UUID | str`);
- query parameters are keyword arguments (required first), named by their last dotted part,
  with the schema's default; `x-effectively-required` makes one required and
  `x-max-effective-items: 1` lets a list take one value; a string whose `pattern` is a
  resource name takes the name object too;
- a request body whose properties are all required is flattened into keyword arguments;
  otherwise it is one positional model argument (optional when nothing in it is required);
- every `x-pagination` operation gets an `iter_*` helper: pageToken (the token in the query
  or in the body), since and sinceLastId (`since` positional, `page_size` up to the limit's
  maximum, lowered under `x-max-limit-when`).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

from generator.facades import constructor, spec_rules
from generator.facades.context import Context, FacadeError, Imports, Spec
from generator.facades.model import Argument, Call, Facade, Method
from generator.facades.paging import SINCE_PAGING, SINCE_PARAM, paging_of
from generator.facades.policy import FacadePolicy, OperationPolicy, ResourceNames
from generator.facades.values import model_of, name_class, value_of
from specmodel import ApiEntry, Operation, operations
from specmodel import extensions as ext

__all__ = ["FacadeError", "parse"]

CORE = "._core"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
SETUP = "<setup>"  # an Input feed that is a statement before the call


def _class_names(module: Path) -> set[str]:
    if not module.is_file():
        raise FacadeError(f"{module}: the resource-name module of the policy is missing")
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return {node.name for node in tree.body if isinstance(node, ast.ClassDef)}


def _model_names(package: Path) -> set[str]:
    init = package / "models" / "__init__.py"
    if not init.is_file():
        return set()
    tree = ast.parse(init.read_text(encoding="utf-8"))
    return {
        alias.asname or alias.name for node in tree.body if isinstance(node, ast.ImportFrom) for alias in node.names
    }


def _endpoint_module(ctx: Context, op: Operation) -> tuple[str, list[str]]:
    """The generated endpoint module of op (relative) and its `_get_kwargs` parameter names."""
    module = snake_case(op.operation_id)
    found = sorted(ctx.package.glob(f"api/*/{module}.py"))
    if len(found) != 1:
        raise FacadeError(f"{op.operation_id}: expected one generated module api/*/{module}.py, found {found}")
    tree = ast.parse(found[0].read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs":
            params = [a.arg for a in (*node.args.args, *node.args.kwonlyargs)]
            return f".api.{found[0].parent.name}.{module}", params
    raise FacadeError(f"{found[0]}: no _get_kwargs")


@dataclass
class Input:
    """One facade argument and the `_get_kwargs` entries (or body fields) it feeds."""

    argument: Argument
    feeds: list[tuple[str, str]]  # `_get_kwargs` parameter (or SETUP) -> expression


def _argument(ctx: Context, name: str, target: str, schema: Any, *, required: bool, keyword: bool, **kw: Any) -> Input:
    value = value_of(ctx, schema, **kw)
    raw = ctx.spec.resolve(schema) or {}
    default = raw.get("default")
    if value.list_adapter:
        annotation = value.annotation if required else f"{value.annotation} | None"
        arg = Argument(name, annotation, None if required else "None", keyword)
        return Input(arg, [(target, value.convert.format(name))])
    if required:
        return Input(Argument(name, value.annotation, None, keyword), [(target, value.convert.format(name))])
    if default is not None:
        return Input(Argument(name, value.annotation, repr(default), keyword), [(target, value.convert.format(name))])
    optional = ctx.imports.add(CORE, "optional")
    converted = name if value.convert == "{}" else f"None if {name} is None else {value.convert.format(name)}"
    return Input(Argument(name, f"{value.annotation} | None", "None", keyword), [(target, f"{optional}({converted})")])


def _parameters(ctx: Context, op: Operation) -> list[dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(op.path_item.get("parameters") or []), *(op.node.get("parameters") or [])]:
        param = ctx.spec.resolve(raw)
        merged[(param["name"], param["in"])] = param
    return list(merged.values())


def _check_target(op: Operation, target: str, generated: list[str]) -> str:
    if target not in generated:
        raise FacadeError(f"{op.operation_id}: the generated _get_kwargs has no parameter {target!r}")
    return target


def _path_inputs(
    ctx: Context, op: Operation, opp: OperationPolicy, params: list[dict[str, Any]], generated: list[str]
) -> list[Input]:
    """The path arguments: one resource name, or one positional argument per parameter."""
    path_params = {p["name"]: p for p in params if p["in"] == "path"}
    names = ctx.policy.resource_names
    if names is not None and path_params and op.path.startswith(names.path_prefix):
        return [_resource_name(ctx, op, opp, names, generated)]
    inputs = []
    for placeholder in _PLACEHOLDER.findall(op.path):
        param = path_params[placeholder]
        target = _check_target(op, snake_case(placeholder), generated)
        inputs.append(
            _argument(ctx, snake_case(placeholder), target, param.get("schema"), required=True, keyword=False)
        )
    return inputs


def _resource_name(
    ctx: Context, op: Operation, opp: OperationPolicy, names: ResourceNames, generated: list[str]
) -> Input:
    template = op.path.removeprefix(names.path_prefix)
    segments = template.split("/")
    segments[-1] = segments[-1].split(":", 1)[0]  # a custom verb: `{messageId}:redact`, `conversations:sample`
    addresses_resource = "{" in segments[-1]
    resource = segments if addresses_resource else segments[:-1]
    if len(resource) < 2 or "{" not in resource[-1]:
        raise FacadeError(f"{op.operation_id}: {op.path} is not a resource-name path")
    cls = name_class(ctx, resource[-2])
    arg = opp.name_argument or ("name" if addresses_resource else "parent")
    var = f"{arg}_"
    feeds = [
        (_check_target(op, snake_case(p), generated), f'{var}.path_id("{snake_case(p)}")')
        for p in _PLACEHOLDER.findall("/".join(resource))
    ]
    setup = f"{var} = {cls}.parse({arg})"
    return Input(Argument(arg, f"str | {cls}", None, False), [(SETUP, setup), *feeds])


def _query_inputs(
    ctx: Context, op: Operation, opp: OperationPolicy, params: list[dict[str, Any]], generated: list[str]
) -> tuple[list[Input], list[Input]]:
    paging = ext.pagination(op)
    positional: list[Input] = []
    keywords: list[Input] = []
    for param in params:
        if param["in"] != "query":
            continue
        json_name = str(param["name"])
        target = _check_target(op, snake_case(json_name), generated)
        adapter = opp.arguments.get(json_name)
        if adapter is not None:
            func = ctx.imports.ref(adapter.adapter)
            args = [Argument(n, a) for n, a in adapter.takes.items()]
            call = f"{func}({', '.join(adapter.takes)})"
            positional += [Input(a, []) for a in args[:-1]] + [Input(args[-1], [(target, call)])]
            continue
        if paging is not None and paging.style != "pageToken" and json_name == SINCE_PARAM:
            since = ctx.imports.add(SINCE_PAGING, "Since")
            conv = ctx.imports.add(SINCE_PAGING, "since_param")
            positional.append(Input(Argument(SINCE_PARAM, since), [(target, f"{conv}({SINCE_PARAM})")]))
            continue
        required = bool(param.get("required")) or ext.flag(param, "x-effectively-required")
        name = snake_case(json_name.rsplit(".", 1)[-1])
        one = ext.max_effective_items(param) == 1
        keywords.append(
            _argument(ctx, name, target, param.get("schema"), required=required, keyword=True, one_of_many=one)
        )
    return positional, keywords


Inputs = list[Input]


def _body_inputs(
    ctx: Context, op: Operation, opp: OperationPolicy, generated: list[str]
) -> tuple[Inputs, Inputs, list[str], list[tuple[str, str]]]:
    """(positional inputs, keyword inputs, setup statements, `_get_kwargs` entries) of the body."""
    if "requestBody" not in op.node:
        return [], [], [], []
    raw = ctx.spec.json_schema(op.node["requestBody"])
    model = Spec.ref_name(raw)
    if model is None:
        raise FacadeError(f"{op.operation_id}: the request body must be a $ref to a schema")
    cls = model_of(ctx, model)
    schema = ctx.spec.resolve(raw)
    props: dict[str, Any] = schema.get("properties") or {}
    required = list(schema.get("required") or [])
    target = _check_target(op, "body", generated)
    if props and set(required) == set(props):  # flattened
        inputs = [
            _argument(ctx, snake_case(p), snake_case(p), s, required=True, keyword=True) for p, s in props.items()
        ]
        fields = ", ".join(f"{attr}={expr}" for i in inputs for attr, expr in i.feeds)
        return [], [Input(i.argument, []) for i in inputs], [f"body_ = {cls}({fields})"], [(target, "body_")]
    arg = opp.body_argument or "body"
    if not required:
        return [Input(Argument(arg, f"{cls} | None", "None"), [(target, f"{arg} or {cls}()")])], [], [], []
    return [Input(Argument(arg, cls), [(target, arg)])], [], [], []


def _response(
    ctx: Context, op: Operation, opp: OperationPolicy, alias: str
) -> tuple[str, str, tuple[str, str, bool] | None]:
    """(parser, return annotation, unwrap) of op."""
    if opp.response is not None:
        for dotted in opp.response.imports:
            ctx.imports.ref(dotted)
        return ctx.imports.ref(opp.response.parser), opp.response.type, None
    parser = f"{alias}._parse_response"
    ok = next((r for code, r in op.node.get("responses", {}).items() if str(code).startswith("2")), None)
    raw = None if ok is None else ctx.spec.json_schema(ok)
    if raw is None:
        return parser, "None", None
    schema = ctx.spec.resolve(raw) or {}
    ref = Spec.ref_name(raw)
    if ref is not None and schema.get("type", "object") == "object":
        props: dict[str, Any] = schema.get("properties") or {}
        if not props:
            return parser, "None", None
        if len(props) == 1:
            ((json_field, sub),) = props.items()
            inner = Spec.ref_name(sub)
            if inner is not None and (ctx.spec.resolve(sub) or {}).get("type", "object") == "object":
                optional = json_field not in (schema.get("required") or [])
                if optional:  # the facade checks that the server sent it
                    ctx.imports.add(CORE, "required")
                return parser, model_of(ctx, inner), (snake_case(json_field), json_field, optional)
        return parser, model_of(ctx, ref), None
    if schema.get("type") == "array":
        return parser, f"list[{value_of(ctx, schema.get('items') or {}).annotation}]", None
    return parser, value_of(ctx, raw).annotation, None


def _ordered(inputs: list[Input]) -> list[Input]:
    return [i for i in inputs if i.argument.default is None] + [i for i in inputs if i.argument.default is not None]


def _doc(op: Operation) -> str:
    text = str(op.node.get("summary") or op.node.get("description") or op.operation_id).strip()
    text = " ".join(text.split())
    return text if text.endswith(".") else text + "."


def _method(ctx: Context, op: Operation) -> Method:
    opp = ctx.policy.of(op.operation_id)
    module, generated = _endpoint_module(ctx, op)
    parent, _, leaf = module.rpartition(".")
    alias = f"_{leaf}"
    ctx.imports.add(parent, f"{leaf} as {alias}")
    params = _parameters(ctx, op)
    path_pos = _path_inputs(ctx, op, opp, params, generated)
    query_pos, query_kw = _query_inputs(ctx, op, opp, params, generated)
    body_pos, body_kw, body_setup, body_kwargs = _body_inputs(ctx, op, opp, generated)
    inputs = [*path_pos, *query_pos, *body_pos, *_ordered([*query_kw, *body_kw])]
    setup = [expr for i in inputs for target, expr in i.feeds if target == SETUP] + body_setup
    kwargs = [(t, e) for i in inputs for t, e in i.feeds if t != SETUP] + body_kwargs
    parser, returns, unwrap = _response(ctx, op, opp, alias)
    idempotent = None
    if opp.idempotent_when_set is not None:
        body_arg = opp.body_argument or "body"
        idempotent = f"bool({body_arg}.{snake_case(opp.idempotent_when_set)})"
    call = Call(op.operation_id, module, alias, setup, kwargs, parser, returns, unwrap, idempotent)
    method = Method(snake_case(op.operation_id), _doc(op), [i.argument for i in inputs], call)
    paging = ext.pagination(op)
    if paging is None:
        return method
    return Method(method.name, method.doc, method.arguments, call, paging_of(ctx, op, method, paging, params))


def parse(entry: ApiEntry, doc: dict[str, Any], policy: FacadePolicy, package: Path) -> Facade:
    """The facade model of one API; `package` is the generated package with the policy modules in it."""
    imports = Imports()
    names = set() if policy.resource_names is None else _class_names(package / f"{policy.resource_names.module}.py")
    ctx = Context(entry, Spec(doc), policy, package, imports, _model_names(package), names)
    methods = [_method(ctx, op) for op in operations(doc)]
    rules = spec_rules.build(doc, policy)
    return constructor.facade(ctx, methods, rules)

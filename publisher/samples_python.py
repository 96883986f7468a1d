"""The Python SDK sample of one request: the blocking facade's method for the operation.

The method, its arguments and the constructor come from the generator's facade model
(``generator.facades.model``: what the generated ``_client.py`` is rendered from), never from a
second reading of the spec, so a sample cannot call a method or pass an argument the client
does not have. The model says which generated ``_get_kwargs`` parameter each argument feeds
(``Call.kwargs``, ``Call.setup``); those are the spec's parameter names in snake case (as
openapi-python-client names them), which ties each argument to the value of the request.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import snake_case

from generator.facades.model import Argument, Facade, Method
from publisher.samples_request import EnvVar, Request, SampleError, Template, dump

__all__ = ["render"]

BODY = "body"  # the `_get_kwargs` parameter of a request body


@dataclass
class _Feeds:
    """What the model says one method's arguments feed."""

    direct: dict[str, list[str]] = field(default_factory=dict)  # argument -> `_get_kwargs` parameters
    # argument -> (name class, its field -> `_get_kwargs` parameter)
    names: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    body_fields: dict[str, str] = field(default_factory=dict)  # argument -> body field (snake case)


def _identifiers(expr: ast.AST) -> list[str]:
    return [node.id for node in ast.walk(expr) if isinstance(node, ast.Name)]


def _feeds(method: Method) -> _Feeds:
    arguments = {arg.name for arg in method.arguments}
    parsed_names: dict[str, tuple[str, str]] = {}  # local -> (class, argument)
    feeds = _Feeds()
    for statement in method.call.setup:
        assign = ast.parse(statement).body[0]
        if not (isinstance(assign, ast.Assign) and isinstance(assign.value, ast.Call)):
            raise SampleError(f"{method.name}: unexpected setup statement {statement!r}")
        local = assign.targets[0].id if isinstance(assign.targets[0], ast.Name) else ""
        call = assign.value
        if isinstance(call.func, ast.Attribute) and call.func.attr == "parse" and isinstance(call.func.value, ast.Name):
            parsed_names[local] = (call.func.value.id, _identifiers(call.args[0])[0])
        elif isinstance(call.func, ast.Name):  # a flattened body: `body_ = Model(field=expr, ...)`
            for keyword in call.keywords:
                for name in _identifiers(keyword.value):
                    if name in arguments and keyword.arg:
                        feeds.body_fields[name] = keyword.arg
    for target, expr in method.call.kwargs:
        tree = ast.parse(expr, mode="eval")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "path_id"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in parsed_names
            ):
                cls, argument = parsed_names[node.func.value.id]
                constant = node.args[0]
                if not (isinstance(constant, ast.Constant) and isinstance(constant.value, str)):
                    raise SampleError(f"{method.name}: unexpected path_id call in {expr!r}")
                feeds.names.setdefault(argument, (cls, {}))[1][constant.value] = target
        for name in _identifiers(tree):
            if name in arguments:
                feeds.direct.setdefault(name, []).append(target)
    return feeds


class _Writer:
    """Python source of one sample: values, the variables it reads and what it imports."""

    def __init__(self, request: Request, facade: Facade, package: str) -> None:
        self.request, self.facade, self.package = request, facade, package
        self.prefix = request.base_url.name.removesuffix("BASE_URL")
        self.top: set[str] = set()  # names imported from the package
        self.models: set[str] = set()  # names imported from <package>.models
        self.uses_datetime = False

    def var(self, var: EnvVar) -> str:
        name = var.name.removeprefix(self.prefix) if var.name.startswith(self.prefix) else var.name
        return re.sub(r"\W", "_", name).upper()

    def string(self, value: str | Template) -> str:
        if isinstance(value, str):
            return json.dumps(value, ensure_ascii=False)
        if len(value.parts) == 1 and isinstance(value.parts[0], EnvVar):
            return self.var(value.parts[0])
        text = "".join(
            "{" + self.var(p) + "}" if isinstance(p, EnvVar) else p.replace("{", "{{").replace("}", "}}")
            for p in value.parts
        )
        return "f" + json.dumps(text, ensure_ascii=False)

    @staticmethod
    def scalar(value: Any) -> str:
        return repr(value)

    def value(self, value: Any, annotation: str, indent: int) -> str:
        if isinstance(value, Template) and annotation in ("int", "float"):  # a variable holds text
            return f"{annotation}({self.string(value)})"
        if annotation.startswith("datetime.datetime") and isinstance(value, str):
            self.uses_datetime = True
            return f"datetime.datetime.fromisoformat({self.string(value)})"
        return dump(value, self.string, self.scalar, indent, "    ", ",")

    def declaration(self, var: EnvVar) -> str:
        if var.default is None:
            return f'{self.var(var)} = os.environ["{var.name}"]'
        return f'{self.var(var)} = os.environ.get("{var.name}", {json.dumps(var.default, ensure_ascii=False)})'


def _param_value(request: Request, target: str) -> tuple[bool, Any]:
    """The value of the path or query parameter the generated argument *target* is named for."""
    for param in request.params:
        if snake_case(param.name) == target:
            return True, param.value
    return False, None


def _path_value(request: Request, target: str) -> Any:
    for param in request.params:
        if param.location == "path" and snake_case(param.name) == target:
            return param.value
    raise SampleError(f"{request.operation_id}: no path parameter for the generated argument {target!r}")


def _body_field(request: Request, attr: str) -> tuple[bool, Any]:
    body = request.body if isinstance(request.body, dict) else {}
    for key, value in body.items():
        if snake_case(key) == attr:
            return True, value
    return False, None


def _model_name(annotation: str, facade: Facade) -> str | None:
    """The generated model of an argument's annotation (`CoachingComment`, `X | None`)."""
    head = annotation.split(" | ")[0]
    return head if (".models", head) in facade.imports else None


def _arguments(writer: _Writer, method: Method) -> list[tuple[Argument, str]]:
    """(argument, value source) of every argument the request gives a value."""
    request, feeds = writer.request, _feeds(method)
    out: list[tuple[Argument, str]] = []
    adapters: dict[tuple[str, ...], list[Argument]] = {}
    for arg in method.arguments:
        targets = tuple(feeds.direct.get(arg.name, []))
        if len(targets) == 1 and sum(1 for t in feeds.direct.values() if tuple(t) == targets) > 1:
            adapters.setdefault(targets, []).append(arg)
    taken: set[str] = set()
    for arg in method.arguments:
        if arg.name in taken:
            continue
        found, value = False, None
        source = None
        if arg.name in feeds.names:
            cls, fields = feeds.names[arg.name]
            writer.top.add(cls)
            ids = [(Argument(f, "str", None, True), writer.string(_path_value(request, t))) for f, t in fields.items()]
            found, source = True, _call(cls, ids, "        ")  # laid out as a method argument
        elif arg.name in feeds.body_fields:
            found, value = _body_field(request, feeds.body_fields[arg.name])
        elif any(arg in group for group in adapters.values()):
            group = next(g for g in adapters.values() if arg in g)
            found, value = _param_value(request, feeds.direct[arg.name][0])
            if found:
                if not (isinstance(value, dict) and len(value) == 1 and len(group) == 2):
                    raise SampleError(
                        f"{method.name}: the facade model does not say how {[a.name for a in group]} "
                        f"split the value {value!r}"
                    )
                ((key, item),) = value.items()
                out += [(group[0], writer.string(key)), (group[1], writer.value(item, group[1].annotation, 2))]
                taken.update(a.name for a in group)
                continue
        elif arg.name in feeds.direct:
            (target,) = feeds.direct[arg.name][:1]
            if target == BODY:
                found, value = request.has_body, request.body
                model = _model_name(arg.annotation, writer.facade)
                if found and model is not None:
                    writer.models.add(model)
                    source = f"{model}.from_dict({writer.value(value, 'dict', 2)})"
            else:
                found, value = _param_value(request, target)
        if not found:
            if arg.default is None:
                raise SampleError(f"{method.name}: the request has no value for the required argument {arg.name!r}")
            continue
        out.append((arg, source if source is not None else writer.value(value, arg.annotation, 2)))
    return out


def _call(name: str, args: list[tuple[Argument, str]], indent: str) -> str:
    """``name(a, b, key=c)`` on one line when it fits, else one argument a line (values are
    rendered for that layout: one level deeper than *indent*)."""
    parts = [f"{arg.name}={value}" if arg.keyword_only else value for arg, value in args]
    inline = f"{name}({', '.join(parts)})"
    if len(indent) + len(inline) <= 100 and "\n" not in inline:
        return inline
    inner = indent + "    "
    return f"{name}(\n" + "".join(f"{inner}{part},\n" for part in parts) + f"{indent})"


def _positional(method: Method, args: list[tuple[Argument, str]]) -> list[tuple[Argument, str]]:
    """Keyword form for every argument after one that was left out (or that is keyword-only)."""
    given = {arg.name for arg, _ in args}
    out, keywords = [], False
    for arg in method.arguments:
        if arg.name not in given:
            keywords = keywords or not arg.keyword_only
            continue
        value = next(v for a, v in args if a.name == arg.name)
        keywords = keywords or arg.keyword_only
        out.append((Argument(arg.name, arg.annotation, arg.default, keywords), value))
    return out


def render(request: Request, facade: Facade, package: str) -> str:
    """The Python sample of *request* through the facade model's method for its operation."""
    method = next((m for m in facade.methods if m.call.operation_id == request.operation_id), None)
    if method is None:
        raise SampleError(f"{request.operation_id}: the {facade.facade} facade has no method for it")
    writer = _Writer(request, facade, package)
    args = _positional(method, _arguments(writer, method))
    constructor: list[tuple[Argument, str]] = []
    credentials = request.auth.credentials
    for param in facade.constructor:
        arg = param.argument
        if param.role is not None and param.role in credentials:
            constructor.append((arg, writer.var(credentials[param.role])))
        elif param.role is not None and arg.default is None:
            raise SampleError(f"{facade.facade}: the constructor needs {arg.name!r}, the request has no credential")
        elif arg.name == "base_url":
            constructor.append((arg, writer.var(request.base_url)))
    client = re.sub(r"\W", "_", facade.api).lower()
    call = _call(f"{client}.{method.name}", args, "    ")
    lines = ["import os"]
    if writer.uses_datetime:
        lines.insert(0, "import datetime")
    lines.append("")
    lines.append(f"from {package} import {', '.join(sorted({facade.facade, *writer.top}))}")
    if writer.models:
        lines.append(f"from {package}.models import {', '.join(sorted(writer.models))}")
    lines += ["", *(writer.declaration(var) for var in request.variables), ""]
    lines.append(f"with {_call(facade.facade, constructor, '')} as {client}:")
    lines += [f"    {call}"] if method.call.returns == "None" else [f"    result = {call}", "    print(result)"]
    return "\n".join(lines) + "\n"

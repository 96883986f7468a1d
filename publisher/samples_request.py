"""What a code sample sends: one request per operation, read from the spec and the API registry.

Both renderings (``samples_curl``, ``samples_python``) draw from this one description, so the
curl and the Python sample of an operation send the same request:

- the base URL, the credentials and every path id come from environment variables, named by
  the registry's ``live.env`` entries where they exist (a credential by its role, a path
  parameter by its ``pin``), else derived: ``<API>_BASE_URL``, ``<API>_<PARAMETER>`` (a
  parameter called ``id`` is qualified by the path segment before it: ``/kpi/{id}`` ->
  ``<API>_KPI_ID``);
- a variable's default is the spec's value: the first server (its variables' defaults), the
  OAuth flow's ``tokenUrl``, the parameter's example; credentials have none (required);
- query parameters: the required ones (``x-effectively-required`` too), with their example
  or default; the request body: its first example; without one, a value is built from the
  schema (its required properties, each from its example or default, else a placeholder);
- a string value holding a pinned id as a resource-name segment (``customers/acme/users/u``,
  where ``acme`` is the example of the pinned ``customerId``) takes the variable there too, so
  a sample never addresses another tenant than the caller's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from publisher.changes import resolve
from publisher.specs import SpecError
from specmodel import ApiEntry
from specmodel.registry import Role

__all__ = ["Auth", "EnvVar", "Param", "Request", "SampleError", "Template", "dump", "request_of"]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class SampleError(SpecError):
    """The spec does not say enough to write a sample (a value without an example)."""


@dataclass(frozen=True)
class EnvVar:
    """An environment variable a sample reads: its default (None: the user must set it)."""

    name: str
    default: str | None
    help: str


@dataclass(frozen=True)
class Template:
    """A string made of literal parts and environment variables (``EnvVar`` names)."""

    parts: tuple[str | EnvVar, ...]

    @property
    def variables(self) -> list[EnvVar]:
        return [part for part in self.parts if isinstance(part, EnvVar)]


@dataclass(frozen=True)
class Param:
    """A path or query parameter the sample sends (``value``: JSON data, strings may be Templates)."""

    name: str
    location: Literal["path", "query"]
    value: Any
    style: str = "form"
    explode: bool = True


@dataclass(frozen=True)
class Auth:
    """How the sample authenticates: the registry's auth kind and the variables it reads by role."""

    kind: str  # "none" or a registry auth kind: "basic", "bearer", "oauth2-client-credentials"
    credentials: dict[str, EnvVar] = field(default_factory=dict)  # role -> variable


@dataclass(frozen=True)
class Request:
    api: str
    method: str  # upper case
    path: str  # the spec's template
    operation_id: str
    base_url: EnvVar
    auth: Auth
    params: list[Param]
    body: Any = None  # JSON data (strings may be Templates), None: no body
    has_body: bool = False

    @property
    def variables(self) -> list[EnvVar]:
        """Every variable the request reads, in the order a sample declares them (unique)."""
        found: dict[str, EnvVar] = {self.base_url.name: self.base_url}
        found.update((var.name, var) for var in self.auth.credentials.values())
        for param in self.params:
            found.update((var.name, var) for var in _variables(param.value))
        found.update((var.name, var) for var in _variables(self.body))
        return list(found.values())

    def param(self, name: str, location: str) -> Param | None:
        return next((p for p in self.params if p.name == name and p.location == location), None)


def _variables(value: Any) -> list[EnvVar]:
    if isinstance(value, Template):
        return value.variables
    if isinstance(value, dict):
        return [var for item in value.values() for var in _variables(item)]
    if isinstance(value, list):
        return [var for item in value for var in _variables(item)]
    return []


def _prefix(entry: ApiEntry) -> str:
    return re.sub(r"\W", "_", entry.name).upper()


def _upper_snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").replace(".", "_").upper()


def _example(doc: dict[str, Any], holder: dict[str, Any]) -> tuple[bool, Any]:
    """(found, value): a parameter's or media type's example, else its schema's example or default."""
    if "example" in holder:
        return True, holder["example"]
    examples = holder.get("examples")
    if isinstance(examples, dict) and examples:
        first = resolve(doc, next(iter(examples.values())))
        if isinstance(first, dict) and "value" in first:
            return True, first["value"]
    schema = resolve(doc, holder.get("schema")) or {}
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return True, schema["examples"][0]
    for key in ("example", "default", "const"):
        if key in schema:
            return True, schema[key]
    return False, None


_FORMAT_VALUES = {
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def _from_schema(doc: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """A value built from a schema without an example: its required properties, each from its
    own example or default (else the first enum value, else a placeholder of its type)."""
    schema = resolve(doc, schema) or {}
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    for key in ("example", "default", "const"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("allOf", "oneOf", "anyOf"):
        if schema.get(key) and depth < 20:
            if key == "allOf":
                merged: dict[str, Any] = {}
                for part in schema[key]:
                    value = _from_schema(doc, part, depth + 1)
                    merged.update(value if isinstance(value, dict) else {})
                return merged
            return _from_schema(doc, schema[key][0], depth + 1)
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        return {name: _from_schema(doc, props.get(name, {}), depth + 1) for name in schema.get("required") or []}
    if kind == "array":
        return [_from_schema(doc, schema.get("items", {}), depth + 1)] if schema.get("minItems") else []
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return False
    return _FORMAT_VALUES.get(str(schema.get("format")), "string")


def _server(doc: dict[str, Any]) -> str:
    """The first server's URL with its variables' defaults (what the clients default to)."""
    server = (doc.get("servers") or [{"url": "/"}])[0]
    variables = server.get("variables") or {}
    return re.sub(r"\{(\w+)\}", lambda m: str(variables[m.group(1)]["default"]), str(server["url"])).rstrip("/")


def _token_url(doc: dict[str, Any]) -> str | None:
    for scheme in ((doc.get("components") or {}).get("securitySchemes") or {}).values():
        flow = ((resolve(doc, scheme).get("flows") or {}).get("clientCredentials")) or {}
        if flow.get("tokenUrl"):
            return str(flow["tokenUrl"])
    return None


def _credential(entry: ApiEntry, role: Role, default: str | None = None) -> EnvVar:
    var = entry.live.by_role(role)
    if var is not None:
        return EnvVar(var.name, default, var.help)
    return EnvVar(f"{_prefix(entry)}_{role.upper()}", default, f"the {role.replace('_', ' ')}")


CREDENTIAL_ROLES: dict[str, tuple[Role, ...]] = {
    "basic": ("user", "password"),
    "bearer": ("token",),
    "oauth2-client-credentials": ("client_id", "client_secret", "token_url"),
}


def _auth(entry: ApiEntry, doc: dict[str, Any], op: dict[str, Any]) -> Auth:
    security = op.get("security", doc.get("security"))
    if not security or all(not requirement for requirement in security):
        return Auth("none")
    if entry.auth not in CREDENTIAL_ROLES:
        raise SampleError(f"{entry.name}: no sample for auth kind {entry.auth!r}")
    credentials: dict[str, EnvVar] = {}
    for role in CREDENTIAL_ROLES[entry.auth]:
        credentials[role] = _credential(entry, role, _token_url(doc) if role == "token_url" else None)
    return Auth(entry.auth, credentials)


def _path_var(entry: ApiEntry, path: str, name: str, default: Any) -> EnvVar:
    pinned = entry.live.pins.get(name)
    value = None if default is None else str(default)
    if pinned is not None:
        help_text = next(var.help for var in entry.live.env if var.name == pinned)
        return EnvVar(pinned, value, help_text)
    qualified = name
    if name.lower() == "id":  # `/kpi/{id}` -> KPI_ID: the segment before it says what it identifies
        before = path.split("{" + name + "}", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        qualified = f"{before}_{name}" if before else name
    return EnvVar(f"{_prefix(entry)}_{_upper_snake(qualified)}", value, f"the {name} path parameter")


def _pinned_segments(path: str, variables: dict[str, EnvVar]) -> list[tuple[str, str, EnvVar]]:
    """(collection segment, example id, variable) of each pinned path parameter: ``customers/{customerId}``."""
    found = []
    for match in re.finditer(r"([A-Za-z]+)/\{(\w+)\}", path):
        var = variables.get(match.group(2))
        if var is not None and var.default:
            found.append((match.group(1), var.default, var))
    return found


def _substitute(value: Any, segments: list[tuple[str, str, EnvVar]]) -> Any:
    """Strings holding a pinned id as a resource-name segment take its variable there."""
    if isinstance(value, dict):
        return {key: _substitute(item, segments) for key, item in value.items()}
    if isinstance(value, list):
        return [_substitute(item, segments) for item in value]
    if not isinstance(value, str) or not segments:
        return value
    parts: list[str | EnvVar] = [value]
    for collection, example, var in segments:
        pattern = re.compile(rf"(?:(?<=/)|^){re.escape(collection)}/{re.escape(example)}(?=/|$|@)")
        split: list[str | EnvVar] = []
        for part in parts:
            if not isinstance(part, str):
                split.append(part)
                continue
            last = 0
            for match in pattern.finditer(part):
                split += [part[last : match.start()] + f"{collection}/", var]
                last = match.end()
            split.append(part[last:])
        parts = split
    merged = tuple(part for part in parts if part != "")
    return value if all(isinstance(part, str) for part in merged) else Template(merged)


def request_of(entry: ApiEntry, doc: dict[str, Any], method: str, path: str) -> Request:
    """The request the samples of one operation send."""
    item = doc["paths"][path]
    op = item[method.lower()]
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = resolve(doc, raw)
        merged[(str(param["name"]), str(param["in"]))] = param
    operation_id = str(op.get("operationId") or f"{method} {path}")
    path_vars: dict[str, EnvVar] = {}
    params: list[Param] = []
    for name in _PLACEHOLDER.findall(path):
        param = merged.get((name, "path"), {"name": name})
        _, example = _example(doc, param)
        path_vars[name] = _path_var(entry, path, name, example)
        params.append(Param(name, "path", Template((path_vars[name],))))
    segments = _pinned_segments(path, {name: var for name, var in path_vars.items() if name in entry.live.pins})
    for (name, location), param in merged.items():
        if location != "query" or not (param.get("required") or param.get("x-effectively-required")):
            continue
        found, example = _example(doc, param)
        if not found:
            example = _from_schema(doc, param.get("schema"))
        style, explode = str(param.get("style", "form")), bool(param.get("explode", True))
        params.append(Param(name, "query", _substitute(example, segments), style, explode))
    body, has_body = None, False
    if "requestBody" in op:
        content = resolve(doc, op["requestBody"]).get("content") or {}
        media = content.get("application/json")
        if media is None:
            raise SampleError(f"{operation_id}: only JSON request bodies have samples")
        found, example = _example(doc, media)
        if not found:
            example = _from_schema(doc, media.get("schema"))
        body, has_body = _substitute(example, segments), True
    base = EnvVar(f"{_prefix(entry)}_BASE_URL", _server(doc), f"the {entry.title} base URL")
    return Request(entry.name, method.upper(), path, operation_id, base, _auth(entry, doc, op), params, body, has_body)


def dump(
    value: Any,
    string: Callable[[str | Template], str],
    scalar: Callable[[Any], str],
    indent: int = 0,
    unit: str = "  ",
    trailing: str = "",
) -> str:
    """JSON-shaped source of *value*: objects and arrays one item a line (empty ones inline),
    *unit* per level from *indent*, *trailing* after the last item (Python: a comma), strings
    and Templates by *string*, other scalars by *scalar*."""
    pad, inner = unit * indent, unit * (indent + 1)

    def nested(item: Any) -> str:
        return dump(item, string, scalar, indent + 1, unit, trailing)

    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{string(str(k))}: {nested(v)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"{trailing}\n{pad}}}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(f"{inner}{nested(v)}" for v in value) + f"{trailing}\n{pad}]"
    if isinstance(value, str | Template):
        return string(value)
    return scalar(value)

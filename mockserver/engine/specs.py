"""Turn every operation of an OpenAPI document into an `Operation` the engine can serve.

Documents are read with `specmodel.load` (the one YAML loader) and walked with
`specmodel.operations`; the APIs come from the registry (`specmodel.apis()`).

Only internal `#/components/...` references are supported (CONVENTIONS.md: documents are
self-contained). Schemas keep their `$ref`s; validators resolve them against the
document's components (see validation.py), so recursive schemas are fine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import specmodel
from specmodel import ApiEntry, SpecError
from specmodel.refs import resolve
from specmodel.strictness import Level

__all__ = ["ApiSpec", "Operation", "Param", "SpecError", "load_spec", "load_specs", "resolve", "spec_path"]


def schema_kind(doc: dict[str, Any], schema: Any) -> str:
    """The JSON type a parameter value must be coerced to ("string" when unsure)."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        return "string"
    typ = schema.get("type")
    if isinstance(typ, list):
        non_null = [t for t in typ if t != "null"]
        typ = non_null[0] if len(non_null) == 1 else None
    if isinstance(typ, str):
        return typ
    for combo in ("allOf", "oneOf", "anyOf"):
        subs = schema.get(combo)
        if isinstance(subs, list):
            kinds = {schema_kind(doc, s) for s in subs} - {"null"}
            if len(kinds) == 1:
                return kinds.pop()
    if "properties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return "string"


@dataclass
class Param:
    name: str
    location: str  # "path" | "query" | "header"
    required: bool
    schema: dict[str, Any]
    kind: str  # JSON type to coerce to
    item_kind: str  # for arrays: the item type
    explode: bool
    style: str
    extensions: dict[str, Any]


@dataclass
class ResponseSpec:
    schema: dict[str, Any] | None  # the application/json schema, if any
    content_types: tuple[str, ...]
    headers: dict[str, Any]
    examples: dict[str, Any] = field(default_factory=dict)  # the JSON content's named examples: name -> value


@dataclass
class BodySpec:
    required: bool
    content_types: tuple[str, ...]
    schema: dict[str, Any] | None


@dataclass
class Operation:
    api: str
    operation_id: str
    method: str  # upper case
    path: str  # as written in the spec
    full_path: str  # prefix + path: what the router matches
    params: list[Param]
    body: BodySpec | None
    responses: dict[str, ResponseSpec]  # "200", "404", "default", ...
    security: list[dict[str, list[str]]]  # alternatives; [] or [{}] = anonymous allowed
    extensions: dict[str, Any]
    spec: ApiSpec = field(repr=False)

    @property
    def path_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "path"]

    @property
    def query_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "query"]

    @property
    def header_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "header"]

    def security_types(self) -> list[list[str]]:
        """Each alternative as a list of scheme kinds: "basic", "bearer", ... (cached)."""
        cached: list[list[str]] | None = self.__dict__.get("_security_types")
        if cached is None:
            cached = self._security_types()
            self.__dict__["_security_types"] = cached
        return cached

    def _security_types(self) -> list[list[str]]:
        schemes = self.spec.doc.get("components", {}).get("securitySchemes", {})
        out: list[list[str]] = []
        for requirement in self.security:
            kinds = []
            for name in requirement:
                scheme = resolve(self.spec.doc, schemes.get(name, {}))
                typ = scheme.get("type", "")
                if typ == "http":
                    kinds.append(str(scheme.get("scheme", "")).lower())
                elif typ in ("oauth2", "openIdConnect"):
                    kinds.append("bearer")
                else:
                    kinds.append(f"{typ}:{scheme.get('in', '')}:{scheme.get('name', '')}")
            out.append(kinds)
        return out


@dataclass
class ApiSpec:
    name: str
    source: Path
    doc: dict[str, Any]
    prefix: str  # path of the first server URL, without a trailing slash
    operations: list[Operation] = field(default_factory=list)

    @property
    def extensions(self) -> dict[str, Any]:
        return {k: v for k, v in self.doc.items() if k.startswith("x-")}

    @property
    def error_prefixes(self) -> tuple[str, ...]:
        """Path prefixes whose unknown paths still answer in this API's error shape."""
        if self.prefix:
            return (self.prefix + "/",)
        firsts = {op.full_path.split("/")[1] for op in self.operations if op.full_path.count("/")}
        return tuple(sorted(f"/{f}/" for f in firsts if f and "{" not in f))


def _x(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if isinstance(k, str) and k.startswith("x-")}


def _server_prefix(doc: dict[str, Any]) -> str:
    servers = doc.get("servers") or [{"url": "/"}]
    url = str(servers[0].get("url", "/"))
    for name, var in (servers[0].get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(var.get("default", name)))
    path = urlsplit(url).path if "://" in url else url
    return path.rstrip("/")


def _param(doc: dict[str, Any], raw: Any) -> Param:
    node = resolve(doc, raw)
    schema = node.get("schema") or {}
    location = node["in"]
    kind = schema_kind(doc, schema)
    item_kind = "string"
    if kind == "array":
        item_kind = schema_kind(doc, resolve(doc, schema).get("items", {}))
    style = node.get("style", "form" if location == "query" else "simple")
    return Param(
        name=node["name"],
        location=location,
        required=bool(node.get("required", location == "path")),
        schema=schema,
        kind=kind,
        item_kind=item_kind,
        explode=bool(node.get("explode", style == "form")),
        style=style,
        extensions=_x(node),
    )


def _examples(doc: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
    """The named examples of the JSON media type of `content` (an unnamed `example` is "default")."""
    for ctype, media in content.items():
        if ctype.split(";")[0].strip().endswith("json"):
            media = resolve(doc, media or {})
            named = {name: resolve(doc, ex).get("value") for name, ex in (media.get("examples") or {}).items()}
            if not named and "example" in media:
                named["default"] = media["example"]
            return named
    return {}


def _content(doc: dict[str, Any], content: dict[str, Any]) -> tuple[tuple[str, ...], Any]:
    types = tuple(content)
    schema = None
    for ctype, media in content.items():
        if ctype.split(";")[0].strip().endswith("json"):
            schema = resolve(doc, media or {}).get("schema")
            break
    return types, schema


def _operation(spec: ApiSpec, path: str, method: str, node: dict[str, Any], shared: list[Any]) -> Operation:
    doc = spec.doc
    params: dict[tuple[str, str], Param] = {}
    for raw in [*shared, *node.get("parameters", [])]:
        param = _param(doc, raw)
        if param.location in ("path", "query", "header"):
            params[(param.location, param.name)] = param
    body = None
    if "requestBody" in node:
        rb = resolve(doc, node["requestBody"])
        types, schema = _content(doc, rb.get("content") or {})
        body = BodySpec(bool(rb.get("required", False)), types, schema)
    responses: dict[str, ResponseSpec] = {}
    for status, raw in (node.get("responses") or {}).items():
        resp = resolve(doc, raw)
        types, schema = _content(doc, resp.get("content") or {})
        examples = _examples(doc, resp.get("content") or {})
        responses[str(status)] = ResponseSpec(schema, types, resp.get("headers") or {}, examples)
    security = node.get("security", doc.get("security", []))
    op_id = node.get("operationId") or f"{method}{path}"
    return Operation(
        api=spec.name,
        operation_id=op_id,
        method=method.upper(),
        path=path,
        full_path=spec.prefix + path,
        params=list(params.values()),
        body=body,
        responses=responses,
        security=list(security or []),
        extensions=_x(node),
        spec=spec,
    )


_SPECS: dict[tuple[Any, str], ApiSpec] = {}


_DOCS_VIEWS: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}


def _docs_view(doc: dict[str, Any]) -> dict[str, Any]:
    """specmodel.docs_only(doc), computed once per loaded document."""
    hit = _DOCS_VIEWS.get(id(doc))
    if hit is None or hit[0] is not doc:
        hit = (doc, specmodel.docs_only(doc))
        _DOCS_VIEWS[id(doc)] = hit
    return hit[1]


def load_spec(path: Path, name: str | None = None, strictness: Level = "assumed") -> ApiSpec:
    """The document as an ApiSpec (cached while the file is unchanged; do not mutate). With
    strictness "docs", the docs-only view of it: the rules marked `x-assumed` are left out."""
    doc = specmodel.load(path)
    return spec_of(path, _docs_view(doc) if strictness == "docs" else doc, name)


def spec_of(path: Path, doc: dict[str, Any], name: str | None = None) -> ApiSpec:
    """An already loaded document as an ApiSpec (cached per document object)."""
    key = (id(doc), name or path.stem)
    cached = _SPECS.get(key)
    if cached is not None and cached.doc is doc:
        return cached
    spec = _build(path, doc, name)
    _SPECS[key] = spec
    return spec


def _build(path: Path, doc: dict[str, Any], name: str | None) -> ApiSpec:
    if "paths" not in doc:
        raise SpecError(f"{path}: not an OpenAPI document")
    spec = ApiSpec(name=name or path.stem, source=path, doc=doc, prefix=_server_prefix(doc))
    for found in specmodel.operations(doc):
        shared = found.path_item.get("parameters", [])
        spec.operations.append(_operation(spec, found.path, found.method, found.node, shared))
    return spec


def spec_path(entry: ApiEntry, spec_dir: Path | None = None) -> Path:
    """The registered spec file of `entry`, or the file of that name in `spec_dir` if there is one."""
    if spec_dir is not None:
        candidate = spec_dir / entry.spec_path.name
        if candidate.is_file():
            return candidate
    return entry.spec_path


def load_specs(spec_dir: Path | None = None, admin_spec: Path | None = None) -> list[ApiSpec]:
    """The document of every registered API (from `spec_dir` when it holds one), then the admin one."""
    specs = [load_spec(spec_path(entry, spec_dir), entry.name) for entry in specmodel.apis()]
    if admin_spec is not None:
        specs.append(load_spec(admin_spec, "admin"))
    return specs

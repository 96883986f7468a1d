"""Normalise a spec to a stable key order and serialise it as YAML and JSON.

Order rules (deterministic, independent of how the source file orders its keys):

* OpenAPI objects (document, info, path item, operation, parameter, schema, ...) list their
  keywords in the OpenAPI-canonical order (operations follow ``spec/CONVENTIONS.md``:
  ``operationId, summary, description, tags, security, parameters, requestBody,
  responses``); unknown keys follow, sorted; ``x-`` extensions come last, sorted.
* Maps of names whose order carries no meaning (paths, components, responses, media
  types, security schemes, scopes, ...) are sorted by name.
* Schema ``properties`` keep the author's order: it is the order in which the reference
  and the generated clients list the fields.
* Data (examples, defaults, enums, extension values) and every list are kept verbatim.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from publisher.specs import HTTP_METHODS, Spec

# fmt: off
_ORDERS: dict[str, tuple[str, ...]] = {
    "document": ("openapi", "info", "jsonSchemaDialect", "servers", "security", "tags", "paths", "webhooks",
                 "components", "externalDocs"),
    "info": ("title", "summary", "description", "termsOfService", "contact", "license", "version"),
    "pathItem": ("$ref", "summary", "description", "servers", "parameters", *HTTP_METHODS),
    "operation": ("operationId", "summary", "description", "tags", "security", "parameters", "requestBody",
                  "responses", "callbacks", "deprecated", "servers", "externalDocs"),
    "parameter": ("$ref", "name", "in", "description", "required", "deprecated", "allowEmptyValue", "style",
                  "explode", "allowReserved", "schema", "content", "example", "examples"),
    "requestBody": ("$ref", "description", "required", "content"),
    "response": ("$ref", "description", "headers", "content", "links"),
    "mediaType": ("schema", "encoding", "example", "examples"),
    "example": ("$ref", "summary", "description", "value", "externalValue"),
    "components": ("schemas", "responses", "parameters", "examples", "requestBodies", "headers",
                   "securitySchemes", "links", "callbacks", "pathItems"),
    "securityScheme": ("$ref", "type", "description", "name", "in", "scheme", "bearerFormat", "flows",
                       "openIdConnectUrl"),
    "oauthFlows": ("implicit", "password", "clientCredentials", "authorizationCode"),
    "oauthFlow": ("authorizationUrl", "tokenUrl", "refreshUrl", "scopes"),
    "server": ("url", "description", "variables"),
    "tag": ("name", "description", "externalDocs"),
    "schema": ("$ref", "$id", "$schema", "$anchor", "title", "description", "type", "format", "const", "enum",
               "default", "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "multipleOf",
               "minLength", "maxLength", "pattern", "contentMediaType", "contentEncoding", "minItems",
               "maxItems", "uniqueItems", "prefixItems", "items", "contains", "minProperties",
               "maxProperties", "required", "properties", "patternProperties", "additionalProperties",
               "propertyNames", "unevaluatedProperties", "dependentRequired", "dependentSchemas", "allOf",
               "oneOf", "anyOf", "not", "if", "then", "else", "discriminator", "readOnly", "writeOnly",
               "deprecated", "externalDocs", "xml", "$defs", "example", "examples"),
    "contact": ("name", "url", "email"),
    "license": ("name", "identifier", "url"),
    "discriminator": ("propertyName", "mapping"),
}
_ORDERS["header"] = tuple(k for k in _ORDERS["parameter"] if k not in ("name", "in"))

# How to treat a child: "<kind>" (an object), "names:<kind>" (a map sorted by name),
# "ordered:<kind>" (a map in the author's order), "list:<kind>", "data" (kept verbatim).
_SCHEMA_CHILDREN = {
    **dict.fromkeys(("items", "contains", "not", "if", "then", "else", "propertyNames", "unevaluatedProperties",
                     "additionalProperties"), "schema"),
    **dict.fromkeys(("allOf", "oneOf", "anyOf", "prefixItems"), "list:schema"),
    "properties": "ordered:schema",
    **dict.fromkeys(("patternProperties", "dependentSchemas", "$defs"), "names:schema"),
    "discriminator": "discriminator",
    "externalDocs": "plain",
}
_PARAMETER_CHILDREN = {"schema": "schema", "content": "names:mediaType", "examples": "names:example"}
_CHILDREN: dict[str, dict[str, str]] = {
    "document": {"info": "info", "servers": "list:server", "security": "list:names:data", "tags": "list:tag",
                 "paths": "names:pathItem", "webhooks": "names:pathItem", "components": "components",
                 "externalDocs": "plain"},
    "info": {"contact": "contact", "license": "license"},
    "pathItem": {"servers": "list:server", "parameters": "list:parameter",
                 **dict.fromkeys(HTTP_METHODS, "operation")},
    "operation": {"security": "list:names:data", "parameters": "list:parameter", "requestBody": "requestBody",
                  "responses": "names:response", "callbacks": "names:names:pathItem", "servers": "list:server",
                  "externalDocs": "plain"},
    "parameter": _PARAMETER_CHILDREN,
    "header": _PARAMETER_CHILDREN,
    "requestBody": {"content": "names:mediaType"},
    "response": {"headers": "names:header", "content": "names:mediaType", "links": "names:plain"},
    "mediaType": {"schema": "schema", "encoding": "names:plain", "examples": "names:example"},
    "components": {"schemas": "names:schema", "responses": "names:response", "parameters": "names:parameter",
                   "examples": "names:example", "requestBodies": "names:requestBody", "headers": "names:header",
                   "securitySchemes": "names:securityScheme", "links": "names:plain",
                   "callbacks": "names:names:pathItem", "pathItems": "names:pathItem"},
    "securityScheme": {"flows": "oauthFlows"},
    "oauthFlows": dict.fromkeys(_ORDERS["oauthFlows"], "oauthFlow"),
    "oauthFlow": {"scopes": "names:data"},
    "server": {"variables": "names:plain"},
    "tag": {"externalDocs": "plain"},
    "schema": _SCHEMA_CHILDREN,
    "discriminator": {"mapping": "names:data"},
}
# fmt: on


def _key_rank(order: tuple[str, ...], key: str) -> tuple[int, int, str]:
    if key in order:
        return (0, order.index(key), "")
    return (2 if key.startswith("x-") else 1, 0, key)


def _apply(kind: str, node: Any) -> Any:
    if kind == "data":
        return node
    for prefix in ("names:", "ordered:", "list:"):
        if kind.startswith(prefix):
            inner = kind[len(prefix) :]
            if prefix == "list:":
                return [_apply(inner, v) for v in node] if isinstance(node, list) else node
            if not isinstance(node, dict):
                return node
            keys = sorted(node) if prefix == "names:" else list(node)
            return {k: _apply(inner, node[k]) for k in keys}
    return _object(kind, node)


def _object(kind: str, node: Any) -> Any:
    if not isinstance(node, dict):
        return node
    order = _ORDERS.get(kind, ())
    children = _CHILDREN.get(kind, {})
    out: dict[str, Any] = {}
    for key in sorted(node, key=lambda k: _key_rank(order, k)):
        value = node[key]
        if key.startswith("x-") or kind == "schema" and key == "examples" and isinstance(value, list):
            out[key] = value
        else:
            out[key] = _apply(children.get(key, "plain" if kind == "plain" else "data"), value)
    return out


def normalise(spec: Spec) -> Spec:
    """Return a copy of *spec* with every mapping in the stable order described above."""
    result: Spec = _object("document", spec)
    return result


# A SafeDumper that writes multi-line strings as literal blocks.
_Dumper: Any = type("_Dumper", (yaml.SafeDumper,), {})


def _str_representer(dumper: Any, data: str) -> Any:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_representer)
_Dumper.ignore_aliases = lambda self, data: True  # shared nodes are written out, never as &anchors


def to_yaml(spec: Spec) -> str:
    """Serialise an already-normalised spec as YAML (UTF-8 text, trailing newline)."""
    text: str = yaml.dump(
        spec,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
        indent=2,
    )
    return text


def to_json(spec: Spec) -> str:
    """Serialise an already-normalised spec as JSON (2-space indent, trailing newline)."""
    return json.dumps(spec, indent=2, ensure_ascii=False) + "\n"

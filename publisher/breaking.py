"""A focused breaking-change checker for OpenAPI 3.1 specs (offline, no external tool).

``diff(old, new)`` walks operations keyed by (method, path) -- path templates compare by
position, so renaming ``{id}`` to ``{callId}`` shows up as a parameter change --,
parameters keyed by (in, name), request bodies and responses by media type and status,
and their schemas recursively (see :mod:`publisher.schemadiff` for the schema rules).

Breaking: a removed operation, parameter, request body, response, media type, header,
property or enum value; a new required parameter, request body or request property; a
changed type or format; a narrowed request constraint or widened response constraint;
any change of an operation's effective security or of a security scheme it uses; a
changed ``operationId`` (generated clients name their functions after it); a changed
parameter serialisation (``style``/``explode``).
Non-breaking: additions (operations, optional parameters and properties, responses,
media types), relaxations of request constraints, deprecations.
"""

from __future__ import annotations

import re
from typing import Any

from publisher.changes import Change, Collector, ref_name, resolve
from publisher.schemadiff import SchemaDiffer
from publisher.specs import HTTP_METHODS, Spec

_Op = tuple[str, dict[str, Any], dict[str, Any]]  # (path, path item, operation)


def diff(old: Spec, new: Spec) -> list[Change]:
    """Every change from *old* to *new*, in a deterministic order."""
    return _Checker(old, new).run()


def breaking_only(changes: list[Change]) -> list[Change]:
    """The breaking subset of *changes*."""
    return [c for c in changes if c.kind == "breaking"]


def _operations(spec: Spec) -> dict[tuple[str, str], _Op]:
    found: dict[tuple[str, str], _Op] = {}
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        item = resolve(spec, item)
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                found[(method.upper(), re.sub(r"\{[^}]*\}", "{}", path))] = (path, item, item[method])
    return found


def _security(spec: Spec, op: dict[str, Any]) -> list[list[tuple[str, tuple[str, ...]]]]:
    raw = op["security"] if "security" in op else spec.get("security") or []
    reqs = [
        sorted((name, tuple(sorted(scopes or []))) for name, scopes in req.items())
        for req in raw
        if isinstance(req, dict)
    ]
    return sorted(reqs)


def _fmt_security(reqs: list[list[tuple[str, tuple[str, ...]]]]) -> str:
    if not reqs:
        return "none"
    alternatives = [
        " + ".join(name + (f"[{', '.join(s)}]" if s else "") for name, s in req) or "anonymous" for req in reqs
    ]
    return " or ".join(alternatives)


def _schema_of(node: Any) -> Any:
    return node.get("schema") if isinstance(node, dict) else None


def _without_docs(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: _without_docs(v)
            for k, v in node.items()
            if k not in ("description", "summary") and not k.startswith("x-")
        }
    if isinstance(node, list):
        return [_without_docs(v) for v in node]
    return node


class _Checker:
    def __init__(self, old: Spec, new: Spec) -> None:
        self.old, self.new = old, new
        self.out = Collector()
        self.schemas = SchemaDiffer(old, new, self.out)

    def run(self) -> list[Change]:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        for key in sorted(old_ops.keys() | new_ops.keys(), key=lambda k: (k[1], k[0])):
            method = key[0]
            if key not in new_ops:
                self.out.add(True, f"{method} {old_ops[key][0]}", "operation removed", "operation-removed")
            elif key not in old_ops:
                self.out.add(False, f"{method} {new_ops[key][0]}", "operation added", "operation-added")
            else:
                self._operation(f"{method} {new_ops[key][0]}", old_ops[key], new_ops[key])
        return self.out.changes

    def _operation(self, where: str, old: _Op, new: _Op) -> None:
        old_op, new_op = old[2], new[2]
        if old_op.get("operationId") != new_op.get("operationId"):
            self.out.add(
                True,
                where,
                f"operationId changed from {old_op.get('operationId')} to {new_op.get('operationId')}",
                "operation-id-changed",
            )
        if not old_op.get("deprecated") and new_op.get("deprecated"):
            self.out.add(False, where, "operation deprecated", "operation-deprecated")
        self._security(where, old_op, new_op)
        self._parameters(where, old, new)
        self._request_body(where, old_op.get("requestBody"), new_op.get("requestBody"))
        self._responses(where, old_op.get("responses") or {}, new_op.get("responses") or {})

    def _security(self, where: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> None:
        before, after = _security(self.old, old_op), _security(self.new, new_op)
        if before != after:
            self.out.add(
                True,
                where,
                f"security changed from {_fmt_security(before)} to {_fmt_security(after)}",
                "security-changed",
            )
        old_schemes = (self.old.get("components") or {}).get("securitySchemes") or {}
        new_schemes = (self.new.get("components") or {}).get("securitySchemes") or {}
        for name in sorted({name for req in after for name, _ in req}):
            if name in old_schemes and _without_docs(resolve(self.old, old_schemes[name])) != _without_docs(
                resolve(self.new, new_schemes.get(name))
            ):
                self.out.add(True, f"security scheme {name}", "definition changed", "security-scheme-changed")

    def _params(self, doc: Spec, op: _Op) -> dict[tuple[str, str], tuple[dict[str, Any], str | None]]:
        """(in, name) -> (resolved parameter, its $ref or None)."""
        params: dict[tuple[str, str], tuple[dict[str, Any], str | None]] = {}
        for raw in [*(op[1].get("parameters") or []), *(op[2].get("parameters") or [])]:
            param = resolve(doc, raw)
            if isinstance(param, dict) and "name" in param and "in" in param:
                name = str(param["name"])
                ref = raw.get("$ref") if isinstance(raw, dict) else None
                params[(param["in"], name.lower() if param["in"] == "header" else name)] = (param, ref)
        return params

    def _parameters(self, where: str, old: _Op, new: _Op) -> None:
        before, after = self._params(self.old, old), self._params(self.new, new)
        for key in sorted(before.keys() | after.keys()):
            loc = f"{where} {key[0]} parameter '{key[1]}'"
            if key not in after:
                self.out.add(True, loc, "parameter removed", "parameter-removed")
                continue
            param, ref = after[key]
            if key not in before:
                required = bool(param.get("required"))
                self.out.add(
                    required,
                    loc,
                    "new required parameter" if required else "optional parameter added",
                    "parameter-added",
                )
                continue
            prev, prev_ref = before[key]
            if ref is not None and ref == prev_ref:  # a shared parameter: report it once
                loc = f"{ref_name(ref)} (shared {key[0]} parameter '{key[1]}')"
            if bool(prev.get("required")) != bool(param.get("required")):
                now = bool(param.get("required"))
                self.out.add(
                    now, loc, "became required" if now else "is no longer required", "parameter-required-changed"
                )
            for word in ("style", "explode"):
                if prev.get(word) != param.get(word):
                    self.out.add(
                        True,
                        loc,
                        f"{word} changed from {prev.get(word)} to {param.get(word)}",
                        "parameter-serialisation-changed",
                    )
            self.schemas.compare(prev.get("schema"), param.get("schema"), loc, "request")
            self._content(loc, prev.get("content") or {}, param.get("content") or {}, "request")

    def _request_body(self, where: str, old: Any, new: Any) -> None:
        before, after = resolve(self.old, old), resolve(self.new, new)
        loc = f"{where} request body"
        if not isinstance(before, dict) and not isinstance(after, dict):
            return
        if not isinstance(after, dict):
            self.out.add(True, loc, "request body removed", "request-body-removed")
            return
        required = bool(after.get("required"))
        if not isinstance(before, dict):
            self.out.add(
                required,
                loc,
                "required request body added" if required else "optional request body added",
                "request-body-added",
            )
            return
        if bool(before.get("required")) != required:
            self.out.add(
                required,
                loc,
                "became required" if required else "is no longer required",
                "request-body-required-changed",
            )
        self._content(loc, before.get("content") or {}, after.get("content") or {}, "request")

    def _content(self, loc: str, before: dict[str, Any], after: dict[str, Any], direction: str) -> None:
        for media in sorted(before.keys() | after.keys()):
            if media not in after:
                self.out.add(True, loc, f"media type {media} removed", "media-type-removed")
            elif media not in before:
                self.out.add(False, loc, f"media type {media} added", "media-type-added")
            else:
                self.schemas.compare(
                    (before[media] or {}).get("schema"),
                    (after[media] or {}).get("schema"),
                    f"{loc} {media}",
                    "request" if direction == "request" else "response",
                )

    def _responses(self, where: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        for status in sorted(before.keys() | after.keys()):
            loc = f"{where} response {status}"
            if status not in after:
                self.out.add(True, loc, "response removed", "response-removed")
                continue
            if status not in before:
                self.out.add(False, loc, "response added", "response-added")
                continue
            old, new = resolve(self.old, before[status]), resolve(self.new, after[status])
            if not isinstance(old, dict) or not isinstance(new, dict):
                continue
            self._content(loc, old.get("content") or {}, new.get("content") or {}, "response")
            old_h = {k.lower(): v for k, v in (old.get("headers") or {}).items()}
            new_h = {k.lower(): v for k, v in (new.get("headers") or {}).items()}
            for name in sorted(old_h.keys() | new_h.keys()):
                hloc = f"{loc} header '{name}'"
                if name not in new_h:
                    self.out.add(True, hloc, "response header removed", "header-removed")
                elif name not in old_h:
                    self.out.add(False, hloc, "response header added", "header-added")
                else:
                    self.schemas.compare(
                        _schema_of(resolve(self.old, old_h[name])),
                        _schema_of(resolve(self.new, new_h[name])),
                        hloc,
                        "response",
                    )

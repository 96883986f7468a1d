"""The public view of a spec: without its ``x-internal: true`` operations.

``public(spec)`` drops every operation marked ``x-internal: true`` (in ``paths`` and
``webhooks``; a path item left with no operation goes too), every link that targets one
(by ``operationId`` or ``operationRef``; a ``links`` map left empty goes too), and whatever
only they used: components (schemas, parameters, responses, ... reached through ``$ref``
from the rest of the document), security schemes and tags. A component, scheme or tag that
nothing used in the whole spec is kept: it was not the internal operations'. The internal
view is the spec itself.

``public(release, hidden=operation_keys(working))`` also drops the operations of an older
release that the working spec marks internal (matched on method and path template): a
release made before an operation was marked keeps its bytes, yet its public page never
shows what the vendor says not to share.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Collection, Iterator
from typing import Any

from publisher.changes import pointer
from publisher.specs import HTTP_METHODS, Spec, SpecError

__all__ = ["has_internal", "internal_operations", "operation_keys", "public"]

FLAG = "x-internal"
_SECTIONS = ("paths", "webhooks")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _operations(spec: Spec) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    for section in _SECTIONS:
        items = spec.get(section)
        if not isinstance(items, dict):
            continue
        for path, item in items.items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                node = item.get(method)
                if isinstance(node, dict):
                    yield section, path, method, node


def internal_operations(spec: Spec) -> list[tuple[str, str]]:
    """``(METHOD, path)`` of every operation marked ``x-internal: true``, in document order."""
    return [(m.upper(), p) for _, p, m, node in _operations(spec) if node.get(FLAG) is True]


def has_internal(spec: Spec) -> bool:
    return bool(internal_operations(spec))


def _key(method: str, path: str) -> tuple[str, str]:
    return method.upper(), re.sub(r"\{[^}]*\}", "{}", path)


def operation_keys(spec: Spec) -> frozenset[tuple[str, str]]:
    """``(METHOD, path with {} for each template)`` of every internal operation: what
    ``public(other, hidden=...)`` drops from another version of the spec."""
    return frozenset(_key(m, p) for m, p in internal_operations(spec))


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for key, value in node.items():
            if not key.startswith("x-"):
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _component(ref: str) -> tuple[str, str] | None:
    parts = ref.split("/")
    if len(parts) >= 4 and parts[:2] == ["#", "components"]:
        return parts[2], parts[3].replace("~1", "/").replace("~0", "~")
    return None


def _used_components(spec: Spec) -> set[tuple[str, str]]:
    """(kind, name) of every component reached through ``$ref`` from outside ``components``."""
    components = spec.get("components") or {}
    outside = {k: v for k, v in spec.items() if k != "components"}
    todo = [c for c in map(_component, _refs(outside)) if c]
    seen: set[tuple[str, str]] = set()
    while todo:
        kind, name = todo.pop()
        if (kind, name) in seen:
            continue
        seen.add((kind, name))
        node = (components.get(kind) or {}).get(name)
        todo += [c for c in map(_component, _refs(node)) if c]
    return seen


def _security_schemes(spec: Spec) -> set[str]:
    requirements = list(spec.get("security") or [])
    for _, _, _, node in _operations(spec):
        requirements += node.get("security") or []
    return {name for req in requirements if isinstance(req, dict) for name in req}


def _tags(spec: Spec) -> set[str]:
    return {tag for *_, node in _operations(spec) for tag in node.get("tags") or [] if isinstance(tag, str)}


def _link_targets_internal(link: Any, ids: set[str], refs: set[str]) -> bool:
    if not isinstance(link, dict):
        return False
    return link.get("operationId") in ids or link.get("operationRef") in refs


def _drop_links(node: Any, ids: set[str], refs: set[str]) -> None:
    """Remove every inline link to an internal operation below *node* (``links`` maps of
    responses), and the ``links`` maps it leaves empty."""
    if isinstance(node, list):
        for value in node:
            _drop_links(value, ids, refs)
        return
    if not isinstance(node, dict):
        return
    links = node.get("links")
    if isinstance(links, dict):
        for name in [n for n, link in links.items() if _link_targets_internal(link, ids, refs)]:
            del links[name]
        if not links:
            del node["links"]
    for key, value in node.items():
        if not key.startswith("x-"):
            _drop_links(value, ids, refs)


def _check_refs(before: Spec, after: Spec) -> None:
    """A SpecError if a ``$ref`` that resolved in the whole spec dangles in the public view
    (something public referred into an internal operation)."""
    for ref in sorted(set(_refs(after))):
        if ref.startswith("#") and pointer(after, ref) is None and pointer(before, ref) is not None:
            raise SpecError(f"public view: {ref} points into what x-internal removed")


def public(spec: Spec, hidden: Collection[tuple[str, str]] = ()) -> Spec:
    """A copy of *spec* without its internal operations (and those whose key is in *hidden*,
    see ``operation_keys``) and what only they used; *spec* itself when nothing goes."""

    def dropped(path: str, method: str, node: dict[str, Any]) -> bool:
        return node.get(FLAG) is True or _key(method, path) in hidden

    if not any(dropped(p, m, node) for _, p, m, node in _operations(spec)):
        return spec
    out = copy.deepcopy(spec)
    ids: set[str] = set()
    op_refs: set[str] = set()
    for section, path, method, node in list(_operations(out)):
        if not dropped(path, method, node):
            continue
        if isinstance(node.get("operationId"), str):
            ids.add(node["operationId"])
        op_refs.add(f"#/{section}/{_escape(path)}/{method}")
        item = out[section][path]
        del item[method]
        if not any(m in item for m in HTTP_METHODS):
            del out[section][path]
    if "webhooks" in out and not out["webhooks"]:
        del out["webhooks"]
    # links: inline ones, then components/links (a $ref to a removed component link goes with it)
    _drop_links({k: v for k, v in out.items() if k != "components"}, ids, op_refs)
    components = out.get("components") or {}
    for name, link in list((components.get("links") or {}).items()):
        if _link_targets_internal(link, ids, op_refs):
            del components["links"][name]
            _drop_ref_links(out, f"#/components/links/{_escape(name)}")
    _drop_links(components, ids, op_refs)
    # components, security schemes and tags only the internal operations used
    unused = _used_components(spec) - _used_components(out)
    for kind, name in sorted(unused):
        (components.get(kind) or {}).pop(name, None)
    for kind in [k for k, v in components.items() if isinstance(v, dict) and not v]:
        del components[kind]
    schemes = _security_schemes(spec) - _security_schemes(out)
    for name in schemes:
        components.get("securitySchemes", {}).pop(name, None)
    if "securitySchemes" in components and not components["securitySchemes"]:
        del components["securitySchemes"]
    if "components" in out and not out["components"]:
        del out["components"]
    tags = _tags(spec) - _tags(out)
    if isinstance(out.get("tags"), list):
        out["tags"] = [t for t in out["tags"] if not (isinstance(t, dict) and t.get("name") in tags)]
    _check_refs(spec, out)
    return out


def _drop_ref_links(node: Any, ref: str) -> None:
    """Remove every ``links`` entry that is ``{$ref: ref}`` below *node*."""
    if isinstance(node, list):
        for value in node:
            _drop_ref_links(value, ref)
        return
    if not isinstance(node, dict):
        return
    links = node.get("links")
    if isinstance(links, dict):
        for name in [n for n, link in links.items() if isinstance(link, dict) and link.get("$ref") == ref]:
            del links[name]
        if not links:
            del node["links"]
    for value in node.values():
        _drop_ref_links(value, ref)

"""Compare two JSON Schemas (OpenAPI 3.1) in the direction the data flows.

The rule of thumb: a *request* schema may only widen (accept more) and a *response*
schema may only narrow (promise more); the other way round breaks a client.

* Request (parameters, request bodies): narrowing is breaking, widening is not. A type
  member removed, a bound tightened (``maxLength``/``maximum``/``maxItems`` down,
  ``minLength``/``minimum``/``minItems`` up, bound added), a pattern added or changed,
  an enum added, ``additionalProperties`` closed, a property made required: breaking.
* Response: widening is breaking, narrowing is not. A type member added (e.g. ``null``:
  "may now be null"), a bound loosened or removed, an enum value added (enums are closed:
  generated clients reject unknown values), a property no longer required: breaking.
  A new required response property is non-breaking.
* Both directions: a changed ``format``, a removed enum value and a removed property are
  breaking (generated client types change).

Shared components are walked once per (old $ref, new $ref, direction) and reported at the
component (``Call.duration (in responses)``), which also guards against recursion.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from publisher.changes import Collector, ref_name, resolve
from publisher.specs import Spec

Direction = Literal["request", "response"]
_UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")


def _types(schema: dict[str, Any]) -> set[str] | None:
    raw = schema.get("type")
    if raw is None:
        return None
    found = {raw} if isinstance(raw, str) else {t for t in raw if isinstance(t, str)}
    if schema.get("nullable") is True:
        found.add("null")
    return found


def _covers(types: set[str], member: str) -> bool:
    return member in types or (member == "integer" and "number" in types)


def _fmt_types(types: set[str] | None) -> str:
    return "any" if types is None else "[" + ", ".join(sorted(types)) + "]"


def _enum(schema: dict[str, Any]) -> list[Any] | None:
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    return [schema["const"]] if "const" in schema else None


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


class SchemaDiffer:
    """Walks pairs of schemas and reports their changes into a Collector."""

    def __init__(self, old_doc: Spec, new_doc: Spec, out: Collector) -> None:
        self.old_doc, self.new_doc, self.out = old_doc, new_doc, out
        self._done: set[tuple[str, str, Direction]] = set()

    def _report(
        self, where: str, path: str, narrowed: bool, widened: bool, direction: Direction, message: str, rule: str
    ) -> None:
        """Report a constraint change; breaking if it goes the wrong way for *direction*."""
        breaking = (narrowed and direction == "request") or (widened and direction == "response")
        self.out.add(breaking, self._loc(where, path), message, rule)

    @staticmethod
    def _loc(where: str, path: str) -> str:
        return f"{where}: {path}" if path else where

    def compare(self, old: Any, new: Any, where: str, direction: Direction, path: str = "") -> None:
        """Compare schema *old* with *new*; *where* names the spot, *path* the field."""
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        old_ref, new_ref = old.get("$ref"), new.get("$ref")
        if isinstance(old_ref, str) and old_ref == new_ref:
            old_siblings = {k: v for k, v in old.items() if k != "$ref"}
            new_siblings = {k: v for k, v in new.items() if k != "$ref"}
            self._compare_plain(old_siblings, new_siblings, where, direction, path)
            key = (old_ref, new_ref, direction)
            if key not in self._done:
                self._done.add(key)
                self.compare(
                    resolve(self.old_doc, {"$ref": old_ref}),
                    resolve(self.new_doc, {"$ref": new_ref}),
                    f"{ref_name(old_ref)} (in {direction}s)",
                    direction,
                )
            return
        if isinstance(old_ref, str) or isinstance(new_ref, str):
            key = (str(old_ref), str(new_ref), direction)
            if key in self._done:
                return
            self._done.add(key)
        if self._compare_variants(old, new, where, direction, path):
            return
        self._compare_plain(
            self._effective(old, self.old_doc), self._effective(new, self.new_doc), where, direction, path
        )

    def _effective(self, schema: dict[str, Any], doc: Spec, depth: int = 0) -> dict[str, Any]:
        """Resolve ``$ref`` and merge ``allOf`` members into one schema."""
        schema = resolve(doc, schema)
        if not isinstance(schema, dict):
            return {}
        members = schema.get("allOf")
        if not isinstance(members, list) or depth > 8:
            return schema
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        props: dict[str, Any] = dict(merged.get("properties") or {})
        required: list[str] = list(merged.get("required") or [])
        for member in members:
            part = self._effective(member, doc, depth + 1)
            props.update(part.get("properties") or {})
            required += [r for r in part.get("required") or [] if r not in required]
            for k, v in part.items():
                merged.setdefault(k, v)
        if props:
            merged["properties"] = props
        if required:
            merged["required"] = required
        return merged

    def _compare_plain(
        self, old: dict[str, Any], new: dict[str, Any], where: str, direction: Direction, path: str
    ) -> None:
        self._compare_type(old, new, where, direction, path)
        self._compare_format(old, new, where, path)
        self._compare_enum(old, new, where, direction, path)
        self._compare_bounds(old, new, where, direction, path)
        self._compare_object(old, new, where, direction, path)
        if "items" in old and "items" in new:
            self.compare(old["items"], new["items"], where, direction, f"{path}[]")

    @staticmethod
    def _variants(schema: dict[str, Any]) -> list[Any] | None:
        for word in ("oneOf", "anyOf"):
            if isinstance(schema.get(word), list) and "properties" not in schema:
                return list(schema[word])
        return None

    def _variant_key(self, variant: Any, doc: Spec, index: int) -> str:
        if isinstance(variant, dict) and isinstance(variant.get("$ref"), str):
            return ref_name(variant["$ref"])
        types = _types(resolve(doc, variant)) if isinstance(variant, dict) else None
        return f"type {_fmt_types(types)}" if types is not None else f"variant #{index}"

    def _keyed(self, variants: list[Any], doc: Spec) -> dict[str, Any]:
        keyed: dict[str, Any] = {}
        for i, variant in enumerate(variants):
            key = self._variant_key(variant, doc, i)
            keyed[f"{key} #{i}" if key in keyed else key] = variant
        return keyed

    def _compare_variants(
        self, old: dict[str, Any], new: dict[str, Any], where: str, direction: Direction, path: str
    ) -> bool:
        """oneOf/anyOf: match variants by $ref name or type; report the unmatched."""
        old_vs = self._variants(resolve(self.old_doc, old))
        new_vs = self._variants(resolve(self.new_doc, new))
        if old_vs is None and new_vs is None:
            return False
        olds = self._keyed(old_vs if old_vs is not None else [old], self.old_doc)
        news = self._keyed(new_vs if new_vs is not None else [new], self.new_doc)
        for key in sorted(olds.keys() - news.keys()):
            what = "is no longer nullable" if key == "type [null]" else f"lost variant {key}"
            self._report(where, path, True, False, direction, what, "variant-removed")
        for key in sorted(news.keys() - olds.keys()):
            what = "became nullable" if key == "type [null]" else f"gained variant {key}"
            self._report(where, path, False, True, direction, what, "variant-added")
        for key in sorted(olds.keys() & news.keys()):
            self.compare(olds[key], news[key], where, direction, path)
        return True

    def _compare_type(
        self, old: dict[str, Any], new: dict[str, Any], where: str, direction: Direction, path: str
    ) -> None:
        before, after = _types(old), _types(new)
        if before == after:
            return
        narrowed = after is not None and (before is None or any(not _covers(after, t) for t in before))
        widened = before is not None and (after is None or any(not _covers(before, t) for t in after))
        if before is not None and after is not None and before ^ after == {"null"}:
            message = "became nullable" if "null" in after else "is no longer nullable"
        else:
            message = f"type changed from {_fmt_types(before)} to {_fmt_types(after)}"
        self._report(where, path, narrowed, widened, direction, message, "type-changed")

    def _compare_format(self, old: dict[str, Any], new: dict[str, Any], where: str, path: str) -> None:
        before, after = old.get("format"), new.get("format")
        if before != after:
            message = f"format changed from {before or 'none'} to {after or 'none'}"
            self.out.add(True, self._loc(where, path), message, "format-changed")

    def _compare_enum(
        self, old: dict[str, Any], new: dict[str, Any], where: str, direction: Direction, path: str
    ) -> None:
        before, after = _enum(old), _enum(new)
        if before is None and after is None:
            return
        if before is None or after is None:
            message = "enum added" if after is not None else "enum removed"
            self._report(
                where,
                path,
                after is not None,
                before is not None,
                direction,
                message,
                "enum-added" if after is not None else "enum-removed",
            )
            return
        old_keys, new_keys = {_key(v) for v in before}, {_key(v) for v in after}
        loc = self._loc(where, path)
        for value in before:
            if _key(value) not in new_keys:
                self.out.add(True, loc, f"enum value {value!r} removed", "enum-value-removed")
        for value in after:
            if _key(value) not in old_keys:
                self._report(where, path, False, True, direction, f"enum value {value!r} added", "enum-value-added")

    def _compare_bounds(
        self, old: dict[str, Any], new: dict[str, Any], where: str, direction: Direction, path: str
    ) -> None:
        for word, upper in [(w, True) for w in _UPPER] + [(w, False) for w in _LOWER]:
            before, after = old.get(word), new.get(word)
            if before == after or isinstance(before, bool) or isinstance(after, bool):
                continue
            if before is None or after is None:
                narrowed = after is not None
            else:
                narrowed = after < before if upper else after > before
            message = f"{word} changed from {before} to {after}"
            if before is None or after is None:
                message = f"{word} {after} added" if after is not None else (f"{word} {before} removed")
            self._report(
                where,
                path,
                narrowed,
                not narrowed,
                direction,
                message,
                f"{word}-{'narrowed' if narrowed else 'widened'}",
            )
        for word in ("pattern", "multipleOf"):
            before, after = old.get(word), new.get(word)
            if before != after:
                self._report(
                    where,
                    path,
                    after is not None,
                    before is not None,
                    direction,
                    f"{word} changed from {before!r} to {after!r}",
                    f"{word}-changed",
                )
        if bool(old.get("uniqueItems")) != bool(new.get("uniqueItems")):
            now = bool(new.get("uniqueItems"))
            self._report(
                where,
                path,
                now,
                not now,
                direction,
                f"uniqueItems changed to {str(now).lower()}",
                "uniqueItems-changed",
            )

    def _compare_object(
        self, old: dict[str, Any], new: dict[str, Any], where: str, direction: Direction, path: str
    ) -> None:
        old_props: dict[str, Any] = old.get("properties") or {}
        new_props: dict[str, Any] = new.get("properties") or {}
        old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
        prefix = f"{path}." if path else ""
        for name in old_props:
            if name not in new_props:
                self.out.add(True, self._loc(where, prefix + name), "property removed", "property-removed")
        for name in new_props:
            if name not in old_props:
                required = name in new_req and direction == "request"
                what = "new required property" if required else "property added"
                self.out.add(required, self._loc(where, prefix + name), what, "property-added")
        for name in sorted(new_req - old_req):
            if name in old_props:
                self._report(
                    where, prefix + name, True, False, direction, "became required", "property-became-required"
                )
        for name in sorted(old_req - new_req):
            if name in new_props:
                self._report(
                    where, prefix + name, False, True, direction, "is no longer required", "property-became-optional"
                )
        for name, schema in new_props.items():
            if name in old_props:
                self.compare(old_props[name], schema, where, direction, prefix + name)
        before, after = old.get("additionalProperties"), new.get("additionalProperties")
        if (before is False) != (after is False):
            self._report(
                where,
                path,
                after is False,
                before is False,
                direction,
                "additionalProperties " + ("closed" if after is False else "opened"),
                "additionalProperties-changed",
            )
        elif isinstance(before, dict) and isinstance(after, dict):
            self.compare(before, after, where, direction, f"{prefix}*")

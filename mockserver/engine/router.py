"""Route requests to spec operations. Built once from the specs, no hand-written table.

Each path template becomes a regex: a parameter matches one or more characters other than
`/` (so `{a}@{b}:verb` and `conversations:sample` work next to `conversations/{id}`).
Templates are tried most-specific first (more literal characters first); the first
template that matches the path decides: its methods are the `Allow` set of a 405.
Path values are percent-decoded after matching on the raw path, so `%2F` stays inside one
parameter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from mockserver.engine.specs import Operation

_PARAM = re.compile(r"\{([^{}]+)\}")


@dataclass
class Route:
    template: str
    regex: re.Pattern[str] | None  # None for static paths
    names: tuple[str, ...]
    methods: dict[str, Operation]
    specificity: tuple[int, int]

    @property
    def allow(self) -> str:
        methods = set(self.methods) | ({"HEAD"} if "GET" in self.methods else set())
        return ", ".join(sorted(methods))


@dataclass
class Match:
    route: Route
    operation: Operation | None  # None: path known, method not allowed (405)
    path_params: dict[str, str]
    head: bool = False  # a HEAD request answered by the GET operation, without its body


def _compile(template: str) -> tuple[re.Pattern[str], tuple[str, ...], int]:
    pattern = ["^"]
    names: list[str] = []
    pos = 0
    literal = 0
    for m in _PARAM.finditer(template):
        text = template[pos : m.start()]
        literal += len(text)
        pattern.append(re.escape(text))
        pattern.append(f"(?P<p{len(names)}>[^/]+?)")
        names.append(m.group(1))
        pos = m.end()
    tail = template[pos:]
    literal += len(tail)
    pattern.append(re.escape(tail) + "$")
    return re.compile("".join(pattern)), tuple(names), literal


class Router:
    def __init__(self, operations: list[Operation]) -> None:
        by_template: dict[str, dict[str, Operation]] = {}
        for op in operations:
            methods = by_template.setdefault(op.full_path, {})
            if op.method in methods:
                other = methods[op.method].operation_id
                raise ValueError(f"{op.method} {op.full_path}: {op.operation_id} and {other}")
            methods[op.method] = op
        self.static: dict[str, Route] = {}
        templated: list[Route] = []
        for template, methods in by_template.items():
            if "{" not in template:
                self.static[template] = Route(template, None, (), methods, (len(template), 0))
                continue
            regex, names, literal = _compile(template)
            templated.append(Route(template, regex, names, methods, (literal, -len(names))))
        templated.sort(key=lambda r: r.specificity, reverse=True)
        self.templated = templated
        # a parameter never spans "/", so only templates with as many slashes can match
        self._by_depth: dict[int, list[Route]] = {}
        for route in templated:
            self._by_depth.setdefault(route.template.count("/"), []).append(route)

    def match(self, method: str, raw_path: str) -> Match | None:
        route = self.static.get(raw_path)
        params: dict[str, str] = {}
        if route is None:
            found = self._match_templated(raw_path)
            if found is None and "%" in raw_path:
                decoded = unquote(raw_path)
                route = self.static.get(decoded)
                if route is None:
                    found = self._match_templated(decoded)
            if found is not None:
                route, params = found
        if route is None:
            return None
        if method == "HEAD" and "HEAD" not in route.methods and "GET" in route.methods:
            return Match(route, route.methods["GET"], params, head=True)
        return Match(route, route.methods.get(method), params)

    def _match_templated(self, path: str) -> tuple[Route, dict[str, str]] | None:
        for route in self._by_depth.get(path.count("/"), ()):
            assert route.regex is not None
            m = route.regex.match(path)
            if m is not None:
                values = m.groups()
                return route, {
                    name: unquote(value) if "%" in value else value
                    for name, value in zip(route.names, values, strict=True)
                }
        return None

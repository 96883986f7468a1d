"""Step 4b: derive every blocking module from its asyncio twin, with unasync.

Hand-written client code that does I/O (the facades, the shared `_core`, OAuth, the rate
limiter's wait) is written once, for asyncio, in a `<name>_async.py` module; the generator
writes `<name>.py` beside it with unasync (the tool httpcore uses). Code without I/O lives in
plain modules that both twins import. The rules, all generic:

- unasync's own: `async`/`await` dropped, `AsyncIterator` → `Iterator`, `__aenter__` →
  `__enter__`, ..., and any `AsyncX` → `SyncX`;
- the project's convention: the asyncio twin of a name `x` is `x_async` (`iterate_async`,
  `acquire_async`, `_lock_async`, and the modules `_paging_async`, ...), so
  every name ending in `_async` loses the suffix;
- the asyncio names of httpx, asyncio and openapi-python-client in REPLACEMENTS.

A hand-written `<name>.py` beside its `_async` twin is an error, and so is a plain module that
defines both twins of a function or class (write the asyncio one in an `_async` module), so
the two cannot drift. Protocol stubs (a body of `...`) are exempt: they only declare what a
shared object, such as a rate limiter usable by both clients, offers. Docstrings are kept as
they are: write them for both clients.
"""

from __future__ import annotations

import ast
import io
import tempfile
import tokenize
from collections.abc import Iterator
from pathlib import Path

import unasync

ASYNC_SUFFIX = "_async.py"
NAME_SUFFIX = "_async"
REPLACEMENTS = {
    "AsyncClient": "Client",  # httpx
    "aclose": "close",
    "aread": "read",
    "async_auth_flow": "sync_auth_flow",  # httpx.Auth
    "set_async_httpx_client": "set_httpx_client",  # openapi-python-client's Client
    "get_async_httpx_client": "get_httpx_client",
    "async_sleep": "sleep",  # the injectable sleeps (RetryPolicy, RateLimiter)
}
_UNASYNC_DEFAULTS: dict[str, str] = unasync.Rule(fromdir="/", todir="/").token_replacements


class UnasyncError(ValueError):
    """An overrides package writes by hand what the generator derives."""


def derived_name(source: Path) -> str:
    return source.name.removesuffix(ASYNC_SUFFIX) + ".py"


def sync_name(name: str) -> str:
    """The blocking twin of an identifier, by the rules above."""
    replaced = {**_UNASYNC_DEFAULTS, **REPLACEMENTS}.get(name)
    if replaced is not None:
        return replaced
    if name.endswith(NAME_SUFFIX) and len(name) > len(NAME_SUFFIX):
        return name.removesuffix(NAME_SUFFIX)
    if len(name) > 5 and name.startswith("Async") and name[5].isupper():
        return "Sync" + name[5:]
    return name


def _suffixed_names(source: str) -> dict[str, str]:
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    names = {token.string for token in tokens if token.type == tokenize.NAME}
    return {name: sync_name(name) for name in names if name.endswith(NAME_SUFFIX) and name not in REPLACEMENTS}


def _is_stub(node: ast.AST) -> bool:
    body = getattr(node, "body", [])
    if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0].value, "value", None), str):
        body = body[1:]  # a docstring
    return (
        len(body) == 1
        and isinstance(body[0], ast.Expr)
        and isinstance(body[0].value, ast.Constant)
        and body[0].value.value is Ellipsis
    )


def _scopes(tree: ast.Module) -> Iterator[list[ast.stmt]]:
    yield tree.body
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            yield node.body


def mirrored_definitions(module: Path) -> list[str]:
    """`async_name/sync_name` pairs that a plain module defines both of (stubs exempt)."""
    definitions = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    pairs = []
    for scope in _scopes(ast.parse(module.read_text(encoding="utf-8"))):
        defined = {node.name: node for node in scope if isinstance(node, definitions)}
        for name, node in defined.items():
            twin = defined.get(sync_name(name))
            if twin is not None and twin is not node and not (_is_stub(node) and _is_stub(twin)):
                pairs.append(f"{name}/{twin.name}")
    return pairs


def check_sources(package_overrides: Path) -> None:
    for source in sorted(package_overrides.rglob("*" + ASYNC_SUFFIX)):
        twin = source.with_name(derived_name(source))
        if twin.exists():
            raise UnasyncError(f"{twin} is written by the generator from {source.name}; delete the hand-written copy")
    for module in sorted(package_overrides.rglob("*.py")):
        pairs = [] if module.name.endswith(ASYNC_SUFFIX) else mirrored_definitions(module)
        if pairs:
            raise UnasyncError(
                f"{module} defines both twins of {', '.join(pairs)}: write the asyncio one in an "
                f"`{ASYNC_SUFFIX}` module and let the generator derive the other"
            )


def derive_sync_modules(package: Path) -> list[Path]:
    """Write `<name>.py` beside every `<name>_async.py` below package; returns the written files."""
    sources = sorted(package.rglob("*" + ASYNC_SUFFIX))
    written = []
    with tempfile.TemporaryDirectory(prefix="unasync-") as scratch:
        from_dir, to_dir = Path(scratch, "async"), Path(scratch, "sync")
        for source in sources:
            text = source.read_text(encoding="utf-8")
            replacements = {**_suffixed_names(text), **REPLACEMENTS}
            rule = unasync.Rule(
                fromdir=str(from_dir) + "/", todir=str(to_dir) + "/", additional_replacements=replacements
            )
            staged = from_dir / source.relative_to(package).with_name(derived_name(source))
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_bytes(source.read_bytes())
            unasync.unasync_files([str(staged)], rules=[rule])
            target = source.with_name(derived_name(source))
            target.write_bytes((to_dir / staged.relative_to(from_dir)).read_bytes())
            written.append(target)
    return written

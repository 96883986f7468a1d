"""Step 4c's renderer: the facade model through the jinja2 templates of generator/facades/templates/.

One template renders both clients: the blocking and the asyncio flavour differ only in the
words below (`async def`, `await`, the base class, the iterator), as openapi-python-client's
endpoint template renders `sync` and `asyncio` from one model. The output is formatted by the
pipeline's ruff step.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import jinja2

from generator.facades.model import Facade, signature

__all__ = ["TEMPLATES", "render", "write"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
OUTPUTS = {"client.py.jinja": "_client.py", "spec_rules.py.jinja": "_spec_rules.py"}


@dataclass(frozen=True)
class Flavour:
    cls: str
    base: str
    doc: str
    async_: str
    await_: str
    iterator: str
    iterate: str
    http_client: str
    raw_wrapper: str


def _flavours(facade: Facade) -> list[Flavour]:
    return [
        Flavour(
            facade.facade,
            "SyncAPIClient",
            f"Blocking client of {facade.title}.",
            "",
            "",
            "Iterator",
            "iterate",
            "sync_annotation",
            "raw_response_wrapper",
        ),
        Flavour(
            facade.async_facade,
            "AsyncAPIClient",
            f"The asyncio twin of `{facade.facade}` (same arguments; `http_client` is an httpx.AsyncClient).",
            "async ",
            "await ",
            "AsyncIterator",
            "iterate_async",
            "async_annotation",
            "raw_response_wrapper_async",
        ),
    ]


def _docstring(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _wrap(text: str, indent: int) -> str:
    """A paragraph filled to the width of the generated code's docstrings."""
    pad = " " * indent
    return textwrap.fill(" ".join(text.split()), width=100, initial_indent=pad, subsequent_indent=pad)


def _comment(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), width=100, initial_indent="# ", subsequent_indent="# ")


def _keywords(pairs: list[tuple[str, str]]) -> str:
    return ", ".join(f"{name}={value}" for name, value in pairs)


def _parameters(pairs: list[tuple[str, str]]) -> str:
    return ", ".join(f"{name}: {annotation}" for name, annotation in pairs)


def _import_lines(imports: list[tuple[str, str]]) -> list[str]:
    modules: dict[str, list[str]] = {}
    for module, name in imports:
        modules.setdefault(module, [])
        if name:
            modules[module].append(name)
    lines = []
    for module in sorted(modules, key=lambda m: (m.startswith("."), m)):
        names = sorted(set(modules[module]))
        if module.startswith(".api."):  # `from .api.tag import list_calls as _list_calls`: one a line
            lines += [f"from {module} import {name}" for name in names]
        else:
            lines.append(f"from {module} import {', '.join(names)}" if names else f"import {module}")
    return lines


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(
        python=repr,
        docstring=_docstring,
        keywords=_keywords,
        parameters=_parameters,
        wrap=_wrap,
        comment=_comment,
        signature=signature,
    )
    return env


def render(facade: Facade) -> dict[str, str]:
    """File name -> source of every module the facade model gives."""
    env = _environment()

    def constructor(flavour: Flavour) -> list[str]:
        return signature(
            [
                replace(param.argument, annotation=getattr(param, flavour.http_client) or param.argument.annotation)
                for param in facade.constructor
            ]
        )

    context: dict[str, Any] = {
        "f": facade,
        "api": facade.api,
        "rules": facade.rules,
        "flavours": _flavours(facade),
        "import_lines": _import_lines(facade.imports),
        "constructor": constructor,
    }
    return {target: env.get_template(name).render(context) for name, target in OUTPUTS.items()}


def write(facade: Facade, package: Path) -> list[Path]:
    written = []
    for name, source in render(facade).items():
        target = package / name
        target.write_text(source, encoding="utf-8")
        written.append(target)
    return written

"""Step 4's distribution files: the client's pyproject.toml (from overrides/<api>/pyproject.toml),
its README.md, the repository's LICENSE and the package's `_version.py`.

The client has a version of its own, `version` in overrides/<api>/pyproject.toml, so a
client-only fix can be released; the spec version it was generated from (`info.version`) is
recorded beside it: `{spec_version}` in that file (a keyword `spec-version-X` users can read with
importlib.metadata, and `[tool.contract-kit]`), and `__spec_version__` in the package.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from generator.paths import ROOT, ApiPaths

__all__ = ["LICENSE", "VERSION_MODULE", "ClientVersion", "pyproject", "readme", "version_module"]

VERSION_MODULE = "_version.py"
LICENSE = ROOT / "LICENSE"  # Apache-2.0, shipped with every client (`license-files`)


@dataclass(frozen=True)
class ClientVersion:
    distribution: str
    version: str
    spec_version: str
    description: str = ""


def pyproject(template: Path, spec_version: str) -> tuple[str, ClientVersion]:
    """The distribution's pyproject.toml text and the versions it declares."""
    text = template.read_text(encoding="utf-8").replace("{spec_version}", spec_version)
    project = tomllib.loads(text)["project"]
    return text, ClientVersion(project["name"], project["version"], spec_version, project.get("description", ""))


def version_module(version: ClientVersion) -> str:
    return (
        '"""Written by the generator: the distribution, its version and the spec version it was generated'
        ' from. Do not edit."""\n\n'
        f'DISTRIBUTION = "{version.distribution}"\n'
        f'__version__ = "{version.version}"\n'
        f'__spec_version__ = "{version.spec_version}"\n'
    )


def readme(paths: ApiPaths, version: ClientVersion, title: str) -> str:
    """The distribution's short README.md (its PyPI page)."""
    client = paths.entry.client
    return f"""# {version.distribution}

{version.description}: `{client.facade}` (blocking) and `{client.async_facade}` (asyncio), typed
(`py.typed`), over generated functions and attrs models (`{client.package}.api`, `{client.package}.models`).

Client version {version.version}, generated from the OpenAPI description of {title} {version.spec_version}
(`{client.package}.__version__`, `{client.package}.__spec_version__`).

```sh
pip install {version.distribution}
```

```python
from {client.package} import {client.facade}

client = {client.facade}(...)  # the credentials: help({client.facade})
```

Each operation is a method (`client.<operation>(..., timeout=10.0)`), and
`client.with_raw_response.<operation>(...)` returns the response with `.status_code`, `.headers`
and `.parse()`.

- retries of idempotent operations with backoff and `Retry-After`, timeouts, typed errors
  (`APIStatusError` and its subclasses, `APIConnectionError`);
- `iter_*` helpers that follow the API's paging;
- per-call options `timeout=`, `max_retries=`, `extra_headers=`, `extra_query=` (anything else is
  a `TypeError`), and `with_raw_response` for the status and headers;
- every request says `User-Agent: {version.distribution}/{version.version} python-httpx/...`.

The client's own version follows semantic versioning of its Python API: a breaking change comes
with a new major version.

License: Apache-2.0 (the client's code; the API itself is the vendor's, under its own terms).
"""

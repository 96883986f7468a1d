"""The per-API openapi-python-client config, checked before use.

openapi-python-client ignores unknown keys silently (a typo such as `literal_enum` gives no
warning), so every key is checked against the tool's own config model and a typo fails.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.config import ConfigFile

# The generator runs the formatter itself, after the hand-written modules are copied in
# (step 5), with a pinned ruff; the tool's own post-hooks must not run.
FORCED: dict[str, Any] = {"post_hooks": []}


class ConfigError(ValueError):
    pass


def allowed_keys() -> set[str]:
    return set(ConfigFile.model_fields)


def load_config(path: Path) -> dict[str, Any]:
    """Read and check a config file. Raises ConfigError naming the bad key."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the config must be a mapping")
    known = allowed_keys()
    for key in data:
        if key not in known:
            close = difflib.get_close_matches(str(key), sorted(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(
                f"{path}: unknown openapi-python-client config key {key!r}{hint}; "
                f"known keys: {', '.join(sorted(known))}"
            )
    for key in FORCED:
        if key in data:
            raise ConfigError(f"{path}: {key!r} is set by the generator and may not be overridden")
    ConfigFile.model_validate(data)  # types, e.g. literal_enums must be a bool
    return {**data, **FORCED}

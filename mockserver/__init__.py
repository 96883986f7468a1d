"""Stateful mock server of the registered APIs: an engine (mockserver/engine/) serving each
API of the registry (spec/apis.yaml) through its vendor plugin (mockserver/vendors/<api>/).

from mockserver import MockConfig, create_app
app = create_app(MockConfig(seed=1, strict=True, token_ttl=60))
token = app.issue_token("<an OAuth client id of a bearer-token API>")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mockserver.engine.app import MockApp, create_app
    from mockserver.engine.config import ManualClock, MockConfig

__all__ = ["ManualClock", "MockApp", "MockConfig", "create_app"]


def __getattr__(name: str) -> Any:  # lazy: importing a plugin module stays cheap
    if name in ("MockApp", "create_app"):
        from mockserver.engine import app

        return getattr(app, name)
    if name in ("MockConfig", "ManualClock"):
        from mockserver.engine import config

        return getattr(config, name)
    raise AttributeError(name)

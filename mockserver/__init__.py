"""Stateful mock server of the Cresta and ExecVision APIs (see mockserver/app.py).

from mockserver import MockConfig, create_app
app = create_app(MockConfig(seed=1, strict=True, sizes={"ev_calls": 200}, token_ttl=60))
token = app.issue_token("acme-client")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mockserver.app import MockApp, create_app
    from mockserver.config import ManualClock, MockConfig

__all__ = ["ManualClock", "MockApp", "MockConfig", "create_app"]


def __getattr__(name: str) -> Any:  # lazy: importing a handler module stays cheap
    if name in ("MockApp", "create_app"):
        from mockserver import app

        return getattr(app, name)
    if name in ("MockConfig", "ManualClock"):
        from mockserver import config

        return getattr(config, name)
    raise AttributeError(name)

"""The User-Agent of every request the client sends: `<distribution>/<version> python-httpx/<version>`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from .._version import DISTRIBUTION, __version__

__all__ = ["USER_AGENT", "with_user_agent"]

USER_AGENT = f"{DISTRIBUTION}/{__version__} python-httpx/{httpx.__version__}"


def with_user_agent(headers: Mapping[str, str] | None) -> dict[str, str]:
    """A facade's `headers=` with one `User-Agent`: the one given there (any case), else USER_AGENT."""
    given = dict(headers or {})
    agent = next((value for name, value in given.items() if name.lower() == "user-agent"), USER_AGENT)
    return {**{name: value for name, value in given.items() if name.lower() != "user-agent"}, "User-Agent": agent}

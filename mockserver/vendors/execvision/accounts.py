"""ExecVision's credentials: API users with a password (HTTP Basic), some allowed to delete."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from mockserver.engine.auth import parse_basic
from mockserver.engine.context import ApiError, Principal
from mockserver.engine.plugin import AuthRequest

API = "execvision"


@dataclass(frozen=True)
class EvUser:
    password: str
    can_delete: bool = False


DEFAULT_USERS: dict[str, EvUser] = {
    "ev-admin": EvUser("ev-admin-secret", can_delete=True),
    "ev-reader": EvUser("ev-reader-secret", can_delete=False),
}


def authenticate(request: AuthRequest) -> Principal:
    users: Mapping[str, EvUser] = request.accounts
    creds = parse_basic(request.header) if request.scheme == "basic" else None
    user = users.get(creds[0]) if creds else None
    if creds is None or user is None or user.password != creds[1]:
        raise ApiError(
            401,
            "missing or invalid HTTP Basic credentials",
            headers={"WWW-Authenticate": 'Basic realm="execvision"'},
        )
    return Principal(api=API, subject=creds[0], can_delete=user.can_delete)

"""The shipped msgspec Structs (`execvision_client.Call` and its tree), decoded straight from
bytes as the facade decodes them, built from the client's public names only."""

from __future__ import annotations

import datetime
from typing import Any

import execvision_client
import msgspec


def dec_hook(type_: type, value: Any) -> Any:
    """Datetimes as the client reads them: the Structs' datetime fields have a marker type that
    `datetime.datetime` is registered under, read with `datetime.fromisoformat`."""
    if isinstance(type_, type) and issubclass(datetime.datetime, type_):
        return datetime.datetime.fromisoformat(value)
    raise NotImplementedError(f"no decoder for {type_!r}")


CALLS_DECODER = msgspec.json.Decoder(list[execvision_client.Call], dec_hook=dec_hook)
COMMAND = "msgspec.json.Decoder(list[execvision_client.Call], dec_hook=<datetime.fromisoformat>).decode(page)"

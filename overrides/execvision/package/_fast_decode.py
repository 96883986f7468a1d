"""How the facade decodes a 200 of GET /calls, /call/{id} and /transcript/{id}: the msgspec
Structs of `_fast_models` straight from `response.content`, with the stock models as the fallback.

The fast path takes a body only if it matches the spec exactly (every key declared, strict
types; see `_fast_models`), and then its result is what the stock models give. Anything else
(undeclared keys, a null or a type the stock models let through, a JSON extension such as
NaN, a body that is not UTF-8, ...) goes through the generated `_parse_response`, so the stock models
decide: their exception is raised (the facade turns it into APIResponseValidationError) or
their result is converted to the Structs, undeclared keys kept in `additional_properties`.
Other statuses go to `_parse_response` unchanged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar, cast

import attrs
import httpx
import msgspec

from . import models
from ._fast_models import STRUCTS, Call, SimplifiedTranscript, dec_hook, with_extras
from .api.calls import get_call as _get_call
from .api.calls import list_calls as _list_calls
from .api.transcripts import get_transcript as _get_transcript
from .client import AuthenticatedClient, Client
from .models import Error

__all__ = [
    "CALLS_DECODER",
    "CALL_DECODER",
    "TRANSCRIPT_DECODER",
    "from_model",
    "parse_call",
    "parse_calls",
    "parse_transcript",
]

T = TypeVar("T")
log = logging.getLogger(__name__.split(".", 1)[0])

CALLS_DECODER = msgspec.json.Decoder(list[Call], dec_hook=dec_hook)
CALL_DECODER = msgspec.json.Decoder(Call, dec_hook=dec_hook)
TRANSCRIPT_DECODER = msgspec.json.Decoder(SimplifiedTranscript, dec_hook=dec_hook)

_STRUCT_OF = {model: struct for struct, model in STRUCTS.items()}
_MAPS: tuple[type[Any], ...] = tuple(  # free-form objects (CallMetadata, ...): plain dicts in the Structs
    model
    for model in (getattr(models, name) for name in models.__all__)
    if attrs.has(model) and [*attrs.fields_dict(model)] == ["additional_properties"]
)


def from_model(value: Any) -> Any:
    """A stock model (or a list of them) as the Structs; other values as they are."""
    struct = _STRUCT_OF.get(type(value))
    if struct is not None:
        fields = {name: from_model(getattr(value, name)) for name in struct.__struct_fields__}
        return with_extras(struct, fields, value.additional_properties)
    if isinstance(value, _MAPS):
        return dict(value.additional_properties)
    if isinstance(value, list):
        return [from_model(item) for item in value]
    return value


def _parser(operation: str, decoder: msgspec.json.Decoder[T], stock: Callable[..., Any]) -> Callable[..., T | Error]:
    """A `_parse_response` replacement: the fast path on a 200, else (or when it fails) `stock`."""

    def parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> T | Error:
        if response.status_code == 200:
            try:
                return decoder.decode(response.content)
            except Exception as exc:  # noqa: BLE001 - whatever the fast path rejects, the stock path decides
                log.debug("%s: not decoded on the fast path (%s); using the stock models", operation, exc)
            parsed = stock(client=client, response=response)
            return parsed if isinstance(parsed, Error) else cast(T, from_model(parsed))
        return cast(T | Error, stock(client=client, response=response))

    return parse


parse_calls = _parser("listCalls", CALLS_DECODER, _list_calls._parse_response)
parse_call = _parser("getCall", CALL_DECODER, _get_call._parse_response)
parse_transcript = _parser("getTranscript", TRANSCRIPT_DECODER, _get_transcript._parse_response)

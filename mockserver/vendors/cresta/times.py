"""Timestamps and Durations in Cresta's proto3 JSON rendering."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from mockserver.vendors.cresta.names import invalid

_FRACTION = re.compile(r"(\.\d{6})\d+")


def fmt_time(value: datetime) -> str:
    """RFC 3339 in UTC with a `Z` suffix, as protojson renders a Timestamp."""
    value = value.astimezone(UTC)
    micros = value.microsecond
    spec = "seconds" if not micros else "milliseconds" if not micros % 1000 else "microseconds"
    return value.isoformat(timespec=spec).removesuffix("+00:00") + "Z"


def parse_time(value: Any, field: str) -> datetime:
    """A timestamp from a body/query (string or already-parsed datetime); 400 if invalid."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(_FRACTION.sub(r"\1", value.strip()))
        except ValueError:
            invalid(f"{field}: {value!r} is not an RFC 3339 timestamp")
    else:
        invalid(f"{field}: expected an RFC 3339 timestamp")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # e.g. 0001-01-01T00:00:00+01:00: outside the Timestamp range in UTC
        # The docs give no rule for it and no schema can say it: clamp to the range (assumed).
        early = parsed.year == datetime.min.year
        return (datetime.min if early else datetime.max).replace(tzinfo=UTC)


def optional_time(value: Any, field: str) -> datetime | None:
    return None if value in (None, "") else parse_time(value, field)


def fmt_duration(value: timedelta | float) -> str:
    """A protobuf Duration: seconds with up to 9 fractional digits and an `s` suffix."""
    seconds = value.total_seconds() if isinstance(value, timedelta) else float(value)
    text = f"{seconds:.3f}".rstrip("0").rstrip(".")
    return f"{text}s"


SortKey = tuple[int, str]  # (epoch microseconds, resource name): the order of a list, and its cursor
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def epoch_micros(value: datetime) -> int:
    """A timestamp as an integer (exact: a Timestamp has no finer unit the mock keeps)."""
    return (value - _EPOCH) // timedelta(microseconds=1)


def sort_key(item: dict[str, Any], field: str) -> SortKey:
    """Sort key: a stored timestamp (parsed: fraction widths vary), then the name."""
    return epoch_micros(datetime.fromisoformat(item[field])), item["name"]


def by_create_time(item: dict[str, Any]) -> SortKey:
    """The order of the lists of created things (comments, suggestion usages)."""
    return sort_key(item, "createTime")

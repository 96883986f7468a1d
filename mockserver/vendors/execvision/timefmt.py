"""Timestamps: epoch seconds internally, RFC 3339 UTC strings on the wire."""

from __future__ import annotations

from datetime import UTC, datetime


def iso(epoch: float) -> str:
    """`2026-11-20T14:03:22.125Z` (millisecond precision, UTC)."""
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="milliseconds")[:-6] + "Z"


def iso_date(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).date().isoformat()


def epoch(when: datetime) -> float:
    return when.timestamp()


def day_start(when: datetime) -> float:
    """Epoch of 00:00 UTC of `when`'s day."""
    when = when.astimezone(UTC)
    return datetime(when.year, when.month, when.day, tzinfo=UTC).timestamp()


def parse_since(value: str) -> float:
    """An ISO 8601 timestamp truncated to the minute (seconds are ignored), as epoch."""
    text = value.strip()
    if text.endswith(("z", "Z")):
        text = text[:-1] + "+00:00"
    elif len(text) >= 5 and text[-5] in "+-" and text[-3] != ":":
        text = text[:-2] + ":" + text[-2:]  # +0500 -> +05:00
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.replace(second=0, microsecond=0).timestamp()

"""`python -m mockserver` options."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mockserver.__main__ import OffsetClock, build_config, config_from_args, parser


def test_options_become_a_config() -> None:
    args = parser().parse_args(
        [
            "--port",
            "9000",
            "--seed",
            "4",
            "--size",
            "ev_calls=10",
            "--size",
            "ev_users=5",
            "--strict",
            "--token-ttl",
            "30",
            "--rate-limit",
            "12.5",
            "--no-last-id-bug",
            "--now",
            "2026-01-02T03:04:05Z",
        ]
    )
    config = build_config(config_from_args(args))
    assert (args.port, config.seed, dict(config.sizes)) == (9000, 4, {"ev_calls": 10, "ev_users": 5})
    assert config.strict and config.token_ttl == 30 and not config.last_id_bug
    assert (config.rate_limit.mode, config.rate_limit.rps) == ("fixed", 12.5)
    assert isinstance(config.clock, OffsetClock)
    assert config.clock() >= datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_defaults() -> None:
    config = build_config(config_from_args(parser().parse_args([])))
    assert config.rate_limit.mode == "off" and config.last_id_bug and not config.strict and config.seed == 1


@pytest.mark.parametrize("argv", [["--rate-limit", "fast"], ["--rate-limit", "0"], ["--size", "ev_calls"]])
def test_bad_options_exit(argv: list[str]) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(argv)

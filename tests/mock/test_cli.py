"""`python -m mockserver` options."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

import mockserver.__main__ as cli
from mockserver.__main__ import ENV_SECRET, OffsetClock, build_config, config_from_args, parser


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


def _secret(argv: list[str]) -> bytes | None:
    return build_config(config_from_args(parser().parse_args(argv))).secret


def test_secret_from_the_flag_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_SECRET, raising=False)
    assert _secret([]) is None  # a random secret per run (MockState draws it)
    assert _secret(["--secret", "s3cret"]) == b"s3cret"
    monkeypatch.setenv(ENV_SECRET, "from-env")
    assert _secret([]) == b"from-env"
    assert _secret(["--secret", "flag-wins"]) == b"flag-wins"
    monkeypatch.setenv(ENV_SECRET, "")  # set but empty: as if unset
    assert _secret([]) is None
    with pytest.raises(SystemExit):
        parser().parse_args(["--secret", ""])


def test_workers_get_one_secret_from_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    """With --workers the parent draws the secret once and hands it to every worker in the
    configuration it passes them, so each accepts the tokens the others issued."""
    monkeypatch.setattr(cli.uvicorn, "run", lambda *args, **kwargs: None)
    monkeypatch.setenv(cli.ENV_CONFIG, "{}")  # restored after the test
    monkeypatch.delenv(ENV_SECRET, raising=False)

    def handed_to_workers(argv: list[str]) -> bytes | None:
        assert cli.main(["--workers", "2", *argv]) == 0
        return build_config(json.loads(os.environ[cli.ENV_CONFIG])).secret

    drawn = handed_to_workers([])
    assert drawn is not None and len(drawn) >= 32
    assert handed_to_workers([]) != drawn  # a new run, a new secret
    assert handed_to_workers(["--secret", "shared"]) == b"shared"


def test_state_flag_and_workers_share_one_state(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """--state names the shared state; with --workers and no --state the parent makes one
    file for the run and hands its path to every worker."""
    assert build_config(config_from_args(parser().parse_args([]))).state_path is None
    named = tmp_path / "state.sqlite"
    assert build_config(config_from_args(parser().parse_args(["--state", str(named)]))).state_path == named
    monkeypatch.setattr(cli.uvicorn, "run", lambda *args, **kwargs: None)
    monkeypatch.setenv(cli.ENV_CONFIG, "{}")  # restored after the test
    assert cli.main(["--workers", "2"]) == 0
    scratch = build_config(json.loads(os.environ[cli.ENV_CONFIG])).state_path
    assert scratch is not None and scratch.name == "state.sqlite" and not scratch.exists()  # removed after the run
    assert cli.main(["--workers", "2", "--state", str(named)]) == 0
    assert build_config(json.loads(os.environ[cli.ENV_CONFIG])).state_path == named and named.exists()


@pytest.mark.parametrize("where", ["missing/state.sqlite", "not-a-database"])
def test_a_state_file_that_cannot_be_opened_is_a_usage_error(
    tmp_path: Path, where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "not-a-database").write_bytes(b"this is no SQLite file " * 100)
    with pytest.raises(SystemExit) as exited:
        cli.main(["--state", str(tmp_path / where)])
    assert exited.value.code == 2 and "--state" in capsys.readouterr().err

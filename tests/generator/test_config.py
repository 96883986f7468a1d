from __future__ import annotations

from pathlib import Path

import pytest

import specmodel
from generator.config import ConfigError, load_config
from generator.paths import ApiPaths

APIS = specmodel.names()


@pytest.mark.parametrize("api", APIS)
def test_committed_configs_load(api: str) -> None:
    config = load_config(ApiPaths(api).config)
    assert config["package_name_override"] == f"{api}_client"
    assert config["post_hooks"] == []  # formatting is the generator's own step 5


def test_a_typo_fails_loudly_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("literal_enum: true\n")
    with pytest.raises(ConfigError, match=r"unknown .*'literal_enum'.*did you mean 'literal_enums'"):
        load_config(path)


def test_post_hooks_cannot_be_overridden(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("post_hooks: ['ruff format .']\n")
    with pytest.raises(ConfigError, match="set by the generator"):
        load_config(path)


def test_a_wrong_type_fails(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("literal_enums: [1, 2]\n")
    with pytest.raises(ValueError):
        load_config(path)

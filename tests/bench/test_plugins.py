"""The bench engine finds the vendor plugins by the registry's API names and builds auth by kind."""

from __future__ import annotations

import base64
import pkgutil

import msgspec
import pytest

import specmodel
from benchmarks import CLIENT_DIRS, auth, vendors
from benchmarks.mock_vs_prism import notes
from benchmarks.throughput import Request


def test_every_plugin_is_named_like_a_registered_api() -> None:
    found = {module.name for module in pkgutil.iter_modules(vendors.__path__)}
    assert found <= set(specmodel.names()), "benchmarks/vendors/<name> must be named like an API in spec/apis.yaml"
    assert [plugin.api.name for plugin in vendors.plugins()] == [n for n in specmodel.names() if n in found]


def test_each_plugin_contributes_credentials_with_its_scenarios() -> None:
    for plugin in vendors.plugins():
        if plugin.get("THROUGHPUT") or plugin.get("DECODE") or plugin.get("PAGING"):
            assert isinstance(plugin.get("CREDENTIALS"), auth.Credentials), plugin.api.name


def test_client_dirs_come_from_the_registry() -> None:
    assert [d.name for d in CLIENT_DIRS] == [api.client.distribution for api in specmodel.apis()]
    assert all(d.is_dir() for d in CLIENT_DIRS)


def _api(auth_kind: str, base_path: str = "") -> specmodel.ApiEntry:
    entry = specmodel.apis()[0]
    return msgspec.structs.replace(entry, name="demo", auth=auth_kind, base_path=base_path)


def test_basic_auth_is_the_same_for_ours_and_prism_and_shown_without_the_secret() -> None:
    api, creds = _api("basic"), auth.Credentials("u", "pw")
    sent = auth.headers(api, creds, "http://127.0.0.1:1")
    assert sent == auth.prism_headers(api, creds) == {"Authorization": "Basic " + base64.b64encode(b"u:pw").decode()}
    assert auth.shown(api, creds, sent) == {sent["Authorization"]: "Basic <base64 u:pw>"}


def test_bearer_auth_sends_the_token_to_ours_and_any_token_to_prism() -> None:
    api, creds = _api("bearer"), auth.Credentials("", "tok")
    assert auth.headers(api, creds, "http://127.0.0.1:1") == {"Authorization": "Bearer tok"}
    assert auth.prism_headers(api, creds) == {"Authorization": auth.PRISM_BEARER}


def test_token_path_is_read_from_the_spec() -> None:
    oauth = [api for api in specmodel.apis() if api.auth == "oauth2-client-credentials"]
    for api in oauth:
        assert auth.token_path(api).startswith("/")
    basic = next((api for api in specmodel.apis() if api.auth == "basic"), None)
    if basic is not None:
        with pytest.raises(ValueError):
            auth.token_path(basic)


def test_throughput_note_shows_where_prism_strips_the_base_path() -> None:
    plugin = vendors.Plugin(_api("basic", "/base"), vendors)
    text = notes([(plugin, [Request("/items?x=1"), Request("/one")])])[0]
    assert "demo requests go to `/items?…` and `/one` on Prism and to `/base/items?…` and `/base/one` on ours" in text
    assert "bearer" not in text

"""The Basic-auth cache: successes only, keyed by a hash, LRU-bounded, cleared on reset."""

from __future__ import annotations

import base64
import hashlib

from starlette.testclient import TestClient

from mockserver.engine.app import MockApp
from mockserver.engine.auth import CACHE_LIMIT, BasicCache
from mockserver.engine.context import Principal
from tests.helpers.mock import ANCHOR, EV, EV_ADMIN, EV_READER


def basic(user: str, password: str, pad: int = 0) -> str:
    """A valid Basic header; `pad` spaces before the credentials make distinct valid headers."""
    return "Basic " + " " * pad + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_failed_headers_are_never_stored(app: MockApp, client: TestClient) -> None:
    for i in range(40):
        for header in (basic("ev-admin", f"wrong-{i}"), basic(f"nobody-{i}", "x"), f"Basic {'A' * 4 * i}!", "x" * i):
            assert client.get(f"{EV}/users", headers={"Authorization": header}).status_code == 401
    big = basic("ev-admin", "x" * 11_000)  # a 15 KB failed header (under the 16 KiB head limit)
    assert client.get(f"{EV}/users", headers={"Authorization": big}).status_code == 401
    assert len(app.state.auth_cache) == 0


def test_successes_are_stored_under_a_hash_of_the_header(app: MockApp, client: TestClient) -> None:
    header = basic(*EV_ADMIN, pad=12_000)  # valid, and long (under the 16 KiB head limit)
    assert client.get(f"{EV}/users", headers={"Authorization": header}).status_code == 200
    cache = app.state.auth_cache
    assert len(cache) == 1
    (key,) = cache._entries
    assert key == hashlib.sha256(f"execvision\0{header}".encode()).digest()
    assert client.get(f"{EV}/users", headers={"Authorization": header}).status_code == 200
    assert len(cache) == 1


def test_cached_principals_keep_their_rights(client: TestClient) -> None:
    assert client.get(f"{EV}/users", auth=EV_ADMIN).status_code == 200
    assert client.get(f"{EV}/users", auth=EV_READER).status_code == 200
    for _ in range(2):  # from the cache now
        assert client.delete(f"{EV}/call/{ANCHOR}", auth=EV_READER).status_code == 403
    assert client.delete(f"{EV}/call/{ANCHOR}", auth=EV_ADMIN).status_code == 200


def test_the_cache_is_bounded_and_least_recently_used_goes_first(app: MockApp, client: TestClient) -> None:
    assert app.state.auth_cache.limit == CACHE_LIMIT == 1024
    cache = app.state.auth_cache
    cache.limit = 5
    headers = [basic(*EV_ADMIN, pad=i) for i in range(8)]
    for header in headers[:5]:
        assert client.get(f"{EV}/check", headers={"Authorization": header}).status_code == 200
    assert cache.get("execvision", headers[0]) is not None  # now the most recently used
    for header in headers[5:]:
        assert client.get(f"{EV}/check", headers={"Authorization": header}).status_code == 200
    assert len(cache) == 5
    kept = [h for h in headers if cache.get("execvision", h) is not None]
    assert kept == [headers[0], *headers[4:]]


def test_basic_cache_unit() -> None:
    cache = BasicCache(limit=2)
    who = Principal(api="a", subject="u")
    cache.put("a", "h1", who)
    cache.put("b", "h1", who)  # another API: another entry
    assert cache.get("a", "h1") is who and cache.get("b", "h1") is who and cache.get("a", "h2") is None
    cache.put("a", "h3", who)  # ("a", "h1") was used least recently: it goes
    assert cache.get("a", "h1") is None and cache.get("b", "h1") is who and len(cache) == 2
    cache.clear()
    assert len(cache) == 0 and cache.get("a", "h1") is None


def test_reset_and_reseed_clear_the_cache(app: MockApp, client: TestClient) -> None:
    assert client.get(f"{EV}/users", auth=EV_ADMIN).status_code == 200
    assert len(app.state.auth_cache) == 1
    assert client.post("/__mock__/reset").status_code == 200
    assert len(app.state.auth_cache) == 0
    assert client.get(f"{EV}/users", auth=EV_ADMIN).status_code == 200
    app.reset()  # the Python API too
    assert len(app.state.auth_cache) == 0
    assert client.get(f"{EV}/users", auth=EV_ADMIN).status_code == 200
    app.reseed(app.seed, app.sizes)
    assert len(app.state.auth_cache) == 0

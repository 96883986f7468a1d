"""Bounded resources (engine/limits.py): at each limit the mock answers, past it it refuses in
the API's own error shape. In-process; the limits on real sockets are test_malformed_http.py."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from starlette.testclient import TestClient

from mockserver.__main__ import build_config, config_from_args, parser
from mockserver.engine.app import MockApp, create_app
from mockserver.engine.config import Limits
from mockserver.engine.limits import head_size
from tests.helpers.mock import EV, EV_ADMIN, SMALL_SIZES, MockProcess, make_config

P = "/v1/customers/acme/profiles/default"
COMMENTS = "cresta.coachingComments"
SALES = "customers/acme/profiles/default/usecases/sales"

Limited = Callable[..., tuple[MockApp, TestClient]]


@pytest.fixture
def limited(_snapshot: bytes) -> Iterator[Limited]:
    """`limited(max_objects=..., ...)`: a fresh app with those limits, and a client of it."""
    clients: list[TestClient] = []

    def make(**limits: int) -> tuple[MockApp, TestClient]:
        app = create_app(make_config(seed_data=False, limits=Limits(**limits)))
        app.restore(_snapshot)
        client = TestClient(app, base_url="http://testserver")
        clients.append(client)
        return app, client

    yield make
    for client in clients:
        client.close()


def bearer(app: MockApp) -> dict[str, str]:
    return {"Authorization": f"Bearer {app.issue_token('acme-client')}"}


def comment(**extra: Any) -> dict[str, Any]:
    return {
        "creatorUserName": "customers/acme/users/manager-1",
        "createTime": "2026-11-20T10:00:00Z",
        "updateTime": "2026-11-20T10:00:00Z",
        "message": "well done",
        **extra,
    }


def cresta_error(r: Any, status: int, code: int) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["code"] == code and body["details"] == []
    return str(body["message"])


# ---- one string field ------------------------------------------------------------------------


def test_a_string_field_at_the_limit_passes_and_one_byte_more_is_invalid_argument(limited: Limited) -> None:
    app, client = limited(max_field_bytes=100)
    h = bearer(app)
    assert client.post(f"{P}/coachingComments", headers=h, json=comment(message="a" * 100)).status_code == 200
    r = client.post(f"{P}/coachingComments", headers=h, json=comment(message="a" * 101))
    assert "101 bytes; at most 100" in cresta_error(r, 400, 3)


def test_the_field_limit_counts_utf8_bytes_and_reaches_into_lists(limited: Limited) -> None:
    app, client = limited(max_field_bytes=100)
    h, seeded = bearer(app), app.store.count(COMMENTS)
    assert client.post(f"{P}/coachingComments", headers=h, json=comment(message="é" * 50)).status_code == 200
    r = client.post(f"{P}/coachingComments", headers=h, json=comment(message="é" * 51))
    assert "102 bytes" in cresta_error(r, 400, 3)
    r = client.post(f"{P}/coachingComments", headers=h, json=comment(linkedSessionNotes=["ok", "n" * 101]))
    assert "101 bytes" in cresta_error(r, 400, 3)
    assert app.store.count(COMMENTS) == seeded + 1  # only the first create was stored


def test_a_comment_message_is_bounded_by_the_field_limit_not_the_spec(limited: Limited) -> None:
    """The docs give no size limit (the spec has none: adding one would be a breaking change of a
    released spec, for an assumption); the mock's --max-field-bytes bounds it."""
    app, client = limited(max_field_bytes=1024)
    h = bearer(app)
    assert client.post(f"{P}/coachingComments", headers=h, json=comment(message="a" * 1024)).status_code == 200
    r = client.post(f"{P}/coachingComments", headers=h, json=comment(message="a" * 1025))
    assert "1025 bytes" in cresta_error(r, 400, 3)


# ---- objects per collection ------------------------------------------------------------------


def test_a_flood_of_creates_stops_at_the_cap_with_resource_exhausted(limited: Limited) -> None:
    app, client = limited(max_objects=60)
    h = bearer(app)
    seeded = app.store.count(COMMENTS)
    codes = [client.post(f"{P}/coachingComments", headers=h, json=comment()).status_code for _ in range(70 - seeded)]
    assert codes == [200] * (60 - seeded) + [429] * 10
    r = client.post(f"{P}/coachingComments", headers=h, json=comment())
    assert "holds 60 objects" in cresta_error(r, 429, 8)
    assert app.store.count(COMMENTS) == 60
    app.reset()  # makes room again
    assert client.post(f"{P}/coachingComments", headers=h, json=comment()).status_code == 200


def test_a_collection_seeded_past_the_cap_takes_nothing_more_and_stays_whole(limited: Limited) -> None:
    """ExecVision's delete records the call in ev.deleted_calls: refused there, the call stays."""
    _, client = limited(max_objects=1)
    ids = [c["id"] for c in client.get(f"{EV}/calls", params={"since": "2020-01-01T00:00Z"}, auth=EV_ADMIN).json()]
    r = client.delete(f"{EV}/call/{ids[0]}", auth=EV_ADMIN)  # ev.deleted_calls is seeded past 1
    assert r.status_code == 400 and r.json() == {
        "error": "bad_request",
        "message": "the collection ev.deleted_calls holds 1 objects, the most it may",
    }
    assert client.get(f"{EV}/call/{ids[0]}", auth=EV_ADMIN).status_code == 200  # nothing changed


# ---- bytes per collection --------------------------------------------------------------------


def collection_bytes(app: MockApp, kind: str) -> int:
    return sum(len(orjson.dumps(item)) for item in app.store.values(kind))


def test_creates_stop_before_the_collection_passes_its_byte_limit(limited: Limited) -> None:
    probe, _ = limited()
    seeded = collection_bytes(probe, COMMENTS)
    app, client = limited(max_collection_bytes=seeded + 5000)
    h = bearer(app)
    codes = [
        client.post(f"{P}/coachingComments", headers=h, json=comment(message="m" * 900)).status_code for _ in range(8)
    ]
    assert 200 in codes and codes == sorted(codes) and codes[-1] == 429  # some fit, then none
    assert collection_bytes(app, COMMENTS) <= seeded + 5000
    r = client.post(f"{P}/coachingComments", headers=h, json=comment(message="m" * 900))
    assert f"more than {seeded + 5000} bytes" in cresta_error(r, 429, 8)
    app.reset()  # the count starts again from the seed
    assert client.post(f"{P}/coachingComments", headers=h, json=comment(message="m" * 900)).status_code == 200


# ---- response size ---------------------------------------------------------------------------


def test_a_response_at_the_limit_is_sent_and_a_larger_one_refused(limited: Limited) -> None:
    probe, probe_client = limited()
    size = len(probe_client.get(f"{EV}/users", auth=EV_ADMIN).content)
    _, client = limited(max_response_bytes=size)
    assert len(client.get(f"{EV}/users", auth=EV_ADMIN).content) == size
    _, client = limited(max_response_bytes=size - 1)
    r = client.get(f"{EV}/users", auth=EV_ADMIN)
    assert r.status_code == 400 and r.json()["error"] == "bad_request"  # listUsers declares no 429
    assert f"would be {size} bytes" in r.json()["message"]


def test_a_cresta_response_over_the_limit_is_resource_exhausted(limited: Limited) -> None:
    app, client = limited(max_response_bytes=500)
    r = client.get(f"{P}/coachingComments", headers=bearer(app), params={"usecaseNames": SALES})
    assert "ask for less" in cresta_error(r, 429, 8)


# ---- the request head (in-process: the pipeline's check) -------------------------------------


def test_head_size_is_the_bytes_of_the_head_as_sent() -> None:
    raw = b"GET /x?a=1 HTTP/1.1\r\nhost: h\r\nx-long: " + b"v" * 50 + b"\r\n\r\n"
    assert head_size(b"GET", b"/x?a=1", b"1.1", [(b"host", b"h"), (b"x-long", b"v" * 50)]) == len(raw)


def test_a_large_head_is_431_in_each_apis_shape(limited: Limited) -> None:
    app, client = limited(max_header_bytes=2048)
    big = {"X-Filler": "f" * 2048}
    r = client.get(f"{P}/coachingComments", headers={**bearer(app), **big})
    assert "at most 2048" in cresta_error(r, 431, 8)
    r = client.get(f"{EV}/users", auth=EV_ADMIN, headers=big)
    assert r.status_code == 431 and r.json()["error"] == "request_header_fields_too_large"
    assert client.get(f"{EV}/users", auth=EV_ADMIN, headers={"X-Filler": "f" * 1500}).status_code == 200


# ---- configuration ---------------------------------------------------------------------------


def test_limits_are_flags_with_defaults() -> None:
    assert build_config(config_from_args(parser().parse_args([]))).limits == Limits()
    assert Limits().to_json() == {
        "maxHeaderBytes": 16 * 1024,
        "maxFieldBytes": 64 * 1024,
        "maxObjects": 10_000,
        "maxCollectionBytes": 64 * 1024 * 1024,
        "maxResponseBytes": 256 * 1024 * 1024,
    }
    args = parser().parse_args(["--max-header-bytes", "1000", "--max-objects", "5", "--max-response-bytes", "9"])
    limits = build_config(config_from_args(args)).limits
    assert (limits.max_header_bytes, limits.max_objects, limits.max_response_bytes) == (1000, 5, 9)


@pytest.mark.parametrize("value", ["0", "-1", "1e3", "many"])
def test_a_limit_must_be_a_positive_integer(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(["--max-objects", value])
    assert "positive integer" in capsys.readouterr().err
    with pytest.raises(ValueError, match="positive integer"):
        Limits(max_objects=0)


def test_every_limit_has_a_documented_flag() -> None:
    flags = {a.dest: a for a in parser()._actions if isinstance(a, argparse.Action)}
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    for name in Limits().__dataclass_fields__:
        assert name in flags and str(getattr(Limits(), name)) in (flags[name].help or "")
        assert "--" + name.replace("_", "-") in readme


# ---- over HTTP: a flood of large creates stays bounded in memory ------------------------------


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads RSS from /proc")
def test_a_flood_of_large_creates_is_bounded_by_the_collection_cap() -> None:
    """600 creates of 16 KB messages (9.6 MB) into a collection capped at 2 MiB: the mock stores
    about 2 MiB, refuses the rest with 429, and its RSS grows by far less than it was sent."""
    cap = 2 * 1024 * 1024
    sizes = [item for name, n in SMALL_SIZES.items() for item in ("--size", f"{name}={n}")]
    with MockProcess(*sizes, max_collection_bytes=cap) as mock, httpx.Client(base_url=mock.url, timeout=10) as http:
        assert mock.proc is not None
        token = http.post(
            "/v1/oauth/regionalToken", json={"grant_type": "client_credentials"}, auth=("acme-client", "acme-secret")
        ).json()["access_token"]
        h = {"Authorization": f"Bearer {token}"}
        before = rss_bytes(mock.proc.pid)
        codes = [
            http.post(f"{P}/coachingComments", headers=h, json=comment(message="x" * 16_000)).status_code
            for _ in range(600)
        ]
        grown = rss_bytes(mock.proc.pid) - before
        assert set(codes) == {200, 429} and 110 <= codes.count(200) <= 131  # 2 MiB of 16 KB comments
        assert grown < 6 * 1024 * 1024, grown  # the 9.6 MB sent did not stay
        state = http.get("/__mock__/state").json()
        assert http.post("/__mock__/reset").status_code in (200, 204)
        assert http.get("/__mock__/state").json()["counts"][COMMENTS] < state["counts"][COMMENTS]
        assert http.post(f"{P}/coachingComments", headers=h, json=comment(message="x" * 16_000)).status_code == 200

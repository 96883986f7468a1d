"""ExecVision calls: since, ordering, last_id paging and its bug, limits, options, states,
deletes, search."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from mockserver.engine.app import MockApp, create_app
from mockserver.engine.config import ManualClock
from mockserver.vendors.execvision import calls
from tests.helpers.mock import ANCHOR, EV, EV_ADMIN, NOW, PAST, make_config


def get(client: TestClient, path: str, **params: Any) -> Any:
    r = client.get(EV + path, params=params, auth=EV_ADMIN)
    assert r.status_code == 200, r.text
    return r.json()


def all_calls(client: TestClient) -> list[dict[str, Any]]:
    return get(client, "/calls", since=PAST, limit=1000)  # type: ignore[no-any-return]


def walk(
    client: TestClient, path: str, limit: int, id_field: str = "id", since_field: str = "modified"
) -> list[list[str]]:
    """Page like the docs say: since + last_id from the last item of the previous page."""
    pages: list[list[str]] = []
    params: dict[str, Any] = {"since": PAST, "limit": limit}
    while True:
        page = get(client, path, **params)
        if not page or (pages and [i[id_field] for i in page] == [params.get("last_id")]):
            return pages
        pages.append([item[id_field] for item in page])
        params = {"since": page[-1][since_field], "last_id": page[-1][id_field], "limit": limit}


def test_calls_are_ordered_by_modified_then_id(client: TestClient) -> None:
    calls = all_calls(client)
    assert len(calls) > 100
    keys = [(c["modified"], c["id"]) for c in calls]
    assert keys == sorted(keys)


def test_since_has_minute_granularity(client: TestClient) -> None:
    calls = all_calls(client)
    target = next(c for c in calls if c["modified"][17:19] not in ("00", "59"))
    minute = target["modified"][:16]
    at_59 = get(client, "/calls", since=minute + ":59Z", limit=1000)
    assert target["id"] in [c["id"] for c in at_59]  # seconds are ignored
    assert at_59 == get(client, "/calls", since=minute + "Z", limit=1000)
    offset = get(client, "/calls", since=minute.replace("T", "T") + ":00.5+00:00", limit=1000)
    assert offset == at_59
    later = datetime.fromisoformat(minute + ":00+00:00") + timedelta(minutes=1)
    after = get(client, "/calls", since=later.strftime("%Y-%m-%dT%H:%MZ"), limit=1000)
    assert target["id"] not in [c["id"] for c in after]
    assert all(c["modified"] >= later.strftime("%Y-%m-%dT%H:%M") for c in after)


def test_last_id_continues_within_the_same_timestamp(client: TestClient) -> None:
    client.patch("/__mock__/config", json={"lastIdBug": False})
    calls = all_calls(client)
    stamps: dict[str, list[str]] = {}
    for c in calls:
        stamps.setdefault(c["modified"], []).append(c["id"])
    group = next(ids for ids in stamps.values() if len(ids) >= 3)  # the nightly CRM sync
    stamp = next(s for s, ids in stamps.items() if ids == group)
    page = get(client, "/calls", since=stamp, last_id=group[0], limit=2)
    assert [c["id"] for c in page] == group[1:3]


def test_paging_without_the_bug_sees_every_call_once(client: TestClient) -> None:
    assert client.patch("/__mock__/config", json={"lastIdBug": False}).json()["lastIdBug"] is False
    pages = walk(client, "/calls", limit=7)
    seen = [i for p in pages for i in p]
    assert seen == [c["id"] for c in all_calls(client)]


def test_paging_with_the_bug_repeats_last_id_deterministically(client: TestClient) -> None:
    pages = walk(client, "/calls", limit=7)
    repeats = [p[0] for prev, p in zip(pages, pages[1:], strict=False) if p[0] == prev[-1]]
    assert repeats, "the documented bug never showed"
    assert walk(client, "/calls", limit=7) == pages  # deterministic
    unique = list(dict.fromkeys(i for p in pages for i in p))
    assert unique == [c["id"] for c in all_calls(client)]  # clients that de-duplicate lose nothing


def test_limits_are_read_from_the_spec(client: TestClient) -> None:
    assert len(get(client, "/calls", since=PAST)) == 100  # default
    assert get(client, "/calls", since=PAST, limit=0) == []
    assert len(get(client, "/calls", since=PAST, limit=3)) == 3
    assert client.get(f"{EV}/calls", params={"since": PAST, "limit": 1000}, auth=EV_ADMIN).status_code == 200
    for params, status in (
        ({"limit": 1001}, 400),
        ({"limit": -1}, 400),
        ({"limit": 101, "render_templates": "true"}, 200),
        ({"limit": 100, "render_templates": "true"}, 200),
        ({"limit": 101, "render_templates": "false"}, 200),
    ):
        r = client.get(f"{EV}/calls", params={"since": PAST, **params}, auth=EV_ADMIN)
        assert r.status_code == status, (params, r.text)
    # the docs lower the maximum to 100 with render_templates=true; what a larger limit gets is not
    # documented: it is served as 100 (x-assumed render-templates-serves-at-most-100)
    r = client.get(f"{EV}/calls", params={"since": PAST, "limit": 150, "render_templates": "true"}, auth=EV_ADMIN)
    assert len(r.json()) == 100
    assert client.get(f"{EV}/call_topics", params={"since": PAST, "limit": 101}, auth=EV_ADMIN).status_code == 400
    assert client.get(f"{EV}/calls/deleted", params={"since": PAST, "limit": 1001}, auth=EV_ADMIN).status_code == 400


def test_call_options_change_the_payload(client: TestClient) -> None:
    plain = get(client, "/calls", since=PAST, limit=5)
    assert all(
        "transcript" not in c and "crmMatches" not in c and "callCardTemplates" not in c["metadata"] for c in plain
    )
    full = get(
        client,
        "/calls",
        since=PAST,
        limit=5,
        include_transcripts="true",
        include_crm_matches="true",
        render_templates="true",
    )
    for c in full:
        assert "transcript" in c and isinstance(c["crmMatches"], list)
        assert c["metadata"]["callCardTemplates"][0]["fields"]
    with_words = [c for c in full if c["transcript"]]
    assert with_words and {"start", "end", "word", "v"} <= set(with_words[0]["transcript"][0])
    only_crm = get(client, "/calls", since=PAST, limit=5, include_crm_matches="true")
    assert all("crmMatches" in c and "transcript" not in c for c in only_crm)


def test_call_by_id_returns_all_optional_data(client: TestClient) -> None:
    call = get(client, f"/call/{ANCHOR}")
    assert call["state"] == "COMPLETE" and call["transcript"] and call["crmMatches"]
    assert "callCardTemplates" in call["metadata"] and call["callSummary"]["summary"]
    assert call["crmMatches"][0]["account"]["name"] == "memoryBlue"


def _pipeline_call(app: MockApp) -> dict[str, Any]:
    return next(
        c
        for c in app.store.values("ev.calls")
        if [s for _, s in c["timeline"][:4]][-1] == "COMPLETE" and c["id"] != ANCHOR
    )


def test_calls_move_through_processing_states_as_the_clock_moves(app: MockApp, client: TestClient) -> None:
    record = _pipeline_call(app)
    assert isinstance(app.clock, ManualClock)
    seen = []
    for when, state in record["timeline"][:4]:
        app.clock.set(datetime.fromtimestamp(when, UTC) + timedelta(seconds=1))
        call = get(client, f"/call/{record['id']}")
        seen.append((call["state"], call["modified"]))
        assert call["state"] == state
        if state in ("UPLOADED", "TRANSCRIBING"):
            assert call["transcript"] is None and call["stats"]["talkSpeeds"] == []
        if state == "COMPLETE":
            assert call["transcript"] and call["stats"]["talkSpeeds"] and call["callSummary"]
        listed = get(client, "/calls", since=call["modified"][:16] + "Z", limit=1000)
        assert record["id"] in [c["id"] for c in listed]  # the state change moved it
    assert [s for s, _ in seen] == ["UPLOADED", "TRANSCRIBING", "ANALYZING", "COMPLETE"]
    assert [m for _, m in seen] == sorted({m for _, m in seen})
    app.clock.set(datetime.fromtimestamp(record["timeline"][0][0], UTC) - timedelta(seconds=1))
    assert client.get(f"{EV}/call/{record['id']}", auth=EV_ADMIN).status_code == 404  # not uploaded yet


def test_some_calls_are_rejected_by_the_converter(client: TestClient) -> None:
    rejected = [c for c in all_calls(client) if c["state"] == "CONVERTER_REJECTED"]
    assert rejected and all(c["callSummary"] is None for c in rejected)


def test_delete_moves_a_call_to_calls_deleted(app: MockApp, client: TestClient) -> None:
    victim = all_calls(client)[10]
    assert client.delete(f"{EV}/call/{victim['id']}", auth=EV_ADMIN).content == b""
    assert client.get(f"{EV}/call/{victim['id']}", auth=EV_ADMIN).status_code == 404
    assert client.get(f"{EV}/transcript/{victim['id']}", auth=EV_ADMIN).status_code == 404
    assert client.delete(f"{EV}/call/{victim['id']}", auth=EV_ADMIN).status_code == 404
    assert victim["id"] not in [c["id"] for c in all_calls(client)]
    assert get(client, "/calls/search", **{"metadata.id": victim["id"]}) == []
    deleted = get(client, "/calls/deleted", since=NOW.strftime("%Y-%m-%dT%H:%MZ"))
    assert deleted == [
        {
            "id": victim["id"],
            "deletedAt": NOW.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "callerId": victim["callerId"],
            "callTime": victim["callTime"],
        }
    ]
    older = get(client, "/calls/deleted", since=PAST, limit=1000)
    assert len(older) == 6 and [d["deletedAt"] for d in older] == sorted(d["deletedAt"] for d in older)


def test_search_matches_one_lowercase_field(app: MockApp, client: TestClient) -> None:
    assert get(client, "/calls/search", **{"metadata.id": ANCHOR}) == [ANCHOR]
    hpe = get(client, "/calls/search", **{"metadata.company": "hewlett packard enterprise"})
    expected = {
        c["id"] for c in app.store.values("ev.calls") if c["metadata"]["company"] == "Hewlett Packard Enterprise"
    }
    assert hpe and set(hpe) == expected
    assert get(client, "/calls/search", **{"metadata.company": "memoryblue"})[:1] != []
    assert get(client, "/calls/search", **{"metadata.nothing": "x"}) == []
    assert len(get(client, "/calls/search", **{"metadata.deleted": "false"})) == len(all_calls(client))
    # "the value passed must be all lowercase to match properly": another value matches nothing
    assert get(client, "/calls/search", **{"metadata.company": "MemoryBlue"}) == []
    assert get(client, "/calls/search", **{"metadata.id": ANCHOR.upper()}) == []
    # exactly one field: none is 400 (required), two is 400 (maxProperties, x-assumed)
    for params in ({}, {"metadata.id": ANCHOR, "metadata.company": "memoryblue"}):
        r = client.get(f"{EV}/calls/search", params=params, auth=EV_ADMIN)
        assert r.status_code == 400, params
    # a pair without a field name is not of the documented form {field_name}={field_value}
    assert client.get(f"{EV}/calls/search?=false", auth=EV_ADMIN).status_code == 400
    # nor is a name with a control character or `=` (propertyNames pattern, x-assumed)
    assert client.get(f"{EV}/calls/search?a%1Db=x", auth=EV_ADMIN).status_code == 400
    assert client.get(f"{EV}/calls/search?a%3Db=x", auth=EV_ADMIN).status_code == 400
    # nor an empty value (additionalProperties minLength, x-assumed)
    assert client.get(f"{EV}/calls/search?metadata.company=", auth=EV_ADMIN).status_code == 400


def test_search_docs_only_takes_several_fields_as_all_must_match() -> None:
    docs = TestClient(create_app(make_config(strictness="docs")))
    company = get(docs, "/calls/search", **{"metadata.company": "memoryblue"})
    both = get(docs, "/calls/search", **{"metadata.company": "memoryblue", "metadata.id": company[0]})
    assert len(company) > 1 and both == [company[0]]
    assert get(docs, "/calls/search", **{"metadata.company": "memoryblue", "metadata.id": "nope"}) == []


def test_search_returns_at_most_1000_ids(app: MockApp, client: TestClient) -> None:
    app.reseed(app.seed, {**app.sizes, "ev_calls": 1100})
    assert len(get(client, "/calls/search", **{"metadata.deleted": "false"})) == 1000


@pytest.mark.parametrize("path", ["/calls", "/calls/deleted", "/call_topics"])
def test_since_is_required(client: TestClient, path: str) -> None:
    assert client.get(EV + path, auth=EV_ADMIN).status_code == 400


def test_a_search_that_reads_every_call_leaves_the_mock_answering(
    app: MockApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A value few calls have is a scan of every call (about 50 s at a million): it runs in a
    worker thread, so another request is answered while it reads."""
    answered, held = threading.Event(), threading.Event()
    field = calls._field

    def slow(call: dict[str, Any], name: str) -> str | None:  # the scan lasts until /users is answered
        if not answered.wait(5):
            held.set()  # /users could not be answered meanwhile: the scan held the event loop
            answered.set()
        return field(call, name)

    monkeypatch.setattr(calls, "_field", slow)

    async def both() -> tuple[httpx.Response, httpx.Response]:
        transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]  # an ASGI app, typed loosely
        async with httpx.AsyncClient(transport=transport, base_url="http://mock", auth=EV_ADMIN) as client:
            search = asyncio.create_task(client.get(EV + "/calls/search", params={"metadata.company": "nobody"}))
            await asyncio.sleep(0.1)  # the search has started reading
            users = await client.get(EV + "/users")
            answered.set()
            return users, await search

    users, search = asyncio.run(both())
    assert users.status_code == 200 and len(users.json()) == 10
    assert search.status_code == 200 and search.json() == []
    assert not held.is_set()

"""Create floods up to the caps, and an auth-header flood: memory stays bounded, and
`/__mock__/reset` gives back what the flood took.

Bound stated: after a flood to the collection cap and a reset, the mock's RSS is at most
FLOOD_BOUND above what it was before the flood, and a second flood + reset adds at most SLACK
(memory freed by the reset is reused, so repeated floods cannot grow the process)."""

from __future__ import annotations

import httpx

from tests.abuse.conftest import PROFILE, cresta_headers
from tests.helpers.mock import EV, EV_ADMIN, MockProcess

MiB = 1024 * 1024
MAX_OBJECTS = 300
FIELD = 16_000  # under the spec's maxLength of a comment message (16,384 characters)
CAPS = ("--max-objects", str(MAX_OBJECTS), "--max-collection-bytes", str(2 * MiB))
MOCK_ARGS = (*CAPS, "--size", "ev_calls=100", "--size", "cresta_coaching_comments=20")
FLOOD_BOUND = 48 * MiB
SLACK = 8 * MiB


def comment(i: int) -> dict[str, object]:
    return {
        "creatorUserName": "customers/acme/users/manager-1",
        "usecaseName": "customers/acme/profiles/default/usecases/sales",
        "createTime": "2026-11-20T10:00:00Z",
        "updateTime": "2026-11-20T10:00:00Z",
        "message": f"{i:06d}" + "x" * FIELD,
    }


def flood(mock: MockProcess) -> list[int]:
    """Create comments until the mock refuses (bounded: twice the cap); the statuses seen."""
    statuses: list[int] = []
    with httpx.Client(base_url=mock.url, headers=cresta_headers(mock.url), timeout=30) as c:
        for i in range(2 * MAX_OBJECTS):
            status = c.post(f"{PROFILE}/coachingComments", json=comment(i)).status_code
            statuses.append(status)
            if status != 200 and statuses.count(status) > 5:
                break
    return statuses


def reset(mock: MockProcess) -> None:
    assert httpx.post(mock.url + "/__mock__/reset", timeout=60).status_code == 200


def test_a_create_flood_is_capped_and_reset_gives_the_memory_back(mock: MockProcess) -> None:
    before = mock.rss_bytes()
    first = flood(mock)
    assert 500 not in first and first[0] == 200
    refused = {s for s in first if s != 200}
    assert refused and refused <= {400, 429}, f"the cap was never hit or answered {refused}"
    # the byte cap (2 MiB) stops the flood before 300 objects of 16 KB (4.8 MB) exist
    assert 50 <= first.count(200) <= MAX_OBJECTS
    reset(mock)
    after_first = mock.rss_bytes()
    assert after_first - before <= FLOOD_BOUND, f"RSS grew {(after_first - before) / MiB:.1f} MiB"
    second = flood(mock)
    assert 500 not in second and second.count(200) == first.count(200)  # the reset freed the quota too
    reset(mock)
    assert mock.rss_bytes() - after_first <= SLACK


def test_failed_basic_auth_headers_are_not_kept(mock: MockProcess) -> None:
    before = mock.rss_bytes()
    with httpx.Client(base_url=mock.url, timeout=30) as c:
        for i in range(1500):  # 1,500 distinct 8 KiB wrong credentials: 12 MiB if each were kept
            r = c.get(f"{EV}/users", auth=(f"u{i}", "p" * 8192))
            assert r.status_code == 401
        assert c.get(f"{EV}/users", auth=EV_ADMIN).status_code == 200
    assert mock.rss_bytes() - before <= SLACK

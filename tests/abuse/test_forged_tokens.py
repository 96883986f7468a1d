"""Forged access and page tokens against a real process: every one is a 4xx, none a 500, and
the mock still serves honest callers afterwards. The process runs with a known `--secret`, so
the forgeries carry valid tags and reach the payload checks (the forgery catalogues are the
mock tests' own, tests/mock/test_tokens_forged.py)."""

from __future__ import annotations

import httpx

from mockserver.engine.secret import ACCESS_TOKENS, derive, secret_from_text
from mockserver.engine.signed import sign_bytes
from mockserver.vendors.cresta.paging import PAGE_TOKENS
from tests.abuse.conftest import PROFILE, cresta_headers
from tests.helpers.cresta_pages import PAGED, SALES
from tests.helpers.mock import NOW, MockProcess
from tests.mock.test_tokens_forged import FORGED_ACCESS_PAYLOADS, FORGED_PAGE_PAYLOADS

SECRET = "tests/abuse: a shared secret"
MOCK_ARGS = ("--secret", SECRET, "--size", "ev_calls=100", "--now", NOW.isoformat())  # the catalogue's clock
KEY = secret_from_text(SECRET)


def test_forged_access_tokens_are_401(mock: MockProcess) -> None:
    tokens = ["mock-" + sign_bytes(derive(KEY, ACCESS_TOKENS), p) for p in FORGED_ACCESS_PAYLOADS.values()]
    with httpx.Client(base_url=mock.url, timeout=30) as c:

        def status(token: str) -> int:
            headers = {"Authorization": f"Bearer {token}"}
            return c.get(f"{PROFILE}/coachingComments", params={"usecaseNames": SALES}, headers=headers).status_code

        # a head past --max-header-bytes (16 KiB) is refused before auth, with a 431
        assert {t[:40]: status(t) for t in tokens} == {t[:40]: 401 if len(t) < 16_000 else 431 for t in tokens}
        assert status("x" * 8000) == 401  # long: refused before any decoding
        assert status("mock-" + "[" * 100_000) == 431  # past the header limit: refused while it arrives
        honest = c.get(f"{PROFILE}/coachingComments", params={"usecaseNames": SALES}, headers=cresta_headers(mock.url))
        assert honest.status_code == 200


def test_forged_page_tokens_are_400_on_every_paged_operation(mock: MockProcess) -> None:
    key = derive(KEY, PAGE_TOKENS)
    forged = [sign_bytes(key, payload) for payload in FORGED_PAGE_PAYLOADS.values()]
    with httpx.Client(base_url=mock.url, timeout=30) as c:
        headers = cresta_headers(mock.url)
        for op_id, page in PAGED.items():
            statuses = [page(c, headers, token, 2).status_code for token in forged]  # type: ignore[arg-type]
            assert set(statuses) == {400}, (op_id, statuses)
            assert page(c, headers, None, 2).status_code == 200  # type: ignore[arg-type]

"""The three paged Cresta operations over HTTP, one call shape for all (tests of page tokens).

`PAGED[op_id](client, headers, token, size)` asks for one page (`token` None: the first);
`ITEMS[op_id]` is the key of the page's items in the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.testclient import TestClient

P = "/v1/customers/acme/profiles/default"
SALES = "customers/acme/profiles/default/usecases/sales"
# the usecase with the most comments in the test sizes' data (seed 7): 12 of acme's 20
# (test_cresta_cursor_stability needs more than 8)
COMMENTED = SALES
SAMPLE_END = "2026-11-20T00:00:00Z"  # the sample's filter.endTime

Page = Callable[[TestClient, dict[str, str], str | None, int], Any]


def _token(token: str | None) -> dict[str, str]:
    return {"pageToken": token} if token else {}


def comments(client: TestClient, headers: dict[str, str], token: str | None, size: int = 2) -> Any:
    params = {"usecaseNames": COMMENTED, "pageSize": size, **_token(token)}
    return client.get(f"{P}/coachingComments", headers=headers, params=params)


def sample(client: TestClient, headers: dict[str, str], token: str | None, size: int = 2) -> Any:
    body = {"filter": {"endTime": SAMPLE_END}, "pageSize": size, **_token(token)}
    return client.post(f"{P}/conversations:sample", headers=headers, json=body)


def usages(client: TestClient, headers: dict[str, str], token: str | None, size: int = 2) -> Any:
    body = {"pageSize": size, **_token(token)}
    return client.post(f"{P}/conversations:suggestionUsages", headers=headers, json=body)


PAGED: dict[str, Page] = {
    "listCoachingComments": comments,
    "sampleConversations": sample,
    "listSuggestionUsage": usages,
}
ITEMS = {
    "listCoachingComments": "coachingComments",
    "sampleConversations": "sampledConversations",
    "listSuggestionUsage": "suggestionUsages",
}

"""The bounded abuse suite: one real `python -m mockserver` process per module, attacked over
loopback with bounded counts and sizes. Every test asserts that no answer is a 500."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.helpers.mock import MockProcess

CRESTA_CLIENT = ("acme-client", "acme-secret")
PROFILE = "/v1/customers/acme/profiles/default"


def cresta_headers(base: str) -> dict[str, str]:
    token = httpx.post(
        base + "/v1/oauth/regionalToken", json={"grant_type": "client_credentials"}, auth=CRESTA_CLIENT
    ).json()
    return {"Authorization": f"Bearer {token['access_token']}"}


@pytest.fixture(scope="module")
def mock(request: pytest.FixtureRequest) -> Iterator[MockProcess]:
    """The module's MOCK_ARGS (a tuple of CLI arguments) decide how the process is started."""
    args = getattr(request.module, "MOCK_ARGS", ())
    with MockProcess(*args) as process:
        yield process

"""The clients identify themselves: `__version__` (the client's own, from its pyproject), the spec
version they were generated from, and a User-Agent `<distribution>/<version> python-httpx/<v>`
on every request, blocking and asyncio, the OAuth token request included."""

from __future__ import annotations

import asyncio
import tomllib
from importlib import import_module

import httpx
import pytest
from cresta_client import AsyncCresta, Cresta
from execvision_client import AsyncExecVision, ExecVision
from execvision_client.api.users import list_users

import specmodel
from generator.paths import ApiPaths
from generator.spec import load

APIS = specmodel.names()
EV_BASE = "https://ev.test/api/ev/2"
TOKEN = {"access_token": "t0k", "token_type": "Bearer", "expires_in": 3600}


def _pyproject(api: str) -> dict[str, object]:
    return tomllib.loads((ApiPaths(api).output() / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("api", APIS)
def test_version_is_the_clients_own_and_the_spec_version_is_recorded(api: str) -> None:
    package = import_module(ApiPaths(api).package_name)
    project = _pyproject(api)["project"]
    assert isinstance(project, dict)
    spec_version = str(load(ApiPaths(api).spec)["info"]["version"])
    template = tomllib.loads((ApiPaths(api).overrides / "pyproject.toml").read_text(encoding="utf-8"))
    assert package.__version__ == project["version"] == template["project"]["version"]
    assert package.__spec_version__ == spec_version
    assert f"spec-version-{spec_version}" in project["keywords"]  # readable with importlib.metadata
    assert _pyproject(api)["tool"]["contract-kit"]["spec-version"] == spec_version  # type: ignore[index]


def _recorder(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/oauth/regionalToken"):
            return httpx.Response(200, json=TOKEN)
        if request.url.path.endswith("/users"):
            return httpx.Response(200, json=[])
        return httpx.Response(200, json={})

    return httpx.MockTransport(handle)


def _agent(package: str) -> str:
    module = import_module(package)
    return f"{module._version.DISTRIBUTION}/{module.__version__} python-httpx/{httpx.__version__}"


def test_execvision_user_agent_sync_and_async() -> None:
    seen: list[httpx.Request] = []
    with ExecVision("u", "p", base_url=EV_BASE, http_client=httpx.Client(transport=_recorder(seen))) as ev:
        ev.list_users()

    async def run() -> None:
        async with AsyncExecVision(
            "u", "p", base_url=EV_BASE, http_client=httpx.AsyncClient(transport=_recorder(seen))
        ) as aev:
            await aev.list_users()

    asyncio.run(run())
    assert [r.headers["User-Agent"] for r in seen] == [_agent("execvision_client")] * 2
    assert _agent("execvision_client").startswith("execvision-client/")


def test_cresta_user_agent_on_calls_and_token_requests() -> None:
    seen: list[httpx.Request] = []
    name = "customers/acme/profiles/default/conversations/c1"
    credentials = {"client_id": "id", "client_secret": "s", "token_url": "https://auth.test/v1/oauth/regionalToken"}
    with Cresta(**credentials, base_url="https://api.test", http_client=httpx.Client(transport=_recorder(seen))) as c:
        c.delete_conversation(name)

    async def run() -> None:
        transport = _recorder(seen)
        async with AsyncCresta(
            **credentials, base_url="https://api.test", http_client=httpx.AsyncClient(transport=transport)
        ) as ac:
            await ac.delete_conversation(name)

    asyncio.run(run())
    paths = [r.url.path for r in seen]
    assert paths.count("/v1/oauth/regionalToken") == 2 and len(paths) == 4
    assert {r.headers["User-Agent"] for r in seen} == {_agent("cresta_client")}
    assert _agent("cresta_client").startswith("cresta-client/")


def test_own_connection_pool_and_generated_send_the_user_agent() -> None:
    ev = ExecVision("u", "p", base_url=EV_BASE)
    assert ev._http.headers["User-Agent"] == _agent("execvision_client")
    assert ev.generated.get_httpx_client().headers["User-Agent"] == _agent("execvision_client")
    ev.close()


def test_a_user_agent_given_by_the_user_wins() -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(transport=_recorder(seen))
    with ExecVision("u", "p", base_url=EV_BASE, http_client=http, headers={"user-agent": "mine/1"}) as ev:
        ev.list_users()
        ev.list_users(extra_headers={"USER-AGENT": "call/2"})
    assert [r.headers.get_list("User-Agent") for r in seen] == [["mine/1"], ["call/2"]]


def test_async_generated_has_the_base_url_on_a_given_transport() -> None:
    """`list_users.asyncio_detailed(client=aev.generated)` reaches the facade's base URL with its auth,
    through the transport of the `http_client` given (which has no base URL)."""
    seen: list[httpx.Request] = []

    async def run() -> int:
        http = httpx.AsyncClient(transport=_recorder(seen))
        async with AsyncExecVision("u", "p", base_url=EV_BASE, http_client=http) as aev:
            response = await list_users.asyncio_detailed(client=aev.generated)
        await http.aclose()
        assert str(http.base_url) == ""  # the user's client is left as it was
        return response.status_code

    assert asyncio.run(run()) == 200
    assert str(seen[0].url) == EV_BASE + "/users"
    assert seen[0].headers["Authorization"] == httpx.BasicAuth("u", "p")._auth_header
    assert seen[0].headers["User-Agent"] == _agent("execvision_client")


def test_sync_generated_has_the_base_url_on_a_given_transport() -> None:
    seen: list[httpx.Request] = []
    with ExecVision("u", "p", base_url=EV_BASE, http_client=httpx.Client(transport=_recorder(seen))) as ev:
        assert list_users.sync_detailed(client=ev.generated).status_code == 200
    assert str(seen[0].url) == EV_BASE + "/users"


def test_async_generated_on_the_default_pool_has_the_base_url() -> None:
    async def run() -> str:
        async with AsyncExecVision("u", "p", base_url=EV_BASE) as aev:
            return str(aev.generated.get_async_httpx_client().base_url)

    assert asyncio.run(run()) == EV_BASE + "/"

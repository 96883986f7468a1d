"""The pytest plugin as a user's suite sees it (pytester runs each file in its own session)."""

from __future__ import annotations

import pytest

PLUGIN = ("-p", "contract_kit_pytest.plugin", "-p", "no:cacheprovider")
SMALL = "contract_mock_sizes = ev_calls=50 ev_listens=20 cresta_conversations=20"


def run(pytester: pytest.Pytester, source: str, *, ini: str = "", passed: int) -> None:
    pytester.makepyfile(test_user=source)
    pytester.makeini(f"[pytest]\n{ini or SMALL}\n")
    result = pytester.runpytest_inprocess(*PLUGIN, "-q")
    result.assert_outcomes(passed=passed)


def test_tests_are_isolated_from_each_other(pytester: pytest.Pytester) -> None:
    run(
        pytester,
        """
CALL = "a987a7b3-74e9-421e-8c96-2fdcfbda1c8b"
def test_1_delete(execvision, contract_mock):
    execvision.delete_call(CALL)
    contract_mock.fault(error_rate=1.0, statuses=(503,))
    contract_mock.rate_limit(5)
    contract_mock.advance(3600)
def test_2_all_back(execvision, contract_mock):
    assert execvision.get_call(CALL).id == CALL
    assert contract_mock.app.faults.config.error_rate == 0.0
    assert contract_mock.app.config.rate_limit.mode == "off"
""",
        passed=2,
    )


def test_controls_change_what_the_clients_see(pytester: pytest.Pytester) -> None:
    run(
        pytester,
        """
import pytest
from execvision_client import InternalServerError
def test_sizes(contract_mock, execvision):
    contract_mock.set_sizes(ev_users=20)
    few = len(execvision.list_users())
    contract_mock.set_sizes(ev_users=30)
    assert len(execvision.list_users()) == few + 10 and contract_mock.sizes()["ev_users"] == 30
def test_sizes_are_back(contract_mock):
    assert contract_mock.sizes()["ev_users"] != 30
def test_faults(contract_mock, execvision):
    contract_mock.fault(error_rate=1.0, statuses=(500,))
    with pytest.raises(InternalServerError):
        execvision.list_users(max_retries=0)
def test_clock(contract_mock):
    before = contract_mock.now
    assert (contract_mock.advance(90) - before).total_seconds() == 90
def test_reseed_changes_the_data(contract_mock, execvision):
    first = [u.user_id for u in execvision.list_users()]
    contract_mock.reseed(99)
    assert [u.user_id for u in execvision.list_users()] != first
""",
        passed=5,
    )


INI = "contract_mock_seed = 5\ncontract_mock_sizes = ev_users=3 ev_calls=50\ncontract_mock_now = 2026-01-02T03:04:05Z"


def test_the_ini_options_choose_the_data(pytester: pytest.Pytester) -> None:
    run(
        pytester,
        """
def test_sizes(contract_mock, execvision):
    assert contract_mock.app.seed == 5 and contract_mock.sizes()["ev_users"] == 3
    assert contract_mock.now.isoformat() == "2026-01-02T03:04:05+00:00"
""",
        ini=INI,
        passed=1,
    )


def test_clients_async_clients_and_the_socket_variant(pytester: pytest.Pytester) -> None:
    run(
        pytester,
        """
import asyncio, httpx
NAME = "customers/acme/profiles/default/conversations/conv-1"
def test_cresta(cresta):
    assert cresta.get_conversation(NAME).name == NAME
def test_async(async_execvision, async_cresta):
    async def main():
        assert await async_execvision.list_users()
        assert (await async_cresta.get_conversation(NAME)).name == NAME
    asyncio.run(main())
def test_socket(contract_mock_server):
    assert contract_mock_server.base_url.startswith("http://127.0.0.1:")
    creds = contract_mock_server.credentials("cresta")
    token = httpx.post(creds["token_url"], json={"grant_type": "client_credentials"},
                       auth=(creds["client_id"], creds["client_secret"])).json()["access_token"]
    r = httpx.get(contract_mock_server.url("cresta") + "/v1/" + NAME, headers={"Authorization": "Bearer " + token})
    assert r.status_code == 200
    with contract_mock_server.client("execvision") as ev:
        assert ev.list_users()
def test_an_unknown_api_names_the_registered(contract_mock):
    import pytest
    with pytest.raises(KeyError, match="registered"):
        contract_mock.url("nope")
""",
        passed=4,
    )


def test_a_bad_sizes_option_is_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user="def test_x(contract_mock): pass")
    pytester.makeini("[pytest]\ncontract_mock_sizes = ev_users\n")
    result = pytester.runpytest_inprocess(*PLUGIN, "-q")
    assert "contract_mock_sizes: expected name=count" in result.stdout.str() + result.stderr.str()

"""The live-mode runner without a server: write classification, settings, URLs, summary."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fuzz import summary
from fuzz.__main__ import base_url, command, parser
from fuzz.apis import ROOT, apis, operations, write_operation_ids
from fuzz.settings import SettingsError, allow_writes, from_env

APIS = apis()

# What a read-only run leaves out. A new operation changes this list on purpose: decide whether
# it writes before it is fuzzed against a production tenant.
WRITES = {
    "cresta": [
        "createCoachingComment",
        "deleteConversation",
        "deleteTarget",
        "redactConversationMessage",
        "updateTarget",
    ],
    "execvision": ["deleteCall"],
}
READ_ONLY_POSTS = {"retrieveTotalAgentQuota", "sampleConversations", "listSuggestionUsage"}


@pytest.mark.parametrize("api", sorted(APIS))
def test_write_operations(api: str) -> None:
    assert write_operation_ids(APIS[api]) == WRITES[api]


def test_read_only_posts_are_the_idempotent_ones_except_redact() -> None:
    posts = {op["operationId"] for method, _, op in operations(APIS["cresta"]) if method == "post"}
    idempotent = {op["operationId"] for _, _, op in operations(APIS["cresta"]) if op.get("x-idempotent")}
    assert posts - set(WRITES["cresta"]) == READ_ONLY_POSTS == idempotent - {"redactConversationMessage"}


def test_missing_credentials_give_a_clear_message_not_a_traceback() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CRESTA_", "EXECVISION_"))}
    run = subprocess.run(
        [sys.executable, "-m", "fuzz", "--api", "cresta", "--url", "https://api.example.com"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert "missing environment variable" in run.stderr and "CRESTA_CUSTOMER" in run.stderr
    assert "Traceback" not in run.stderr


def test_settings() -> None:
    env = {"EXECVISION_USER": "u", "EXECVISION_PASSWORD": "p"}
    assert not from_env("execvision", env).allow_writes
    assert from_env("execvision", {**env, "ALLOW_WRITES": "1"}).allow_writes
    with pytest.raises(SettingsError, match="ALLOW_WRITES"):
        allow_writes({"ALLOW_WRITES": "maybe"})
    with pytest.raises(SettingsError, match="EXECVISION_PASSWORD"):
        from_env("execvision", {"EXECVISION_USER": "u"})
    with pytest.raises(SettingsError, match="unknown API"):
        from_env("gong", env)


def test_base_url() -> None:
    assert base_url(APIS["execvision"], "https://users.execvision.io") == "https://users.execvision.io/api/ev/2"
    assert base_url(APIS["execvision"], "http://h:1/api/ev/2/") == "http://h:1/api/ev/2"
    assert base_url(APIS["cresta"], "https://api.us-west-2-prod.cresta.com/") == "https://api.us-west-2-prod.cresta.com"
    with pytest.raises(SettingsError):
        base_url(APIS["cresta"], "api.example.com")


def test_read_only_command_excludes_the_writes(tmp_path: Path) -> None:
    args = parser().parse_args(["--api", "execvision", "--url", "http://h", "--seed", "7", "--reports", str(tmp_path)])
    junit, report = tmp_path / "j.xml", tmp_path / "r.json"
    cmd = command(args, APIS["execvision"], "http://h/api/ev/2", ["deleteCall"], junit, report)
    assert cmd[cmd.index("--exclude-operation-id") + 1] == "deleteCall"
    assert cmd[cmd.index("--seed") + 1] == "7"
    assert cmd[cmd.index("--config-file") + 1] == str(ROOT / "schemathesis.toml")


JUNIT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites errors="0" failures="1" skipped="0" tests="1" time="0.1">
  <testsuite name="schemathesis" errors="0" failures="1" skipped="0" tests="1" time="0.1">
    <testcase name="GET /kpis" time="0.1">
      <failure type="failure" message="ST202">1. Test Case ID: 9tTTs0

- ST202 Schema-valid request rejected

Reproduce with:

    curl -X GET -H 'Authorization: [Filtered]' 'http://h/api/ev/2/kpis?since=0000-00-00T00%3A00Z'</failure>
    </testcase>
  </testsuite>
</testsuites>
"""


def test_summary_lists_failures_with_their_curl_line(tmp_path: Path) -> None:
    (tmp_path / "r.xml").write_text(JUNIT, encoding="utf-8")
    (tmp_path / "r.json").write_text(
        '{"operations": {"total": 21, "tested": 20}, "test_cases": {"generated": 35, "with_failures": 1},'
        ' "seed": 5, "complete": true, "exit_code": 1}',
        encoding="utf-8",
    )
    result = summary.read(tmp_path / "r.json", tmp_path / "r.xml")
    assert not result.ok
    text = summary.render(result, api="execvision", url="http://h", mode="read-only", skipped=[], reports=[])
    assert "operations covered: 20 of 21" in text and "cases run: 35" in text and "seed 5" in text
    assert "GET /kpis: ST202 Schema-valid request rejected" in text
    assert "curl -X GET -H 'Authorization: [Filtered]' 'http://h/api/ev/2/kpis?since=0000-00-00T00%3A00Z'" in text
    assert text.endswith("== FAILED (1 failing operations or errors)")

"""OpenAPI links chain operations for stateful fuzzing; each must point at a real operation
and name parameters that operation has."""

from __future__ import annotations

from typing import Any

from generator.lint import operations

EXPECTED = {
    # Cresta publishes only links that read; the destructive and 404-only chains of the
    # stateful tests are added in tests/contract/test_cresta.py (CONTRACT_LINKS).
    "cresta": {
        ("sampleConversations", "getConversation"),
    },
    "execvision": {
        ("listCalls", "getCall"),
        ("listCalls", "getTranscript"),
        ("getCall", "getTranscript"),
        ("listScores", "getScorecard"),
        ("listKpis", "getKpi"),
    },
}


def _links(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for _, _, op in operations(doc):
        for response in op["responses"].values():
            for link in (response.get("links") or {}).values():
                found.append((op["operationId"], link["operationId"], link))
    return found


def test_expected_chains_exist(docs: dict[str, dict[str, Any]]) -> None:
    for api, chains in EXPECTED.items():
        assert chains <= {(src, dst) for src, dst, _ in _links(docs[api])}, api


def test_cresta_publishes_no_link_to_a_destructive_call(docs: dict[str, dict[str, Any]]) -> None:
    methods = {op["operationId"]: method for method, _, op in operations(docs["cresta"])}
    assert all(methods[target] in ("get", "post") for _, target, _ in _links(docs["cresta"]))
    assert all(target != "deleteConversation" and target != "deleteTarget" for _, target, _ in _links(docs["cresta"]))


def test_links_target_real_parameters(doc: dict[str, Any]) -> None:
    by_id = {op["operationId"]: op for _, _, op in operations(doc)}
    components = doc["components"].get("parameters", {})
    for source, target, link in _links(doc):
        params = by_id[target].get("parameters", [])
        names = {(p if "name" in p else components[p["$ref"].rsplit("/", 1)[1]])["name"] for p in params}
        for key in link.get("parameters", {}):
            name = key.split(".", 1)[1] if key.split(".", 1)[0] in ("path", "query", "header") else key
            assert name in names, f"{source} -> {target}: no parameter {name!r}"


def test_execvision_links_invite_no_delete(docs: dict[str, dict[str, Any]]) -> None:
    """A published link is followed by any stateful tool: none may lead to a destructive call,
    and none may start from a DELETE only to demand a 404 (the in-process stateful test adds
    those links itself, tests/contract/test_execvision.py)."""
    doc = docs["execvision"]
    deletes = {op["operationId"] for method, _, op in operations(doc) if method == "delete"}
    assert deletes == {"deleteCall"}
    found = {(src, dst) for src, dst, _ in _links(doc)}
    assert not {(src, dst) for src, dst in found if dst in deletes or src in deletes}

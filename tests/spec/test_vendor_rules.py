"""The vendors' rules are in the spec, machine-readable, where the mock and clients read them."""

from __future__ import annotations

import re
from typing import Any

from generator.lint import operations


def _op(doc: dict[str, Any], operation_id: str) -> dict[str, Any]:
    return next(op for _, _, op in operations(doc) if op["operationId"] == operation_id)


def _param(doc: dict[str, Any], op: dict[str, Any], name: str) -> dict[str, Any]:
    for param in op.get("parameters", []):
        if "$ref" in param:
            param = doc["components"]["parameters"][param["$ref"].rsplit("/", 1)[1]]
        if param["name"] == name:
            return param
    raise KeyError(name)


def test_execvision_rate_limit_windows(docs: dict[str, dict[str, Any]]) -> None:
    rule = docs["execvision"]["x-rate-limit"]
    assert rule["timezone"] == "America/New_York"
    assert {(w["start"], w["end"], w["requestsPerSecond"]) for w in rule["windows"]} == {
        ("06:00", "21:00", 5),
        ("21:00", "06:00", 25),
    }
    assert rule["overLimit"] == "queue" and rule["queueTimeoutSeconds"] == 60


def test_execvision_base_url_and_its_discrepancy(docs: dict[str, dict[str, Any]]) -> None:
    server = docs["execvision"]["servers"][0]
    assert server["url"] == "https://users.execvision.io/api/ev/2"
    assert "/users" in server["x-doc-discrepancy"]


def test_since_is_required_and_limit_bounded(docs: dict[str, dict[str, Any]]) -> None:
    doc = docs["execvision"]
    with_since = {"listCalls", "listDeletedCalls", "listCallTopics", "listListens", "listScores"}
    with_since |= {"listFeedback", "listShares", "listMeetings", "listPlans", "listKpis"}
    for operation_id in with_since:
        op = _op(doc, operation_id)
        since = _param(doc, op, "since")
        assert since["required"] is True and "seconds" in since["description"].lower()
        limit = _param(doc, op, "limit")["schema"]
        expected_max = 100 if operation_id == "listCallTopics" else 1000
        assert (limit["minimum"], limit["maximum"], limit["default"]) == (0, expected_max, 100)
        assert op["x-pagination"]["style"] in ("since", "sinceLastId")
    assert _op(doc, "listCalls")["x-max-limit-when"] == {"render_templates": True, "maximum": 100}
    assert _op(doc, "listScores")["x-limit-counts"] == "scorecardResults"
    assert _op(doc, "listListens")["x-computed-nightly"] is True


def test_last_id_paging_records_the_known_bug(docs: dict[str, dict[str, Any]]) -> None:
    doc = docs["execvision"]
    for operation_id in ("listCalls", "listDeletedCalls", "listCallTopics"):
        op = _op(doc, operation_id)
        assert op["x-pagination"]["repeatsLastId"] is True
        assert "last_id" in _param(doc, op, "last_id")["description"] or _param(doc, op, "last_id")


def test_the_limit_1_stall_is_recorded_as_assumed(docs: dict[str, dict[str, Any]]) -> None:
    # issue 14, finding 9: the repeat fills a page of 1, so the smallest page size that progresses is 2;
    # the docs do not say it, so it is an assumption (and every operation that repeats declares it)
    ops = [op for _, _, op in operations(docs["execvision"])]
    repeating = {op["operationId"] for op in ops if (op.get("x-pagination") or {}).get("repeatsLastId")}
    assert repeating == {"listCalls", "listDeletedCalls", "listCallTopics"}
    for operation_id in repeating:
        op = _op(docs["execvision"], operation_id)
        assert op["x-pagination"]["minProgressLimit"] == 2
        assert "limit=1" in op["x-assumed"]["min-progress-limit"], operation_id


def test_calls_search_takes_one_arbitrary_pair(docs: dict[str, dict[str, Any]]) -> None:
    doc = docs["execvision"]
    query = _param(doc, _op(doc, "searchCalls"), "query")
    assert (query["style"], query["explode"], query["required"]) == ("form", True, True)
    assert query["schema"]["minProperties"] == query["schema"]["maxProperties"] == 1


def test_scoring_table(docs: dict[str, dict[str, Any]]) -> None:
    table = docs["execvision"]["components"]["schemas"]["ScoringScheme"]["x-scoring-table"]
    assert set(table) == {"OneToFive", "OneToThree", "OneTwo", "YesNo", "PassFail"}
    one_to_three = {row["rawAnswer"]: row["percentage"] for row in table["OneToThree"]}
    assert one_to_three == {0: 0, 1: 33, 3: 66, 5: 100}


def test_cresta_resource_paths_and_custom_verbs(docs: dict[str, dict[str, Any]]) -> None:
    paths = set(docs["cresta"]["paths"])
    assert all("{name" not in path and "{parent" not in path for path in paths)
    assert any(path.endswith("/messages/{messageId}:redact") for path in paths)
    assert any(path.endswith("/conversations:sample") for path in paths)
    assert any(path.endswith("/conversations:suggestionUsages") for path in paths)
    assert any("{scorecardTemplateId}@{revisionId}:retrieveTotalAgentQuota" in path for path in paths)


def test_cresta_update_target_query_parameters(docs: dict[str, dict[str, Any]]) -> None:
    doc = docs["cresta"]
    op = _op(doc, "updateTarget")
    required = {p["name"] for p in op["parameters"] if "name" in p and p["in"] == "query" and p.get("required")}
    assert required == {"target.scorecardTemplateName", "target.target", "target.usecaseName"}
    target = _param(doc, op, "target.target")["schema"]
    assert (target["minimum"], target["maximum"]) == (0, 100)


def test_cresta_types_and_defaults(docs: dict[str, dict[str, Any]]) -> None:
    schemas = docs["cresta"]["components"]["schemas"]
    sample_filter = schemas["SampleConversationsFilter"]["properties"]
    assert sample_filter["maxConversations"]["format"] == sample_filter["maxMessages"]["format"] == "int64"
    assert sample_filter["maxConversations"]["type"] == "string"
    assert schemas["ConversationMessage"]["properties"]["audioStartOffset"]["type"] == "string"
    assert schemas["SamplingMethod"]["enum"] == ["SAMPLING_METHOD_UNSPECIFIED", "UNIFORM"]
    assert "enum" not in schemas["Conversation"]["properties"]["state"]  # open enum
    assert _op(docs["cresta"], "listSuggestionUsage")["x-default-page-size"] == 50
    assert _op(docs["cresta"], "sampleConversations")["x-default-page-size"] == 10000


def test_cresta_security_on_every_operation(docs: dict[str, dict[str, Any]]) -> None:
    flows = docs["cresta"]["components"]["securitySchemes"]["oauth2"]["flows"]
    assert flows["clientCredentials"]["tokenUrl"].endswith("/v1/oauth/regionalToken")
    # the token URL is in the API host's region: the template shares the server's variables
    server = docs["cresta"]["servers"][0]
    template = flows["clientCredentials"]["x-token-url-template"]
    defaults = {name: var["default"] for name, var in server["variables"].items()}
    assert set(re.findall(r"\{(\w+)\}", template)) <= set(defaults) and "{region}" in server["url"]
    assert flows["clientCredentials"]["tokenUrl"] == template.format(**defaults)
    assert template.format(region="us-east-1-prod") == "https://auth.us-east-1-prod.cresta.ai/v1/oauth/regionalToken"
    assert server["url"].format(region="us-east-1-prod") == "https://api.us-east-1-prod.cresta.com"
    for _, _, op in operations(docs["cresta"]):
        assert op["security"] == [{"oauth2": []}]
        assert {"400", "401", "403", "429", "500", "502", "503"} <= set(op["responses"])
        assert "default" not in op["responses"]

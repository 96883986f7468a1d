"""The ExecVision links the published spec leaves out, for the in-process stateful tests.

A link to DELETE /call/{id} would invite every stateful tool that reads the published spec to
delete calls, and the link from the DELETE back to GET /call/{id} exists only to demand a 404
(an assumed status): neither is in spec/execvision.yaml. The use-after-free chain list -> get
-> delete -> get again needs both, so the tests add them to a copy of the spec (CHAIN_LINKS).
"""

from __future__ import annotations

import copy
from typing import Any

import schemathesis

from specmodel.operations import HTTP_METHODS
from tests.contract.support import api, project_config

API = api("execvision")
CHAIN = {"listCalls", "getCall", "deleteCall", "getTranscript"}
CHAIN_LINKS: dict[tuple[str, str], dict[str, Any]] = {
    ("/call/{id}", "get"): {
        "DeleteThisCall": {
            "operationId": "deleteCall",
            "parameters": {"id": "$request.path.id"},
            "description": "Delete the call just fetched.",
        }
    },
    ("/call/{id}", "delete"): {
        "GetDeletedCall": {
            "operationId": "getCall",
            "parameters": {"id": "$request.path.id"},
            "description": "Look up the deleted call again; it must now give 404.",
        }
    },
}


def chain_doc() -> dict[str, Any]:
    """The calls operations of the spec (CHAIN), with the links of CHAIN_LINKS added."""
    doc = copy.deepcopy(API.doc)
    for item in doc["paths"].values():
        for method in [m for m in item if m in HTTP_METHODS and item[m]["operationId"] not in CHAIN]:
            del item[method]
    doc["paths"] = {path: item for path, item in doc["paths"].items() if set(item) & set(HTTP_METHODS)}
    for (path, method), links in CHAIN_LINKS.items():
        response = doc["paths"][path][method]["responses"]["200"]
        response["links"] = {**response.get("links", {}), **links}
    return doc


def chain_schema(app: Any, **extra: Any) -> Any:
    """chain_doc() as a schemathesis schema served by `app` (`extra`: config keys, as load_schema)."""
    schema = schemathesis.openapi.from_dict(chain_doc(), config=project_config(API, **extra))
    schema.app = app
    return schema

from __future__ import annotations

from typing import Any

import pytest

import specmodel
from generator import spec
from generator.paths import ApiPaths

APIS = specmodel.names()


@pytest.fixture(scope="session")
def docs() -> dict[str, dict[str, Any]]:
    return {api: spec.load(ApiPaths(api).spec) for api in APIS}


@pytest.fixture(params=APIS)
def doc(request: pytest.FixtureRequest, docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return docs[request.param]

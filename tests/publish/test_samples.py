"""Every code sample of the built ``dist/`` runs against the mock and succeeds.

The samples are taken from the published latest spec (``x-codeSamples``), exactly as a reader
copies them: the curl sample through ``bash``, the Python sample in a subprocess of the venv's
python with only the generated client on ``PYTHONPATH``. The mock runs on a real loopback port
(strict, so an answer that breaks the spec is a 500), reset before each sample; the
environment holds the mock's URL, its default caller's credentials (``VendorPlugin.caller``)
and the ids the samples declare (the spec's examples, which are the mock's anchor objects).
curl's own ``--write-out`` (from a ``.curlrc``, so the sample text is untouched) reports the
status of each request on stderr.

Every operation succeeds on a fresh mock in isolation, so every sample must answer 2xx: the
default callers may do everything (ExecVision's ``ev-admin`` may delete a call, Cresta's
``acme-client`` is an admin and may redact), and each sample starts from the seeded data, so
a delete finds what it deletes.
"""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import specmodel
from contract_kit_pytest import MockHandle
from mockserver.engine.app import MockApp, create_app
from publisher import build
from publisher.internal import internal_operations
from publisher.samples import EXTENSION
from publisher.samples_request import Request, request_of
from publisher.specs import Spec
from tests.helpers.mock import NOW, SEED, SMALL_SIZES, LiveServer, make_config, restore

from .conftest import REPO, latest_spec

APIS = [entry.name for entry in specmodel.apis()]
TIMEOUT = 30


@dataclass(frozen=True)
class Sample:
    api: str
    method: str
    path: str
    operation_id: str
    lang: str
    source: str

    @property
    def id(self) -> str:
        return f"{self.api}-{self.operation_id}-{self.lang}"


@pytest.fixture(scope="module")
def _served() -> Iterator[tuple[MockApp, str]]:
    app = create_app(make_config())
    with LiveServer(app) as server:
        yield app, server.url


@pytest.fixture
def mock(_served: tuple[MockApp, str]) -> Iterator[MockHandle]:
    """The mock on a real loopback port (strict, small sizes), back at its seeded start."""
    app, url = _served
    handle = MockHandle(app, url, in_process=False, start=NOW, seed=SEED, sizes=SMALL_SIZES)
    restore(app)
    yield handle
    handle.close()


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    build.build(REPO, out)
    return out


def _samples(doc: Spec, api: str) -> list[Sample]:
    found = []
    for path, item in sorted((doc.get("paths") or {}).items()):
        for method, operation in sorted(item.items()):
            if isinstance(operation, dict) and "responses" in operation:
                for sample in operation.get(EXTENSION) or []:
                    op_id = str(operation["operationId"])
                    found.append(Sample(api, method.upper(), path, op_id, sample["lang"], sample["source"]))
    return found


@functools.cache
def published_samples(dist: Path) -> list[Sample]:
    """Every sample of the public build, plus those of the internal operations (internal build)."""
    found = []
    for api in APIS:
        found += _samples(json.loads(latest_spec(dist, api).read_text(encoding="utf-8")), api)
        internal_doc = json.loads(latest_spec(dist / build.INTERNAL_DIR, api).read_text(encoding="utf-8"))
        internal = {(m.upper(), p) for m, p in internal_operations(internal_doc)}
        found += [s for s in _samples(internal_doc, api) if (s.method, s.path) in internal]
    return found


def _request(sample: Sample) -> Request:
    entry = specmodel.get(sample.api)
    return request_of(entry, entry.doc, sample.method, sample.path)


def environment(sample: Sample, mock: MockHandle, tmp_path: Path) -> dict[str, str]:
    """The variables the sample declares, set for the mock; curl's status report on."""
    request = _request(sample)
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "CURL_HOME": str(tmp_path)}
    (tmp_path / ".curlrc").write_text('write-out = "%{stderr}status=%{http_code}\\n"\n', encoding="utf-8")
    credentials = mock.credentials(sample.api)
    for var in request.variables:
        if var.default is not None:
            env[var.name] = var.default  # an id: the spec's example, an anchor object of the mock
    for role, var in request.auth.credentials.items():
        env[var.name] = credentials[role]
    env[request.base_url.name] = mock.url(sample.api)
    env["PYTHONPATH"] = str(REPO / "generated" / specmodel.get(sample.api).client.distribution)
    return env


def run(sample: Sample, env: dict[str, str], cwd: Path) -> tuple[int, int | None, str, str]:
    """(exit code, the last HTTP status, stdout, stderr) of one sample. A Python sample says its
    status only when it fails: the facade raises an APIStatusError (``HTTP 404: ...``) on any
    status but 2xx."""
    if sample.lang == "shell":
        command = ["bash", "-e", "-o", "pipefail", "-c", sample.source]
    else:
        command = [sys.executable, "-c", sample.source]
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    if sample.lang == "shell":
        statuses = re.findall(r"^status=(\d{3})$", done.stderr, flags=re.M)
    else:
        statuses = re.findall(r"HTTP (\d{3}): ", done.stderr)  # the facade's APIStatusError
    return done.returncode, int(statuses[-1]) if statuses else None, done.stdout, done.stderr


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "sample_index" in metafunc.fixturenames:
        # the ids are known without a build: the working specs' operations, each in two languages
        ids = []
        for entry in specmodel.apis():
            for op in specmodel.operations(entry.doc):
                ids += [f"{entry.name}-{op.operation_id}-{lang}" for lang in ("shell", "python")]
        metafunc.parametrize("sample_index", ids)


def test_every_operation_has_both_samples(dist: Path) -> None:
    published = {s.id for s in published_samples(dist)}
    for entry in specmodel.apis():
        for op in specmodel.operations(entry.doc):
            for lang in ("shell", "python"):
                assert f"{entry.name}-{op.operation_id}-{lang}" in published


def test_sample_runs_against_the_mock(sample_index: str, dist: Path, mock: MockHandle, tmp_path: Path) -> None:
    sample = next(s for s in published_samples(dist) if s.id == sample_index)
    code, status, out, err = run(sample, environment(sample, mock, tmp_path), tmp_path)
    assert code == 0, f"{sample.id} exited {code} (HTTP {status}):\n{out[-2000:]}\n{err[-2000:]}"
    if sample.lang == "shell":
        assert status is not None and 200 <= status < 300, f"{sample.id}: HTTP {status}"
        if out.strip():
            json.loads(out)  # the API's JSON answer, as the sample prints it
    elif "print(result)" in sample.source:  # the method returns data
        assert out.strip(), f"{sample.id} printed nothing"


def _one(dist: Path, api: str, operation_id: str, lang: str) -> Sample:
    return next(s for s in published_samples(dist) if s.id == f"{api}-{operation_id}-{lang}")


@pytest.mark.parametrize("lang", ["shell", "python"])
def test_the_ids_come_from_the_environment(lang: str, dist: Path, mock: MockHandle, tmp_path: Path) -> None:
    """A conversation id the mock does not have, through the sample's variable: 404."""
    sample = _one(dist, "cresta", "getConversation", lang)
    env = environment(sample, mock, tmp_path)
    env["CRESTA_CONVERSATION_ID"] = "conv-not-there"
    code, status, _, _ = run(sample, env, tmp_path)
    assert code != 0 and status == 404


def test_curl_samples_name_the_missing_credentials(dist: Path, mock: MockHandle, tmp_path: Path) -> None:
    sample = _one(dist, "execvision", "listCalls", "shell")
    env = environment(sample, mock, tmp_path)
    del env["EXECVISION_PASSWORD"]
    code, status, _, err = run(sample, env, tmp_path)
    assert code != 0 and status is None
    assert "EXECVISION_PASSWORD" in err and "password" in err


def _declared(sample: Sample) -> list[str]:
    if sample.lang == "shell":
        return re.findall(r'^: "\$\{(\w+):[=?]', sample.source, flags=re.M)
    return re.findall(r'^\w+ = os\.environ(?:\.get\(|\[)"(\w+)"', sample.source, flags=re.M)


def test_both_samples_declare_the_same_variables_first(dist: Path) -> None:
    by_operation: dict[tuple[str, str, str], dict[str, list[str]]] = {}
    for sample in published_samples(dist):
        names = _declared(sample)
        assert names, f"{sample.id} declares no variables"
        assert "BASE_URL" in names[0], f"{sample.id}: the base URL comes first"
        by_operation.setdefault((sample.api, sample.method, sample.path), {})[sample.lang] = names
    for key, found in by_operation.items():
        assert found["shell"] == found["python"], key


def test_python_samples_are_lint_clean(dist: Path, tmp_path: Path) -> None:
    """What a reader copies passes the repository's own ruff rules."""
    files = []
    for i, sample in enumerate(s for s in published_samples(dist) if s.lang == "python"):
        path = tmp_path / f"sample_{i}.py"
        path.write_text(sample.source, encoding="utf-8")
        files.append(str(path))
    ruff = Path(sys.executable).with_name("ruff")
    done = subprocess.run(
        [str(ruff), "check", "--config", str(REPO / "pyproject.toml"), *files],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]

"""A mutant's probe: its requests, sent over loopback HTTP to a running mock (stdlib only).

The harness sends every probe to the unmutated mock (twice: an answer that changes by itself
proves nothing) and each mutant's probe to that mutant, and compares what the mutant's
`observe` names: the statuses, or the statuses, content types and JSON bodies.
"""

from __future__ import annotations

import base64
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

from mutate.catalogue import ApiSetup, Mutant, Step
from specmodel import ApiEntry

TIMEOUT = 30.0
ADMIN_PREFIX = "/__mock__/"
# The settings a probe may change, restored after each probe (the rest of GET /__mock__/config
# is read-only).
READ_ONLY_SETTINGS = ("seed", "strict", "strictness")


@dataclass(frozen=True)
class Answer:
    status: int  # 0: no answer (the connection failed)
    content_type: str
    body: Any  # parsed JSON; the text if it is not JSON; None when empty


def request(url: str, method: str = "GET", body: Any = None, headers: dict[str, str] | None = None) -> Answer:
    data = None if body is None else json.dumps(body).encode()
    all_headers = dict(headers or {})
    if data is not None:
        all_headers["Content-Type"] = "application/json"
    req = urllib.request.Request(url, data=data, method=method, headers=all_headers)
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as response:  # noqa: S310 - loopback URLs only
            return _answer(response.status, response.headers.get("Content-Type", ""), response.read())
    except urllib.error.HTTPError as err:
        return _answer(err.code, err.headers.get("Content-Type", ""), err.read())
    except (urllib.error.URLError, OSError) as exc:
        return Answer(0, "", f"no answer: {exc}")


def _answer(status: int, content_type: str, raw: bytes) -> Answer:
    if not raw:
        return Answer(status, content_type, None)
    text = raw.decode("utf-8", errors="replace")
    try:
        return Answer(status, content_type, json.loads(text))
    except ValueError:
        return Answer(status, content_type, text)


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


class ProbeClient:
    """Sends probe steps to the mock at `mock_url` for one API."""

    def __init__(self, mock_url: str, entry: ApiEntry, setup: ApiSetup) -> None:
        self.mock_url = mock_url.rstrip("/")
        self.entry = entry
        self.setup = setup

    def headers(self, identity: str) -> dict[str, str]:
        if identity == "none":
            return {}
        creds = self.setup.identities[identity]
        if self.entry.auth == "basic":
            return {"Authorization": _basic(creds["user"], creds["password"])}
        token_url = self.mock_url + (self.setup.token_path or "")
        grant = {"grant_type": "client_credentials"}
        answer = request(
            token_url, "POST", grant, {"Authorization": _basic(creds["client_id"], creds["client_secret"])}
        )
        token = answer.body.get("access_token") if isinstance(answer.body, dict) else None
        return {"Authorization": f"Bearer {token}"} if token else {}

    def url(self, step: Step, previous: list[Answer]) -> str:
        base = self.mock_url if step.path.startswith(ADMIN_PREFIX) else self.mock_url + self.entry.base_path
        query = substitute(dict(step.query), previous)
        pairs = [(k, str(v)) for k, values in query.items() for v in (values if isinstance(values, list) else [values])]
        return base + step.path + ("?" + urllib.parse.urlencode(pairs) if pairs else "")

    def send(self, step: Step, previous: list[Answer]) -> Answer:
        headers = self.headers(step.identity)
        if step.wait:
            time.sleep(step.wait)
        return request(self.url(step, previous), step.method, substitute(step.json, previous), headers)

    def run(self, mutant: Mutant) -> list[Answer]:
        """The probe's answers, then the mock's data and settings restored."""
        settings = request(self.mock_url + ADMIN_PREFIX + "config").body
        answers: list[Answer] = []
        try:
            for step in mutant.probe:
                answers.append(self.send(step, answers))
        finally:
            restore(self.mock_url, settings)
        return answers


def restore(mock_url: str, settings: Any) -> None:
    request(mock_url + ADMIN_PREFIX + "reset", "POST")
    if isinstance(settings, dict):
        changeable = {k: v for k, v in settings.items() if k not in READ_ONLY_SETTINGS}
        request(mock_url + ADMIN_PREFIX + "config", "PATCH", changeable)


def substitute(value: Any, previous: list[Answer]) -> Any:
    """`"$<step>.<key>.<index>..."` strings replaced by that part of an earlier answer's body."""
    if isinstance(value, dict):
        return {k: substitute(v, previous) for k, v in value.items()}
    if isinstance(value, list):
        return [substitute(v, previous) for v in value]
    if not (isinstance(value, str) and value.startswith("$") and value[1:2].isdigit()):
        return value
    index, *keys = value[1:].split(".")
    found: Any = previous[int(index)].body if int(index) < len(previous) else None
    for key in keys:
        if isinstance(found, dict):
            found = found.get(key)
        elif isinstance(found, list) and key.isdigit() and int(key) < len(found):
            found = found[int(key)]
        else:
            found = None
    return found


def observation(mutant: Mutant, answers: list[Answer]) -> list[Any]:
    """What of the answers the mutant's probe compares."""
    if mutant.observe == "status":
        return [a.status for a in answers]
    return [[a.status, a.content_type.split(";")[0].strip(), a.body] for a in answers]

"""The curl sample of one request (``samples_request.Request``): POSIX shell.

The variables come first, each as ``: "${NAME:=default}"`` (or ``: "${NAME:?help}"`` when the
user must set it), so the same text runs against the live server or the mock. Then the auth:
HTTP Basic is ``-u "$USER:$PASSWORD"``; OAuth2 client credentials first fetch a token (the
registry's auth kind, as the spec's security scheme describes it and the clients do it: a JSON
``{"grant_type": "client_credentials"}`` POSTed with the client id and secret as HTTP Basic),
then send ``Authorization: Bearer``. A JSON body goes through a here-document.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from publisher.samples_request import EnvVar, Request, Template, dump

__all__ = ["render"]

# URL characters left as they are inside a double-quoted shell word (no `$`, `!`, `"`, `\`, `` ` ``).
_URL_SAFE = "-._~:@/,;*()"
TOKEN_REQUEST = '{"grant_type": "client_credentials"}'
TOKEN_PARSE = "python3 -c 'import json, sys; print(json.load(sys.stdin)[\"access_token\"])'"


def _dq(text: str) -> str:
    """*text* made literal inside a double-quoted shell word."""
    for char in ("\\", '"', "$", "`"):
        text = text.replace(char, "\\" + char)
    return text


def _heredoc(text: str) -> str:
    """*text* made literal inside an unquoted here-document (where `${NAME}` still expands)."""
    for char in ("\\", "$", "`"):
        text = text.replace(char, "\\" + char)
    return text


def _ref(var: EnvVar) -> str:
    return "${" + var.name + "}"


def _declare(var: EnvVar) -> str:
    if var.default is None:
        return f': "${{{var.name}:?{_dq(var.help)}}}"'
    return f': "${{{var.name}:={_dq(var.default)}}}"'


def _url_part(value: str | Template) -> str:
    parts = value.parts if isinstance(value, Template) else (value,)
    return "".join(_ref(p) if isinstance(p, EnvVar) else _dq(quote(p, safe=_URL_SAFE)) for p in parts)


def _scalar_text(value: Any) -> str | Template:
    if isinstance(value, Template | str):
        return value
    return json.dumps(value)  # true / false / numbers, as JSON (and query strings) spell them


def _query(request: Request) -> str:
    pairs: list[str] = []
    for param in request.params:
        if param.location != "query":
            continue
        value = param.value
        if isinstance(value, dict) and param.explode:  # form, exploded: each key is a parameter
            pairs += [f"{_url_part(k)}={_url_part(_scalar_text(v))}" for k, v in value.items()]
        elif isinstance(value, list) and param.explode:
            pairs += [f"{_url_part(param.name)}={_url_part(_scalar_text(v))}" for v in value]
        elif isinstance(value, list | dict):
            flat = value if isinstance(value, list) else [x for kv in value.items() for x in kv]
            joined = ",".join(_url_part(_scalar_text(v)) for v in flat)
            pairs.append(f"{_url_part(param.name)}={joined}")
        else:
            pairs.append(f"{_url_part(param.name)}={_url_part(_scalar_text(value))}")
    return "?" + "&".join(pairs) if pairs else ""


def _url(request: Request) -> str:
    path = request.path
    for param in request.params:
        if param.location == "path":
            path = path.replace("{" + param.name + "}", _url_part(param.value))
    return f'"{_ref(request.base_url)}{path}{_query(request)}"'


def _json_string(value: str | Template) -> str:
    parts = value.parts if isinstance(value, Template) else (value,)
    inner = "".join(
        _ref(p) if isinstance(p, EnvVar) else _heredoc(json.dumps(p, ensure_ascii=False)[1:-1]) for p in parts
    )
    return f'"{inner}"'


def _json_scalar(value: Any) -> str:
    return _heredoc(json.dumps(value))


def render(request: Request) -> str:
    """The curl sample: the variables, the token fetch when the auth needs one, the request."""
    lines = [f"# {request.operation_id}: set these for your server (or the mock), then run", ""]
    lines[1:1] = [_declare(var) for var in request.variables]
    command = ["curl -sS --fail-with-body"]
    if request.method != "GET" and not (request.method == "POST" and request.has_body):
        command[0] += f" -X {request.method}"
    auth = request.auth
    if auth.kind == "basic":
        user, password = auth.credentials["user"], auth.credentials["password"]
        command[0] += f' -u "{_ref(user)}:{_ref(password)}"'
    elif auth.kind == "bearer":
        command[0] += f' -H "Authorization: Bearer {_ref(auth.credentials["token"])}"'
    elif auth.kind == "oauth2-client-credentials":
        client, secret, token_url = (auth.credentials[r] for r in ("client_id", "client_secret", "token_url"))
        lines += [
            f'TOKEN=$(curl -sS --fail-with-body -u "{_ref(client)}:{_ref(secret)}" \\',
            f"  -H 'Content-Type: application/json' -d '{TOKEN_REQUEST}' \"{_ref(token_url)}\" \\",
            f"  | {TOKEN_PARSE})",
        ]
        command[0] += ' -H "Authorization: Bearer ${TOKEN}"'
    if request.has_body:
        command[0] += " -H 'Content-Type: application/json'"
    command.append(f"  {_url(request)}")
    if request.has_body:
        command.append("  --data-binary @- <<EOF")
    lines.append(" \\\n".join(command))
    if request.has_body:
        lines += [dump(request.body, _json_string, _json_scalar), "EOF"]
    return "\n".join(lines) + "\n"

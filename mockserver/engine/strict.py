"""Strict mode: every response must conform to the operation's spec.

A violation (undocumented status, missing JSON body, schema mismatch) is replaced by a
loud 500 whose body explains it, and is logged at ERROR level. The mock's own answers
(`context.MockError`: an injected fault, a 501) are checked only where the status is declared.
"""

from __future__ import annotations

import logging
from typing import Any

from mockserver.engine.specs import Operation
from mockserver.engine.validation import SchemaValidator, compile_schema

log = logging.getLogger("mockserver.engine.strict")


class ResponseChecker:
    def __init__(self, op: Operation) -> None:
        self.op = op
        self.validators: dict[str, SchemaValidator | None] = {}
        for status, resp in op.responses.items():
            self.validators[status] = compile_schema(op.spec.doc, resp.schema) if resp.schema is not None else None

    def _key(self, status: int) -> str | None:
        for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
            if key in self.op.responses:
                return key
        return None

    def declares(self, status: int) -> bool:
        """Whether the operation declares `status` (or a range or `default` covering it)."""
        return self._key(status) is not None

    def violations(self, status: int, body: Any, has_body: bool) -> list[str]:
        key = self._key(status)
        if key is None:
            return [f"status {status} is not documented for {self.op.operation_id}"]
        resp = self.op.responses[key]
        validator = self.validators.get(key)
        if not resp.content_types:
            return [f"status {status} must have no body"] if has_body else []
        if not has_body:
            if status == 204 or validator is None:
                return []
            return [f"status {status} of {self.op.operation_id} must have a JSON body"]
        if validator is None or validator.is_valid(body):
            return []
        return validator.errors(body)


def violation_report(op: Operation, status: int, problems: list[str]) -> dict[str, Any]:
    message = (
        f"strict mode: the mock's {status} response to {op.operation_id} "
        f"({op.method} {op.full_path}) violates the spec: " + "; ".join(problems)
    )
    log.error(message)
    return {"status": status, "operationId": op.operation_id, "violations": problems, "message": message}

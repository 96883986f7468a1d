"""Cresta's bench plugin: the credentials the mock's seed accepts and part a)'s request."""

from __future__ import annotations

from benchmarks.auth import Credentials
from benchmarks.throughput import Request

CREDENTIALS = Credentials("acme-client", "acme-secret")  # an OAuth client of the mock's seed
THROUGHPUT = [
    Request("/v1/customers/acme/profiles/default/conversations/conv-1", "GET /v1/…/conversations/{id} (bearer)"),
]
THROUGHPUT_NOTES = ["The mock's Cresta tokens are signed, so the token one worker issued is accepted by the others."]

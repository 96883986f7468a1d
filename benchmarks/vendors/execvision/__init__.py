"""ExecVision's bench plugin (see `benchmarks.vendors`): credentials, part a)'s requests, the
decode page of part b), the paging of part c) and the calls at tenant scale of part f)."""

from __future__ import annotations

from benchmarks.throughput import Request
from benchmarks.vendors.execvision.clients import CREDENTIALS
from benchmarks.vendors.execvision.decode import CallsPage
from benchmarks.vendors.execvision.paging import AllCalls
from benchmarks.vendors.execvision.scale import TenantScale

__all__ = ["CREDENTIALS", "DECODE", "PAGING", "SCALE", "THROUGHPUT", "THROUGHPUT_NOTES"]

THROUGHPUT = [Request("/users"), Request("/calls?since=2000-01-01T00:00:00Z&limit=100")]
THROUGHPUT_NOTES = [
    "Prism answers the spec's static examples (1 call for `/calls`), ours the seeded data (100 calls, about 140 kB)."
]
DECODE = CallsPage()
PAGING = AllCalls()
SCALE = TenantScale()
FIXTURE_CALL = "list_users"  # part e): 10 users an answer at the bench's sizes

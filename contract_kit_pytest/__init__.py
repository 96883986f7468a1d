"""pytest fixtures for the stateful mock, for users' own test suites (entry point `pytest11`).

Installed with the mock (`pip install contract-kit-mock`), the plugin is active in every pytest
run and offers, per test and isolated from the other tests:

- `contract_mock`: the mock in-process (an ASGI app driven through httpx, no socket): a
  `MockHandle` with its base URLs, credentials and controls (reset, reseed, sizes, faults,
  rate limit, clock);
- `contract_mock_server`: the same on a real loopback socket (uvicorn, a free port);
- one ready-made client per registered API and per flavour, when the client is installed:
  `<api>` and `async_<api>`, named after the registry's APIs (in-process).

The ini options `contract_mock_seed` and `contract_mock_sizes` ("name=count ...") choose the data.
"""

from contract_kit_pytest._handle import MockHandle
from contract_kit_pytest._server import ThreadedServer
from contract_kit_pytest._transport import ASGITransport, SyncASGITransport

__all__ = ["ASGITransport", "MockHandle", "SyncASGITransport", "ThreadedServer"]

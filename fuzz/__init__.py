"""Contract fuzzing of the Cresta and ExecVision APIs with schemathesis.

- `fuzz.apis`: the two APIs (spec, base path, credentials) and which operations write.
- `fuzz.auth`: schemathesis auth providers (Cresta OAuth client credentials, ExecVision Basic).
- `fuzz.constraints`: documented request rules a JSON Schema cannot express, applied to
  positive test cases so that "schema-valid" also means "valid by the docs".
- `fuzz.live_hooks`: the hooks module the schemathesis CLI loads in live mode.
- `python -m fuzz`: the live-mode runner behind `make fuzz URL=... API=...`.
"""

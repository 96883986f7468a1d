"""Contract fuzzing of the registered APIs (spec/apis.yaml) with schemathesis.

- `fuzz.apis`: the APIs from the registry, and which operations write.
- `fuzz.auth`: schemathesis auth providers by auth kind (OAuth client credentials, Basic, bearer).
- `fuzz.rules`: the registry of positive-case rules and their helpers; `fuzz.constraints`:
  the rules read from the spec's `x-` extensions, plus each API's own rules (its registry
  entry's `fuzz_rules` module, e.g. `fuzz/vendors/<api>.py`), applied to positive test cases
  so that "schema-valid" also means "valid by the docs".
- `fuzz.live_hooks`: the hooks module the schemathesis CLI loads in live mode.
- `python -m fuzz`: the live-mode runner behind `make fuzz URL=... API=...`.
"""

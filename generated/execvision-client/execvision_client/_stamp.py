"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "d22653472bcbf0e964657c14a98da37d7d8bea6cdea6d18513be6f0c05307ce6"
INPUTS_SHA256 = "7b60b98d1b4962425680c8413151c39f7810d5ce3cc66be31b579052f8dd1f6c"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

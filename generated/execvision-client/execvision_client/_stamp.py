"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "d22653472bcbf0e964657c14a98da37d7d8bea6cdea6d18513be6f0c05307ce6"
INPUTS_SHA256 = "e1de418e7bb5a1581f266483dbb25e95b3400ad0fb13959b0d071349bd6aae3a"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

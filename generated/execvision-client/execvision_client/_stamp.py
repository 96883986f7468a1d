"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "c44d6ad5317f047d09fa3ab1a7c4ec544e032621c0a57d8d7fe39ead024f5c8c"
INPUTS_SHA256 = "471ea80d06dd1df71e5cf59ae527a7de25912e8a0af1def1dc0c8895511a5a8a"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "0aaa6b9d3cf0ffeeb9d4766437ed03cbddeff78850897ea0a6e8357365775fc6"
INPUTS_SHA256 = "bd958f8400cc54d9abd5cb7556e201bfd95229b9ad8b41e9b917be548520b0ea"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

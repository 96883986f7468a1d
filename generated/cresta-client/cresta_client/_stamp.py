"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "40ebe3b0bf63aca5689e2196456d341a71d564e49fb6bf43d414280b75d37da4"
INPUTS_SHA256 = "eca20a6b8bdc8ae851ff75a20dad2fd28da273d38baa9eca6c5ee915a7702ad8"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

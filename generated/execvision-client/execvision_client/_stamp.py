"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "9a6f3ca65432ea7861580c5fae20d0065de076529f21da606a43854631f5786f"
INPUTS_SHA256 = "48db00c13f756782dcf22f19225edc93f564d0eadde9a809d04ce0c1aceb017c"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

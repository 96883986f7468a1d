"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "220bde69063373f8aecc4ac6275a2886f2047c440486ee992c04ce07af282a55"
INPUTS_SHA256 = "0c7667ec3b7c090bb80bbc93f56a4eba9a13d37d0c6434e179ae0aa6acd7d9f8"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

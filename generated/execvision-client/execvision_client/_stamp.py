"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "220bde69063373f8aecc4ac6275a2886f2047c440486ee992c04ce07af282a55"
INPUTS_SHA256 = "5c2a1c67f3c24f73d8936305563af3c1d9fd0e9cdade8e3103f6fa1cb7fcb735"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

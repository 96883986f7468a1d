"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "220bde69063373f8aecc4ac6275a2886f2047c440486ee992c04ce07af282a55"
INPUTS_SHA256 = "6a9d44c954fcf306ee30eb30ab9b72a7f4986b0eef4508d668a5e06bc7d17173"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

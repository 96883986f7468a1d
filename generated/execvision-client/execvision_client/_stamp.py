"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "72cf54a50ca9c0e28e74cfac742bbc1c37faf7f086ce944b09bb9961e71b7425"
INPUTS_SHA256 = "1d43a9a2747a189e295753c8721db7fa077c211cba0b2c9c634a5e2b0f89f06e"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

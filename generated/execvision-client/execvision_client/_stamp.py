"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "d3fc1239495218f98e5a10ee946a620206bdc1dabff2991fdbe5667d7a569b9c"
INPUTS_SHA256 = "c08b2bc4b15f5f552eb206483f19c31ffc6376e29b1d1db897d1e922fd9cb21c"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

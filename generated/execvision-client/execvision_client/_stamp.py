"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "34af74796ded95cec86f0c9e74cd8dbc0f4c0daeb9af39e61d74d8bf1151ba5b"
INPUTS_SHA256 = "634f3d507a29b4a12908017e293e8a77ed06ded5391af7c401e60b56af587dfc"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "34af74796ded95cec86f0c9e74cd8dbc0f4c0daeb9af39e61d74d8bf1151ba5b"
INPUTS_SHA256 = "f02eb20af08d04761c378036e3d9ff4042c10fb2922525ad232b27c5f7579ace"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

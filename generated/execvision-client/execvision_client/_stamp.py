"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "34af74796ded95cec86f0c9e74cd8dbc0f4c0daeb9af39e61d74d8bf1151ba5b"
INPUTS_SHA256 = "fd5a4ac5483ff3ed4a051108c9eb29947269ea424245975b80d93d1d7ffc2af8"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "f58e654c973209d74ec69d5f5c772b5a717b74409c19d0925b86f8bdcbbdabbe"
INPUTS_SHA256 = "39cc554fcf83567cf31cd7499e22974a9d00301d68c8c00da70be003d26456a6"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

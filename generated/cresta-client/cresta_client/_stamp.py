"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "f58e654c973209d74ec69d5f5c772b5a717b74409c19d0925b86f8bdcbbdabbe"
INPUTS_SHA256 = "8d5b21d95c763ec83d384e6c16f5db4b0aafc2847f693a3d11585fd1da5807eb"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

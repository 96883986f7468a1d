"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "f58e654c973209d74ec69d5f5c772b5a717b74409c19d0925b86f8bdcbbdabbe"
INPUTS_SHA256 = "3e36fa6529b6d2914a205344de9f0d97b0fc6c7ae2f6b6a683d2b8f958653a72"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "43c0d993743e8a2312c7205202661c40a0a8b4bedd7f330306ebc30f95a260b9"
INPUTS_SHA256 = "ba7e95ba0a32e029e7b69e78f815e8c1d8599ef40ddfb71be8ea3ecaaa692875"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

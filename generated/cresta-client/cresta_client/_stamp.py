"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "43c0d993743e8a2312c7205202661c40a0a8b4bedd7f330306ebc30f95a260b9"
INPUTS_SHA256 = "eddbe6aaad41d51a83e6728ef3d228969b88bf4cf17ab8896200787ebefb85c5"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

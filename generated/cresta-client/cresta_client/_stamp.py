"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "4e69b97bab9236e7bc79730cd1454003e6b9ce42ea44413ef944dd5ad021b68e"
INPUTS_SHA256 = "85275eecf16895354848d131167a4ce772bcf9cbd60b137af90fdc2e9d5db1d0"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

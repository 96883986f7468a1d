"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "43c0d993743e8a2312c7205202661c40a0a8b4bedd7f330306ebc30f95a260b9"
INPUTS_SHA256 = "e7d6f3609983dc5894cd6f64fa1bdf4309f3f3256bfc9b36ddab960ca23e1cf8"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

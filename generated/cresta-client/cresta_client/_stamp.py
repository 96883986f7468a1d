"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "a03ac351d42296ad7a0e2a10eb7d74215913b512c834d8d3a8e382fff59d0bed"
INPUTS_SHA256 = "4f916cf5a71aa5e0b05ba9695f172e4e95c2f792a4e1b63c1233b8960204d87a"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

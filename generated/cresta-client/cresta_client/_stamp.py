"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "a03ac351d42296ad7a0e2a10eb7d74215913b512c834d8d3a8e382fff59d0bed"
INPUTS_SHA256 = "8057e564bfaa6b6c43b6355f977ed0d087bd824365a214f0d1d90bd93e5aca2a"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "5e7a87c4e11828c26eebb1f6a374f9382abaa30c257abbb629e2a5435e2f829a"
INPUTS_SHA256 = "502c08f3380f1357b26bfbc60ae5090f17b6717cf2873d0e362e9e944a808b4a"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

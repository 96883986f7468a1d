"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "2b5096248858abd02bdbb5fe8d417bfb59af1bf7049e08edffbf059dc440d61b"
INPUTS_SHA256 = "11f38ddfb69c0908d5b174b7b7f154b808f664dec8237d4aabe9f912fa26ca50"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

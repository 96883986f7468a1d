"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "d22653472bcbf0e964657c14a98da37d7d8bea6cdea6d18513be6f0c05307ce6"
INPUTS_SHA256 = "cc54f441187dda01386c0046dff27d690c3234278bacb56db8620c8b22eedc02"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

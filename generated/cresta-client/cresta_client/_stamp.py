"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "a53f241d90140444a97cc32eabc736c1f7f07ef598b708938a56cfc41f2b4937"
INPUTS_SHA256 = "12f99030cd689bb855fa43bdf6d5697232f0d3ab020cf7a98b279a1b0c0d94c5"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

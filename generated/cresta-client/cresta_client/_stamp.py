"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "7ba552683004c202cbec72c2cf181128ec860ab134b8fcf866f9021358d67194"
INPUTS_SHA256 = "51e780e5275baee8603b0beff6194b0e03c1dc0b809db705b3b04ab3da2f15ae"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

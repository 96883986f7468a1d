"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "73dd11bab16da1309ec8d15ce389d0f3971f8c13a065eeea702904c41715548f"
INPUTS_SHA256 = "0abae53858fa8878b3d3d6cf337f9e3326b9daded8079d4c275ac5f54e6b2012"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

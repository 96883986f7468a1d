"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "75035d1456c0d2e4dd77c36bf94135e787bda065f96817cf9545c89792fde77a"
INPUTS_SHA256 = "b6c45eb9b9927793e3d7365397757bc0c20a30c551aebe9da80bef23a16aaa4a"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

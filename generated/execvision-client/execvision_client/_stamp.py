"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "fa39921d2ee1066e098ae9b89d640641b70ff60762f5dc3970ba2e4dbd56caa9"
INPUTS_SHA256 = "81cc7dff966326eb82e4ca0482c03cc690cc297fa2a70b56f30c49ddcfc55bab"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

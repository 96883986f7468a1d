"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "70d08ce3fe02a29cab97fca10630c88d187cadfc8324b51f7841e675fe6239a7"
INPUTS_SHA256 = "727c28ecf49e2b4e671888b2563f54ed17606348115517cecd0ae4f9f65e18f3"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

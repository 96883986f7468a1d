"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "a43f7a44eb159ba4ed0beddf02d789b86012113d46a8df0a78aec08d7e7aad12"
INPUTS_SHA256 = "2592dfd70938222871abcb14750438bbe862ff2b44b56db157a8a61a671a69f4"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

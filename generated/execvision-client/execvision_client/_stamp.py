"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "a43f7a44eb159ba4ed0beddf02d789b86012113d46a8df0a78aec08d7e7aad12"
INPUTS_SHA256 = "24cb3fc99b3d2ce47ede0111990469acbaadc58477a66244d6fffc8facf2bcfc"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "062bc7d6722af52f30c2af63d38e3bff081b8ac1c3e3a31b922f8738ab6f174b"
INPUTS_SHA256 = "ca50850cefa5b27d5c3bc7b2ca50dc6bedcd58f2532781ada68cad502ea4f323"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

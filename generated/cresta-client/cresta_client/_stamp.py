"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "c3466902da1a63801f708883cd79fac5ea7c9e94e641249e79bb28cafcaa716a"
INPUTS_SHA256 = "a16c098ed775172c6c7ed3d478dd19743da84cbd5879c8ecd4ae7e3921051a3e"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

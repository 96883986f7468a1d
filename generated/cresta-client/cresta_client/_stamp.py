"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "c3466902da1a63801f708883cd79fac5ea7c9e94e641249e79bb28cafcaa716a"
INPUTS_SHA256 = "7a682e5e5a2619b52f984aaf92a09dfc99109a4a790c190520c60034aaf3da59"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

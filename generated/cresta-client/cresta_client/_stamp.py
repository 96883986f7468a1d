"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "c3466902da1a63801f708883cd79fac5ea7c9e94e641249e79bb28cafcaa716a"
INPUTS_SHA256 = "8f34452906fc182cd3bb2215f646a3a0d2bd8f0c8b434ea5eb4e1404edea9816"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

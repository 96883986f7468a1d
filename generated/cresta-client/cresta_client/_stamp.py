"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "c3466902da1a63801f708883cd79fac5ea7c9e94e641249e79bb28cafcaa716a"
INPUTS_SHA256 = "8d7cd080958f815f59e7bed5d3a3b438fb73ac04b66fab9a2ff9f24230428eb6"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

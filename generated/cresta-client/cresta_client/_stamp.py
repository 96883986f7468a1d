"""Written by the generator: what this package was generated from. Do not edit."""

SPEC_SHA256 = "babbfb4e982c537ad16d0f06b4ba94ecb339bcff5bf9b821c5ecfd0409fe887c"
INPUTS_SHA256 = "4cc6e5cf07a50da9051e6fb559bcded1d533421421df37652e54955db526894a"
GENERATOR_VERSION = "1.0.0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"

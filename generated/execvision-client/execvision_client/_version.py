"""Written by the generator: the distribution, its version and the spec version it was generated from. Do not edit."""

DISTRIBUTION = "execvision-client"
__version__ = "4.1.0"
__spec_version__ = "4.0.0"

"""Turns spec/*.yaml into installable, typed client packages under generated/.

Layering: nothing outside the build tooling imports this package; the generated clients and
the mock server never do.
"""

__all__ = ["APIS"]

APIS = ("cresta", "execvision")

"""Turns spec/*.yaml into installable, typed client packages under generated/.

Layering: nothing outside the build tooling imports this package; the generated clients and
the mock server never do. The APIs come from the registry (`specmodel.apis()`,
spec/apis.yaml); this package keeps no list of its own.
"""

"""Publish the API specs: normalised spec files, offline HTML references, changelog.

Also keeps released versions under ``spec/releases/`` and checks the working specs for
breaking changes against the last release (see :mod:`publisher.breaking`).
"""

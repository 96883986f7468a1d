"""Test helpers shared by the suites: `mock` (config, live server, restore) and `cresta` (handler tests)."""

"""The mutation harness (`python -m mutate`, `make mutate`): realistic bugs patched one at a time
into a copy of the tree's mock, and which checks of the in-process suite and the live read-only
fuzzer catch each. The catalogue is data (mutants.yaml, read by catalogue.py); tree.py copies
the tree, suites.py runs the suites in subprocesses, probe.py shows each bug is real, report.py
writes the table and the scores."""

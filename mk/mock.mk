# The stateful mock server (mockserver/). HOST and PORT come from the top Makefile.
MOCK_ARGS ?=

.PHONY: mock mock-test

mock: venv  ## serve every registered API on $(HOST):$(PORT) (each under its spec's server path; admin /__mock__)
	$(PY) -m mockserver --host $(HOST) --port $(PORT) $(MOCK_ARGS)

mock-test: venv  ## run the mock server's own tests
	$(PY) -m pytest -q tests/mock

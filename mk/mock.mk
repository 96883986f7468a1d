# The stateful mock server (mockserver/). HOST and PORT come from the top Makefile.
MOCK_ARGS ?=

.PHONY: mock mock-test

mock: venv  ## serve both APIs on $(HOST):$(PORT) (ExecVision /api/ev/2, Cresta /v1, admin /__mock__)
	$(PY) -m mockserver --host $(HOST) --port $(PORT) $(MOCK_ARGS)

mock-test: venv  ## run the mock server's own tests
	$(PY) -m pytest -q tests/mock

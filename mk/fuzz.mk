# Contract fuzzing with schemathesis (fuzz/, tests/contract/, schemathesis.toml).
# `make test` runs the in-process suite (tests/contract) as part of pytest.
FUZZ_EXAMPLES ?= 50

.PHONY: fuzz fuzz-deep contract-test

fuzz: venv  ## fuzz a live API: make fuzz URL=<base url> API=<name in spec/apis.yaml> [ALLOW_WRITES=1] [ASSUMED=1] [SEED=n]
	@if [ -z "$(URL)" ] || [ -z "$(API)" ]; then \
	  echo "fuzz: usage: make fuzz URL=<base url> API=<name in spec/apis.yaml> [ALLOW_WRITES=1] [ASSUMED=1] [SEED=n] [FUZZ_EXAMPLES=n]" >&2; \
	  echo "fuzz: credentials come from the environment; see fuzz/README.md" >&2; \
	  exit 2; \
	fi
	ALLOW_WRITES="$(ALLOW_WRITES)" $(PY) -m fuzz --api "$(API)" --url "$(URL)" --max-examples "$(FUZZ_EXAMPLES)" \
	  $(if $(SEED),--seed "$(SEED)") $(if $(PHASES),--phases "$(PHASES)") \
	  $(if $(MAX_TIME),--max-time "$(MAX_TIME)") $(if $(RATE_LIMIT),--rate-limit "$(RATE_LIMIT)") \
	  $(if $(FUZZ_REPORTS),--reports "$(FUZZ_REPORTS)") $(if $(filter 1,$(ASSUMED)),--include-assumed)

fuzz-deep: venv  ## in-process contract suite with >= 10,000 generated cases per API (several minutes)
	FUZZ_PROFILE=deep $(PY) -m pytest -q tests/contract

contract-test: venv  ## the in-process contract suite alone (also part of make test)
	$(PY) -m pytest -q tests/contract

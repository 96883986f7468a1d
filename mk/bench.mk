# Benchmarks (benchmarks/): mock vs Prism, client decode cost, paging under rate limits,
# generation time, the pytest plugin, the mock at tenant scale. Prints the table, rewrites README.md between the bench markers and writes
# reports/bench.json. Installs Prism into ~/.cache/contract-kit/prism and wrk (apt) if absent.
BENCH_ARGS ?=

.PHONY: bench

bench: venv  ## run the benchmarks (a few minutes; loopback only) and update README's benchmark table
	$(PY) -m benchmarks --host $(HOST) $(BENCH_ARGS)

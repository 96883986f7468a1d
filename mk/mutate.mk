# Mutation testing (mutate/): realistic bugs patched one at a time into a copy of the tree's
# mock; the in-process suite and the live read-only fuzzer of the touched operations must catch
# them. Prints the table, writes reports/mutate.json and (whole catalogue) README's table.
MUTANTS ?=
MUTATE_ARGS ?=

.PHONY: mutate

mutate: venv  ## mutation testing: which checks catch each mutant of mutate/mutants.yaml [MUTANTS=id,...] (8-15 min on 2 cores)
	MUTANTS="$(MUTANTS)" $(PY) -m mutate $(MUTATE_ARGS)

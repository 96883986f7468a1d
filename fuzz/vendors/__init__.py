"""Each API's own positive-case rules, one module an API, named by its registry entry (`fuzz_rules`)."""

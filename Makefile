# The user's interface. Every target creates or updates .venv itself from the pinned lock,
# so a fresh clone needs only Python 3.11 and make.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
# the generated client distributions, from the registry (spec/apis.yaml): mypy finds them here
CLIENT_DIRS := $(addprefix generated/,$(shell sed -n 's/^ *distribution: //p' spec/apis.yaml))
export MYPYPATH := $(subst $(eval) ,:,$(CLIENT_DIRS))
export PATH := $(abspath $(VENV))/bin:$(PATH)
HOST ?= 127.0.0.1
PORT ?= 8080

.DEFAULT_GOAL := all
.PHONY: all venv lock lint generate check test clean help

all: venv lint generate publish  ## set up .venv, lint, generate if inputs changed, publish dist/

help:  ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | sort

venv: $(VENV)/.stamp-deps  ## create or update .venv from requirements/dev.lock

$(VENV)/.stamp-deps: requirements/dev.lock
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (set PYTHON=...)"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements/dev.lock
	@touch $@

lock:  ## re-resolve requirements/dev.in into requirements/dev.lock (exact pins) in a scratch venv
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install -q --disable-pip-version-check -r requirements/dev.in
	.venv-lock/bin/python -m pip freeze --all --exclude pip --exclude setuptools --exclude wheel > requirements/dev.lock
	rm -rf .venv-lock

lint: venv  ## ruff, mypy --strict, spec validation + project lint
	ruff check .
	ruff format --check .
	mypy
	$(PY) -m generator lint

generate: venv  ## regenerate generated/ (skips APIs whose inputs are unchanged; FORCE=1 to force)
	$(PY) -m generator generate $(if $(FORCE),,--if-changed)

check: venv  ## drift check: regenerate into a temp dir and compare with generated/
	$(PY) -m generator check

test: venv  ## everything CI runs: lint, drift check, the whole pytest suite
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory check
	$(PY) -m pytest

clean:  ## remove .venv, dist/, reports/ and caches
	rm -rf $(VENV) dist reports .ruff_cache .mypy_cache .pytest_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

-include mk/*.mk

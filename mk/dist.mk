# Python distributions: the mock (the root pyproject: mockserver + specmodel + the pytest
# plugin, with the specs inside) and every registered client, as wheels and sdists.
DIST_PY ?= dist/python

.PHONY: dist

dist: venv  ## build the wheels and sdists of the mock and every client into dist/python/
	@rm -rf $(DIST_PY) && mkdir -p $(DIST_PY)
	$(PY) -m hatchling build -d $(abspath $(DIST_PY))
	@for dir in $(CLIENT_DIRS); do \
	  echo "--- dist: $$dir"; \
	  (cd $$dir && $(abspath $(PY)) -m hatchling build -d $(abspath $(DIST_PY))) || exit 1; \
	done
	@ls -1 $(DIST_PY)

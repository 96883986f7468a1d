# Spec publishing (publisher/): dist/<api>/latest/ and dist/<api>/<version>/ per release hold the
# normalised specs and an offline HTML reference (version switcher, search), dist/<api>/changelog.html
# the changelog, dist/index.html every API, dist/internal/ the same with x-internal operations;
# releases live in spec/releases/<api>/. Needs only the venv (no npm).
PUBLISH_APIS := $(shell sed -n "s/^  - name: //p" spec/apis.yaml)

.PHONY: publish release diff lint-redocly

publish: venv  ## write dist/: every release and latest (specs, offline references), changelogs, index
	@echo "--- publish: writing dist/ for: $(PUBLISH_APIS)"
	$(PY) -m publisher build --out dist

release: venv  ## record a release of a spec: make release API=<api> VERSION=<x.y.z>
	@if [ -z "$(API)" ] || [ -z "$(VERSION)" ]; then \
	  echo "release: usage: make release API=<api> VERSION=<MAJOR.MINOR.PATCH> (APIs: $(PUBLISH_APIS))" >&2; \
	  exit 2; \
	fi
	@echo "--- release: $(API) $(VERSION)"
	$(PY) -m publisher release --api "$(API)" --version "$(VERSION)"

diff: venv  ## print spec changes since the last release, breaking first (API=<api> for one)
	@echo "--- diff: working specs against their last release"
	$(PY) -m publisher diff $(if $(API),--api "$(API)")

lint-redocly: venv  ## Redocly CLI's recommended lint of every spec (npm, pinned in publisher/npm; 0 problems or exit 1)
	@echo "--- lint-redocly: @redocly/cli (installed into .cache/npm), recommended rules, warnings count"
	$(PY) -m publisher redocly $(if $(API),--api "$(API)")

# The README's commands. Each installs what is missing first (a virtual environment
# with the pinned Python packages, the pinned npm packages), so a fresh clone needs
# only Python 3.11, Node 20 and npm.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test record bench deps chromium clean

serve: deps  ## serve the site at http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: deps  ## build site/ (strict: any warning fails)
	$(BIN)/mkdocs build --strict

test: build chromium  ## build once, then run every test (snippets, hooks, built site, browser)
	$(BIN)/pytest -n auto --dist loadgroup

record: deps  ## rewrite snippet recordings: make record [ONLY="snippets/x/y.py ..."]
	$(BIN)/python -m tests.record_snippets $(ONLY)

bench: build chromium  ## benchmarks: build time, page weight
	$(BIN)/python bench/build.py
	$(BIN)/python bench/cells.py
	$(BIN)/python bench/search.py

deps: $(BIN)/.installed node_modules/.installed .cache/pyodide/shipped.json .cache/editor/editor.js

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Pyodide's core and the verified wheels the site ships (fetched into an ignored cache).
.cache/pyodide/shipped.json: $(BIN)/.installed node_modules/.installed hooks/data/browser_packages.json tools/fetch_pyodide_packages.py
	$(BIN)/python tools/fetch_pyodide_packages.py

# The cell editor (CodeMirror 6), bundled from npm packages; never committed.
.cache/editor/editor.js: tools/editor.mjs node_modules/.installed
	node_modules/.bin/esbuild tools/editor.mjs --bundle --format=esm --minify --log-level=warning --outfile=$@

chromium:  ## a real headless browser for the browser tests (Debian's chromium)
	@command -v "$(CHROMIUM)" >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's chromium for the browser tests"; \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; \
	  else \
	    echo "No Chromium at $(CHROMIUM). Install Debian's chromium (sudo apt-get install chromium)"; \
	    echo "or point CHROMIUM at a Chromium binary: make test CHROMIUM=/path/to/chromium"; \
	    exit 1; \
	  fi; }

clean:
	rm -rf site .cache .pytest_cache
